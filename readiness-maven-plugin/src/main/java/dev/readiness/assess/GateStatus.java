package dev.readiness.assess;

/** Outcome of one gate (DESIGN.md §5). Only {@link #PASSED} and {@link #FAILED} gates enter the score. */
public enum GateStatus {
    PASSED,
    FAILED,
    /** Configured, but its evidence is absent. */
    MISSING,
    /** Its scope is undefined, e.g. a tag without selectors. */
    NOT_CONFIGURED,
    DISABLED;

    public boolean measured() {
        return this == PASSED || this == FAILED;
    }
}
