package dev.readiness.evidence.tests;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

public record PassRate(long passed, long executed, TestCounts counts, List<TestCaseResult> notPassed) {
    public static PassRate of(Collection<TestCaseResult> cases, PassRatePolicy policy) {
        long passed = 0, executed = 0;
        List<TestCaseResult> notPassed = new ArrayList<>();
        for (TestCaseResult c : cases) {
            boolean counts = c.outcome() != TestOutcome.SKIPPED || policy.skippedCountAsNotPassed();
            if (!counts) continue;
            executed++;
            boolean ok = c.outcome() == TestOutcome.PASSED
                    || (c.outcome() == TestOutcome.FLAKY && policy.flakyCountsAsPassed());
            if (ok) passed++;
            else notPassed.add(c);
        }
        notPassed.sort(Comparator.comparing(TestCaseResult::outcome).reversed());
        return new PassRate(passed, executed, TestCounts.of(cases), List.copyOf(notPassed));
    }

    public boolean measurable() {
        return executed > 0;
    }
}
