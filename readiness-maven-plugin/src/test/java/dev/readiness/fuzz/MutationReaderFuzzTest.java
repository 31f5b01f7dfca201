package dev.readiness.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.readiness.evidence.EvidenceException;
import dev.readiness.evidence.mutation.Mutant;
import dev.readiness.evidence.mutation.MutationReportReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Feeds arbitrary bytes to PIT's {@code mutations.xml} reader.
 *
 * <p>Accepted outcomes: the mutants read, or an {@link EvidenceException} naming the file. Anything else, an unchecked
 * exception or an error, escapes and fails the run.
 */
class MutationReaderFuzzTest {
    private final MutationReportReader reader = new MutationReportReader();

    @FuzzTest(maxDuration = "60s")
    void readsAnyReportBytesOrRefusesThemNamingTheFile(byte[] report) throws IOException {
        Path dir = FuzzFiles.newDirectory();
        try {
            Path file = Files.write(dir.resolve("mutations.xml"), report);
            try {
                List<Mutant> mutants = reader.read(file);
                assertThat(mutants).allSatisfy(m -> {
                    assertThat(m.mutatedClass()).isNotEmpty();
                    assertThat(m.display()).isNotNull();
                });
            } catch (EvidenceException e) {
                FuzzFiles.requireNamesFile(e, file);
            }
        } finally {
            FuzzFiles.delete(dir);
        }
    }
}
