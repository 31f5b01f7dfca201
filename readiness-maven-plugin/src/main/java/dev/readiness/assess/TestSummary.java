package dev.readiness.assess;

import dev.readiness.evidence.tests.TestCounts;
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
 */
public record TestSummary(
        TestCounts all,
        TestCounts surefire,
        TestCounts failsafe,
        Map<String, TestCounts> groups,
        int duplicateReports,
        int malformedReports) {

    public TestSummary {
        groups = Map.copyOf(groups);
    }
}
