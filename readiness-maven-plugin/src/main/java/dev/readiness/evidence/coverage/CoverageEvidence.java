package dev.readiness.evidence.coverage;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

public record CoverageEvidence(
        List<Path> execFiles,
        List<Path> classDirectories,
        int analyzedClasses,
        Coverage overall,
        List<Offender> offenders,
        Map<String, TagCoverage> tags,
        List<String> noMatchClasses,
        String missingReason) {
    public static CoverageEvidence missing(List<Path> searched, String reason) {
        return new CoverageEvidence(List.of(), searched, 0, Coverage.empty(), List.of(), Map.of(), List.of(), reason);
    }

    public boolean available() {
        return missingReason == null;
    }
}
