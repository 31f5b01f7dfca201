package dev.readiness.evidence.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.Test;

/**
 * Surefire's own report parser as an oracle: on every real fixture our counts equal its per-case view. (Its suite
 * counts are not used: they mirror the suite attributes, which count reruns in Surefire 2.22.)
 */
class SurefireReportParserOracleTest {
    @Test
    void ourOutcomesMatchSurefireReportParserOnEveryFixture() throws Exception {
        for (Path report : TestReportReaderTest.fixtureReports()) {
            List<ReportTestSuite> suites = new TestSuiteXmlParser(new NullConsoleLogger()).parse(report.toString());
            List<ReportTestCase> theirs =
                    suites.stream().flatMap(s -> s.getTestCases().stream()).toList();
            List<TestCaseResult> ours = new TestReportReader()
                    .read(report.getParent(), List.of(report.getFileName().toString()))
                    .cases();

            assertThat(ours).as(report.toString()).hasSize(theirs.size());
            assertThat(ours.stream()
                            .filter(c -> c.outcome() == TestOutcome.ERROR)
                            .count())
                    .as("errors in " + report)
                    .isEqualTo(theirs.stream().filter(ReportTestCase::hasError).count());
            assertThat(ours.stream()
                            .filter(c -> c.outcome() == TestOutcome.FAILED)
                            .count())
                    .as("failures in " + report)
                    .isEqualTo(
                            theirs.stream().filter(ReportTestCase::hasFailure).count());
            assertThat(ours.stream()
                            .filter(c -> c.outcome() == TestOutcome.SKIPPED)
                            .count())
                    .as("skipped in " + report)
                    .isEqualTo(
                            theirs.stream().filter(ReportTestCase::hasSkipped).count());
            assertThat(ours.stream()
                            .filter(c -> c.outcome() == TestOutcome.FLAKY)
                            .count())
                    .as("flaky in " + report)
                    .isEqualTo(theirs.stream()
                            .filter(c -> c.hasFlakes() && !c.hasError() && !c.hasFailure())
                            .count());
            assertThat(ours)
                    .extracting(TestCaseResult::name)
                    .as("names in " + report)
                    .containsExactlyInAnyOrderElementsOf(
                            theirs.stream().map(ReportTestCase::getName).toList());
        }
    }
}
