package dev.readiness.assess;

import dev.readiness.evidence.StaleEvidence;
import dev.readiness.evidence.coverage.CoverageEvidence;
import dev.readiness.evidence.coverage.ExecSession;
import dev.readiness.evidence.tests.StaleReports.StaleReport;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The warnings that say which evidence the verdict is about: stale sessions and reports, skipped tests. */
final class ScopeWarnings {
    private static final int LISTED = 5;

    private ScopeWarnings() {}

    static List<String> of(EvidenceScope scope, CoverageEvidence coverage, List<GateResult> results) {
        List<String> out = new ArrayList<>();
        if (scope == null) {
            return out;
        }
        String fate = fate(scope.staleEvidence());
        String since = scope.buildStart() != null
                ? "before this build started (" + scope.buildStart() + ")"
                : "before the newest test run (readiness ran on its own, so the newest run in each exec file counts)";
        Map<Path, List<ExecSession>> staleByFile = new LinkedHashMap<>();
        for (ExecSession s : coverage.staleSessions()) {
            staleByFile.computeIfAbsent(s.file(), f -> new ArrayList<>()).add(s);
        }
        staleByFile.forEach((file, sessions) -> out.add(count(sessions.size(), "JaCoCo session") + " in " + file
                + " " + (sessions.size() == 1 ? "was" : "were") + " written " + since + span(sessions) + ": " + fate
                + " the coverage numbers (readiness.staleEvidence="
                + scope.staleEvidence().configName()
                + "). JaCoCo appends to its exec file build after build; run mvn clean verify to start from this"
                + " build's data only."));
        List<StaleReport> reports = scope.staleReports();
        if (!reports.isEmpty()) {
            StringBuilder sb = new StringBuilder(count(reports.size(), "test report"))
                    .append(reports.size() == 1 ? " is" : " are")
                    .append(" from an earlier build: ")
                    .append(fate)
                    .append(" the test numbers (readiness.staleEvidence=")
                    .append(scope.staleEvidence().configName())
                    .append("): ");
            for (int i = 0; i < Math.min(LISTED, reports.size()); i++) {
                StaleReport r = reports.get(i);
                sb.append(i == 0 ? "" : "; ")
                        .append(r.file().getFileName())
                        .append(" (")
                        .append(r.reason())
                        .append(')');
            }
            if (reports.size() > LISTED) {
                sb.append(" …and ").append(reports.size() - LISTED).append(" more");
            }
            sb.append(". Surefire and Failsafe never delete old reports; run mvn clean verify.");
            out.add(sb.toString());
        }
        List<String> skipped = results.stream()
                .filter(r -> r.status() == GateStatus.SKIPPED)
                .map(r -> r.gate().id())
                .toList();
        if (!skipped.isEmpty()) {
            String by = scope.surefireSkippedBy() != null ? scope.surefireSkippedBy() : scope.failsafeSkippedBy();
            boolean critical = results.stream()
                    .anyMatch(r -> r.status() == GateStatus.SKIPPED && r.gate().critical());
            out.add("This build skipped tests (" + by + "): " + String.join(", ", skipped)
                    + (skipped.size() == 1 ? " was" : " were") + " not measured in this build, and evidence left by"
                    + " earlier builds is not used."
                    + (critical ? " A critical gate was not measured, so the verdict is at most NOT_READY;" : "")
                    + " readiness:check does not fail the build for gates the build chose not to measure, and no"
                    + " history record is written. Run mvn verify without " + by + " for a verdict.");
        }
        return out;
    }

    private static String fate(StaleEvidence policy) {
        return policy == StaleEvidence.WARN ? "COUNTED anyway in" : "left out of";
    }

    private static String span(List<ExecSession> sessions) {
        Instant first = sessions.stream()
                .map(ExecSession::start)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(null);
        Instant last = sessions.stream()
                .map(ExecSession::dump)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
        return first == null || last == null ? "" : " (from " + first + " to " + last + ")";
    }

    static String count(long n, String singular) {
        return n + " " + singular + (n == 1 ? "" : "s");
    }
}
