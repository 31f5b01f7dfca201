package dev.readiness.evidence.tests;

import java.nio.file.Path;
import java.util.List;

public record TestEvidence(
        List<Path> reportFiles,
        List<Path> duplicateReportFiles,
        List<TestCaseResult> cases,
        List<MalformedReport> malformedReports) {
    public boolean hasReports() {
        return !reportFiles.isEmpty() || !malformedReports.isEmpty();
    }

    public TestCounts counts() {
        return TestCounts.of(cases);
    }
}
