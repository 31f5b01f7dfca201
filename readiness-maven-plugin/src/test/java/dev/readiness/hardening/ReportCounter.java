package dev.readiness.hardening;

import dev.readiness.evidence.tests.TestCaseResult;
import dev.readiness.evidence.tests.TestEvidence;
import dev.readiness.evidence.tests.TestReportReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Reads a report directory and prints one ASCII line of counts: run in a child JVM by {@link
 * HostileInputCatalogueTest} (another default charset, a small heap) and compared with the same line computed in the
 * test's own JVM.
 */
final class ReportCounter {
    private ReportCounter() {}

    public static void main(String[] args) throws Exception {
        System.out.println(summary(new TestReportReader().read(Path.of(args[0]), List.of("."))));
    }

    /** Counts per outcome, malformed reports, and a SHA-256 of the UTF-8 bytes of every case name (ASCII-only line). */
    static String summary(TestEvidence evidence) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        long[] outcomes = new long[8];
        for (TestCaseResult c : evidence.cases()) {
            outcomes[c.outcome().ordinal()]++;
            sha.update(c.displayName().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
        }
        StringBuilder line = new StringBuilder();
        line.append("reports=").append(evidence.reportFiles().size());
        line.append(" cases=").append(evidence.cases().size());
        for (var outcome : dev.readiness.evidence.tests.TestOutcome.values()) {
            line.append(' ')
                    .append(outcome.name().toLowerCase(Locale.ROOT))
                    .append('=')
                    .append(outcomes[outcome.ordinal()]);
        }
        line.append(" malformed=").append(evidence.malformedReports().size());
        line.append(" names=").append(HexFormat.of().formatHex(sha.digest()), 0, 16);
        return line.toString();
    }
}
