package dev.readiness.policy;

/** What a gate whose evidence is absent does to the verdict. */
public enum OnMissing {
    /** The missing gate blocks the verdict (level {@code BLOCKED}). Default for critical gates. */
    FAIL,
    /** The missing gate is reported with a warning. Default for non-critical gates. */
    WARN,
    /** The missing gate is reported without a warning. */
    IGNORE
}
