package dev.readiness.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.readiness.history.HistoryRead;
import dev.readiness.history.HistoryStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Feeds arbitrary bytes to the history store as its {@code history.jsonl}.
 *
 * <p>Accepted outcomes: the readable records with warnings for the rest, or an {@link IOException} naming the file.
 * Anything else escapes and fails the run.
 */
class HistoryReaderFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void readsAnyHistoryBytesOrRefusesThemNamingTheFile(byte[] history) throws IOException {
        Path dir = FuzzFiles.newDirectory();
        try {
            Path file = Files.write(dir.resolve("history.jsonl"), history);
            try {
                HistoryRead read = new HistoryStore(file).read();
                long lines = read.records().size() + (long) read.warnings().size();
                assertThat(lines).isLessThanOrEqualTo(history.length);
            } catch (IOException e) {
                FuzzFiles.requireNamesFile(e, file);
            }
        } finally {
            FuzzFiles.delete(dir);
        }
    }
}
