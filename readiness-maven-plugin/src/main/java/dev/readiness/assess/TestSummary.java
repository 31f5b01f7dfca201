package dev.readiness.assess;

import dev.readiness.evidence.tests.TestCaseResult;
import dev.readiness.evidence.tests.TestCounts;
import java.util.List;
import java.util.Map;

/**
 * Test totals as they appear in readiness.json {@code tests}: every test case in the reports.
 *
 * @param all Surefire and Failsafe together
 * @param surefire unit tests
 * @param failsafe integration tests
 * @param groups counts per test group used by a gate or defined in the POM, sorted by name
 * @param duplicateReports report files seen twice (identical content) and counted once
 * @param malformedReports report files that could not be parsed
 * @param notPassed the failed and erroring cases of all reports, in report order (the console names the first few
 *     even when every gate passes)
 * @param flaky the cases that failed or errored, then passed on a rerun, in report order; each one's
 *     {@link TestCaseResult#message()} is the first line of its first failed run (they count as passed by default,
 *     and every view names them)
 */
public record TestSummary(
        TestCounts all,
        TestCounts surefire,
        TestCounts failsafe,
        Map<String, TestCounts> groups,
        int duplicateReports,
        int malformedReports,
        List<TestCaseResult> notPassed,
        List<TestCaseResult> flaky) {

    public TestSummary {
        groups = Map.copyOf(groups);
        notPassed = List.copyOf(notPassed);
        flaky = List.copyOf(flaky);
    }

    /** Totals with the failing cases and without flaky ones. */
    public TestSummary(
            TestCounts all,
            TestCounts surefire,
            TestCounts failsafe,
            Map<String, TestCounts> groups,
            int duplicateReports,
            int malformedReports,
            List<TestCaseResult> notPassed) {
        this(all, surefire, failsafe, groups, duplicateReports, malformedReports, notPassed, List.of());
    }

    /** Totals without the list of failing cases. */
    public TestSummary(
            TestCounts all,
            TestCounts surefire,
            TestCounts failsafe,
            Map<String, TestCounts> groups,
            int duplicateReports,
            int malformedReports) {
        this(all, surefire, failsafe, groups, duplicateReports, malformedReports, List.of(), List.of());
    }
}
