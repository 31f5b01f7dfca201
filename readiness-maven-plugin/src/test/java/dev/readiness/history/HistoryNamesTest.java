package dev.readiness.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The level and the gate statuses of a history line are names, not a closed set: a newer plugin version may write a
 * level or status this version does not know. Such a record is read and shown as written (its score and values still
 * feed the trend and the ratchet); only a value that no version writes, one that is not an upper-case name, makes the
 * line unreadable.
 */
class HistoryNamesTest {
    private static final String NEWER =
            "{\"v\":1,\"timestamp\":\"2026-11-22T10:00:00Z\",\"project\":{\"groupId\":\"g\","
                    + "\"artifactId\":\"a\",\"version\":\"1.0\"},\"score\":91.5,\"level\":\"SUPER_READY\","
                    + "\"gates\":{\"flaky-tests\":{\"status\":\"QUARANTINED\",\"value\":null},"
                    + "\"test-pass-rate\":{\"status\":\"PASSED\",\"value\":100,\"bar\":100}},"
                    + "\"tests\":{\"total\":12},\"coverage\":{\"line\":{\"covered\":9,\"missed\":1}},"
                    + "\"commit\":null,\"branch\":\"main\"}";

    @TempDir
    Path dir;

    @Test
    void aLevelAndAStatusOfANewerVersionAreReadAndKeptAsWritten() throws IOException {
        Path file = dir.resolve("history.jsonl");
        Files.writeString(file, NEWER + "\n", StandardCharsets.UTF_8);

        HistoryRead read = new HistoryStore(file).read();

        assertThat(read.warnings()).isEmpty();
        HistoryRecord record = read.records().get(0);
        assertThat(record.level()).isEqualTo("SUPER_READY");
        assertThat(record.gates().get("flaky-tests").status()).isEqualTo("QUARANTINED");
        assertThat(record.gates().get("test-pass-rate").bar()).isEqualByComparingTo("100");
        assertThat(record.toJson()).isEqualTo(NEWER);
    }

    @Test
    void aLevelOrStatusThatIsNotAnUpperCaseNameMakesTheLineUnreadable() throws IOException {
        Path file = dir.resolve("history.jsonl");
        Files.writeString(
                file,
                NEWER.replace("SUPER_READY", "super_ready") + "\n" + NEWER.replace("QUARANTINED", "Quarantined") + "\n"
                        + NEWER + "\n",
                StandardCharsets.UTF_8);

        HistoryRead read = new HistoryStore(file).read();

        assertThat(read.records()).hasSize(1);
        assertThat(read.warnings())
                .hasSize(2)
                .anySatisfy(
                        w -> assertThat(w).contains("history.jsonl:1: ").contains("'level' is not an upper-case name"))
                .anySatisfy(w ->
                        assertThat(w).contains("history.jsonl:2: ").contains("'gates.*.status' is not an upper-case"));
    }
}
