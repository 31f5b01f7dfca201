package dev.readiness.evidence.mutation;

/**
 * The status PIT gives a mutant ({@code org.pitest.mutationtest.DetectionStatus}, written as the {@code status}
 * attribute of {@code mutations.xml}). Which statuses count as detected and which as covered is PIT's own definition
 * ({@code DetectionStatus.isDetected()} and {@code hasCoverage()}), so that the counts equal PIT's console summary
 * ("Generated N mutations Killed M", "Test strength").
 */
public enum MutationStatus {
    /** A test failed with the mutant in place. Detected. */
    KILLED(true),
    /** No test failed with the mutant in place. Not detected, covered. */
    SURVIVED(false),
    /** A test ran much longer with the mutant (probably an infinite loop). Detected, as PIT counts it. */
    TIMED_OUT(true),
    /** The mutated class could not be loaded. Detected, as PIT counts it. */
    NON_VIABLE(true),
    /** The test JVM ran out of memory with the mutant. Detected, as PIT counts it. */
    MEMORY_ERROR(true),
    /** PIT's internal state before analysis; only in an interrupted run. Not detected, covered. */
    NOT_STARTED(false),
    /** PIT's internal state during analysis; only in an interrupted run. Not detected, covered. */
    STARTED(false),
    /** The test JVM failed for another reason. Detected, as PIT counts it. */
    RUN_ERROR(true),
    /** No test executes the mutated code. Not detected, not covered. */
    NO_COVERAGE(false),
    /** Marked equivalent to the original code (by a PIT extension). Detected, as PIT counts it. */
    EQUIVALENT(true);

    private final boolean detected;

    MutationStatus(boolean detected) {
        this.detected = detected;
    }

    /** PIT's {@code isDetected()}: the numerator of the mutation score and of the test strength. */
    public boolean detected() {
        return detected;
    }

    /** PIT's {@code hasCoverage()}: every status but {@link #NO_COVERAGE}; the denominator of the test strength. */
    public boolean covered() {
        return this != NO_COVERAGE;
    }

    /** The status written in {@code mutations.xml}, or {@code null} when PIT has no such status. */
    static MutationStatus parse(String text) {
        if (text == null) {
            return null;
        }
        for (MutationStatus s : values()) {
            if (s.name().equals(text.strip())) {
                return s;
            }
        }
        return null;
    }
}
