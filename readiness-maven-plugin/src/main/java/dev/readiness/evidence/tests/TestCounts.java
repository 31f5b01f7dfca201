package dev.readiness.evidence.tests;

import java.util.Collection;

/**
 * Counts of test cases by outcome, as in {@code readiness.json} {@code tests} (DESIGN.md §6).
 *
 * @param total every case, skipped included (as Surefire counts)
 * @param passed {@code total - failed - errors - skipped}; flaky cases are inside it
 * @param failed cases that failed on every run
 * @param errors cases that errored on every run
 * @param skipped cases not executed
 * @param flaky cases that passed on a rerun (also counted in {@code passed})
 */
public record TestCounts(long total, long passed, long failed, long errors, long skipped, long flaky) {
    /** No cases. */
    public static final TestCounts NONE = new TestCounts(0, 0, 0, 0, 0, 0);

    public TestCounts {
        if (total < 0 || passed < 0 || failed < 0 || errors < 0 || skipped < 0 || flaky < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        if (passed != total - failed - errors - skipped) {
            throw new IllegalArgumentException("passed must equal total - failed - errors - skipped");
        }
        if (flaky > passed) {
            throw new IllegalArgumentException(
                    "flaky cases are part of passed: flaky " + flaky + " > passed " + passed);
        }
    }

    /** Counts the given cases. */
    public static TestCounts of(Collection<TestCaseResult> cases) {
        long failed = 0;
        long errors = 0;
        long skipped = 0;
        long flaky = 0;
        for (TestCaseResult c : cases) {
            switch (c.outcome()) {
                case FAILED -> failed++;
                case ERROR -> errors++;
                case SKIPPED -> skipped++;
                case FLAKY -> flaky++;
                case PASSED -> {
                    // counted below as total minus the others
                }
            }
        }
        long total = cases.size();
        return new TestCounts(total, total - failed - errors - skipped, failed, errors, skipped, flaky);
    }
}
