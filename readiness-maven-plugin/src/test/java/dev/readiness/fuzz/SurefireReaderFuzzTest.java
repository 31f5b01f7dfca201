package dev.readiness.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.readiness.evidence.EvidenceException;
import dev.readiness.evidence.tests.TestEvidence;
import dev.readiness.evidence.tests.TestReportReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Feeds arbitrary bytes to the Surefire/Failsafe XML reader as a {@code TEST-fuzz.xml} report.
 *
 * <p>Accepted outcomes: evidence (the file read or listed as malformed), or an {@link EvidenceException} naming the
 * file. Anything else, an unchecked exception or an error, escapes and fails the run.
 */
class SurefireReaderFuzzTest {
    private final TestReportReader reader = new TestReportReader();

    @FuzzTest(maxDuration = "60s")
    void readsAnyReportBytesOrRefusesThemNamingTheFile(byte[] report) throws IOException {
        Path dir = FuzzFiles.newDirectory();
        try {
            Path file = Files.write(dir.resolve("TEST-fuzz.xml"), report);
            try {
                TestEvidence evidence = reader.read(dir, List.of("."));
                assertThat(evidence.reportFiles()).hasSize(1);
                if (!evidence.malformedReports().isEmpty()) {
                    assertThat(evidence.cases()).isEmpty();
                }
                assertThat(evidence.counts()).isNotNull();
            } catch (EvidenceException e) {
                FuzzFiles.requireNamesFile(e, file);
            }
        } finally {
            FuzzFiles.delete(dir);
        }
    }
}
