package dev.readiness.evidence.tests;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything read from the Surefire or Failsafe report locations of one evaluation.
 *
 * @param reportFiles {@code TEST-*.xml} files whose cases were counted (malformed ones included), sorted
 * @param duplicateReportFiles files with the same content as one in {@code reportFiles} (the same report reached
 *     twice, e.g. an artifact copied into two shard folders): not counted again
 * @param cases every case of every counted report, in file order then document order
 * @param malformedReports reports (and Failsafe summaries) that could not be parsed to their end; their cases are not
 *     in {@code cases}
 * @param failsafeSummaries {@code failsafe-summary.xml} files found, never counted as cases
 */
public record TestEvidence(
        List<Path> reportFiles,
        List<Path> duplicateReportFiles,
        List<TestCaseResult> cases,
        List<MalformedReport> malformedReports,
        List<FailsafeSummary> failsafeSummaries) {
    public TestEvidence {
        reportFiles = List.copyOf(reportFiles);
        duplicateReportFiles = List.copyOf(duplicateReportFiles);
        cases = List.copyOf(cases);
        malformedReports = List.copyOf(malformedReports);
        failsafeSummaries = List.copyOf(failsafeSummaries);
    }

    /** Evidence without Failsafe summaries. */
    public TestEvidence(
            List<Path> reportFiles,
            List<Path> duplicateReportFiles,
            List<TestCaseResult> cases,
            List<MalformedReport> malformedReports) {
        this(reportFiles, duplicateReportFiles, cases, malformedReports, List.of());
    }

    /** No report found at all: the caller reports the evidence as missing. */
    public static TestEvidence none() {
        return new TestEvidence(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** True when at least one {@code TEST-*.xml} file was found (read or malformed). */
    public boolean hasReports() {
        return !reportFiles.isEmpty();
    }

    /** Counts of {@link #cases()}. */
    public TestCounts counts() {
        return TestCounts.of(cases);
    }
}
