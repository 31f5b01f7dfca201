package dev.readiness.policy;

/** Readiness levels, lowest first (DESIGN.md §5). */
public enum ReadinessLevel {
    BLOCKED,
    NOT_READY,
    NEEDS_IMPROVEMENT,
    CONDITIONAL_READY,
    PRODUCTION_READY;

    public boolean isAtLeast(ReadinessLevel other) {
        return compareTo(other) >= 0;
    }
}
