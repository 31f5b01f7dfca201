package dev.readiness.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.policy.ReadinessLevel;
import dev.readiness.report.HistoryReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        assertThat(record.level().name()).isEqualTo("SUPER_READY");
        assertThat(record.level().known()).isEmpty();
        assertThat(record.gates().get("flaky-tests").status().name()).isEqualTo("QUARANTINED");
        assertThat(record.gates().get("flaky-tests").status().known()).isEmpty();
        assertThat(record.gates().get("test-pass-rate").bar()).isEqualByComparingTo("100");
        assertThat(record.toJson()).isEqualTo(NEWER);
    }

    @Test
    void aRecordWithNamesOfANewerVersionIsWrittenBackUnchanged() throws IOException {
        Path file = dir.resolve("history.jsonl");
        Files.writeString(file, NEWER + "\n", StandardCharsets.UTF_8);
        HistoryRecord record = new HistoryStore(file).read().records().get(0);
        Path copy = dir.resolve("copy.jsonl");

        new HistoryStore(copy).append(record);

        assertThat(Files.readString(copy, StandardCharsets.UTF_8)).isEqualTo(NEWER + "\n");
        assertThat(new HistoryStore(copy).read().records()).containsExactly(record);
    }

    @Test
    void theNamesThisVersionKnowsAreReadAsTheirConstants() throws IOException {
        Path file = dir.resolve("history.jsonl");
        String known = NEWER.replace("SUPER_READY", "CONDITIONAL_READY").replace("QUARANTINED", "SKIPPED");
        Files.writeString(file, known + "\n", StandardCharsets.UTF_8);

        HistoryRecord record = new HistoryStore(file).read().records().get(0);

        assertThat(record.level().known()).contains(ReadinessLevel.CONDITIONAL_READY);
        assertThat(record.level().is(ReadinessLevel.CONDITIONAL_READY)).isTrue();
        assertThat(record.gates().get("flaky-tests").status().known()).contains(SnapshotStatus.SKIPPED);
        assertThat(record.gates().get("test-pass-rate").status().is(SnapshotStatus.PASSED))
                .isTrue();
        assertThat(record.toJson()).isEqualTo(known);
    }

    @Test
    void theHistoryTableShowsANewerVersionsNamesAsWritten() throws IOException {
        Path file = dir.resolve("history.jsonl");
        Files.writeString(file, NEWER + "\n", StandardCharsets.UTF_8);

        List<String> table = HistoryReport.table(new HistoryStore(file).read().records(), 5);

        assertThat(table.get(1)).contains("SUPER_READY").contains("QUARANTINED");
    }

    @Test
    void aNameMatchesAConstantOnlyWhenSpelledExactly() {
        assertThat(HistoryName.read(ReadinessLevel.class, "BLOCKED").known()).contains(ReadinessLevel.BLOCKED);
        assertThat(HistoryName.read(ReadinessLevel.class, "Blocked").known()).isEmpty();
        assertThat(HistoryName.read(ReadinessLevel.class, "Blocked").is(ReadinessLevel.BLOCKED))
                .isFalse();
        assertThat(HistoryName.read(SnapshotStatus.class, "QUARANTINED")).hasToString("QUARANTINED");
        assertThatThrownBy(() -> new HistoryName<>(ReadinessLevel.BLOCKED, "NOT_READY"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NOT_READY");
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
