package dev.readiness.assess;

/** Outcome of one gate (DESIGN.md §5). Only {@link #PASSED} and {@link #FAILED} gates enter the score. */
public enum GateStatus {
    PASSED,
    FAILED,
    /** Configured, but its evidence is absent. */
    MISSING,
    /** Its scope is undefined, e.g. a tag without selectors. */
    NOT_CONFIGURED,
    DISABLED,
    /**
     * Not measured in this build: the build skipped the tests that produce its evidence ({@code skipTests},
     * {@code maven.test.skip}, {@code skipITs}). Never scored, never blocking; evidence of earlier builds is not used.
     */
    SKIPPED,
    /**
     * Measured, but too little or too different to judge: e.g. benchmarks compared with a baseline recorded on another
     * machine. Never scored, never blocking.
     */
    INCONCLUSIVE;

    public boolean measured() {
        return this == PASSED || this == FAILED;
    }
}
