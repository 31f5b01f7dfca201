package dev.readiness.evidence.tests;

import java.util.Collection;

public record TestCounts(long total, long passed, long failed, long errors, long skipped, long flaky) {
    public static TestCounts of(Collection<TestCaseResult> cases) {
        long failed = 0, errors = 0, skipped = 0, flaky = 0;
        for (TestCaseResult c : cases) {
            switch (c.outcome()) {
                case FAILED -> failed++;
                case ERROR -> errors++;
                case SKIPPED -> skipped++;
                case FLAKY -> flaky++;
                default -> {}
            }
        }
        long total = cases.size();
        return new TestCounts(total, total - failed - errors - skipped, failed, errors, skipped, flaky);
    }
}
