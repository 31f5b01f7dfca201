package dev.readiness.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryStoreTest {
    private static final Path FIXTURES = Path.of("src/test/resources/history");

    @TempDir
    Path dir;

    private Path fixture(String name) throws IOException {
        return Files.copy(FIXTURES.resolve(name), dir.resolve(name));
    }

    private static List<String> versions(HistoryRead read) {
        return read.records().stream().map(HistoryRecord::projectVersion).toList();
    }

    @Test
    void missingFileIsAnEmptyHistoryWithoutWarningsAndCreatesNothing() throws IOException {
        Path file = dir.resolve("absent/history.jsonl");

        HistoryRead read = new HistoryStore(file).read();

        assertThat(read.records()).isEmpty();
        assertThat(read.warnings()).isEmpty();
        assertThat(dir.resolve("absent")).doesNotExist();
    }

    @Test
    void appendCreatesParentDirectoriesAndReadsBackEqualRecords() throws IOException {
        Path file = dir.resolve("project/.readiness/history.jsonl");
        HistoryStore store = new HistoryStore(file);
        HistoryRecord first = TestRecords.record("app", "1.0", 1);
        HistoryRecord second = TestRecords.record("app", "1.1", 2, null, null);

        store.append(first);
        store.append(second);

        HistoryRead read = store.read();
        assertThat(read.records()).containsExactly(first, second);
        assertThat(read.warnings()).isEmpty();
        assertThat(Files.readAllLines(file)).hasSize(2);
        // issue 17: the source tree stays clean — the lock file is not next to the committed history file
        assertThat(store.lockFile()).exists().isRegularFile();
        assertThat(store.lockFile().startsWith(dir.resolve("project"))).isFalse();
        try (java.util.stream.Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void everySpellingOfAHistoryFileHasOneLockFileAndOtherFilesHaveTheirOwn() throws IOException {
        Path project = Files.createDirectories(dir.resolve("project/.readiness"));
        Path link = Files.createSymbolicLink(dir.resolve("linked"), dir.resolve("project"));
        Path file = project.resolve("history.jsonl");

        Path lock = new HistoryStore(file).lockFile();

        assertThat(new HistoryStore(link.resolve(".readiness/history.jsonl")).lockFile())
                .isEqualTo(lock);
        assertThat(new HistoryStore(project.resolve("../.readiness/./history.jsonl")).lockFile())
                .isEqualTo(lock);
        assertThat(new HistoryStore(project.resolve("other.jsonl")).lockFile()).isNotEqualTo(lock);
        assertThat(lock.getParent()).isEqualTo(HistoryStore.defaultLockDirectory());
        assertThat(lock.getFileName().toString()).matches("history-[0-9a-f]{32}\\.lock");
    }

    @Test
    void tornMiddleAndLastLinesAreSkippedWithWarningsNamingFileAndLine() throws IOException {
        Path file = fixture("torn.jsonl");

        HistoryRead read = new HistoryStore(file).read();

        assertThat(versions(read)).containsExactly("1.1", "1.2", "1.4");
        assertThat(read.warnings()).hasSize(2);
        assertThat(read.warnings().get(0)).startsWith(file + ":3: ").contains("Unexpected end-of-input");
        assertThat(read.warnings().get(1)).startsWith(file + ":5: ").contains("incomplete last line");
    }

    @Test
    void everyKindOfCorruptLineIsSkippedAndTheOthersAreRead() throws IOException {
        Path file = fixture("corrupt-variants.jsonl");

        HistoryRead read = new HistoryStore(file).read();

        assertThat(versions(read)).containsExactly("2.1", "2.4", "2.10");
        assertThat(read.records().get(1).version()).isEqualTo(2);
        assertThat(read.records().get(1).gates().get("test-pass-rate"))
                .isEqualTo(new GateSnapshot(SnapshotStatus.PASSED, new BigDecimal("100")));
        assertThat(read.warnings())
                .extracting(w -> w.substring(file.toString().length(), w.indexOf(": ")))
                .containsExactly(":2", ":3", ":5", ":6", ":8", ":9", ":11", ":12");
        assertThat(read.warnings().get(1)).contains("required field 'timestamp'");
        assertThat(read.warnings().get(2)).contains("field 'score' is not a number");
        assertThat(read.warnings().get(3)).contains("two records glued together");
        assertThat(read.warnings().get(4)).contains("not a JSON object");
        assertThat(read.warnings().get(6)).contains("Duplicate field 'score'");
        assertThat(read.warnings().get(7)).contains("no schema version field 'v'");
    }

    @Test
    void appendAfterATornLastLineStartsAFreshLine() throws IOException {
        Path file = fixture("torn.jsonl");
        HistoryStore store = new HistoryStore(file);
        HistoryRecord next = TestRecords.record("fixture", "1.6", 6);

        store.append(next);

        HistoryRead read = store.read();
        assertThat(versions(read)).containsExactly("1.1", "1.2", "1.4", "1.6");
        assertThat(read.warnings()).hasSize(2);
        assertThat(read.warnings().get(1)).startsWith(file + ":5: ");
        String content = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(content).endsWith("\n").doesNotContain("\n\n");
    }

    @Test
    void appendToAFileEndingWithNewlineAddsNoBlankLine() throws IOException {
        Path file = dir.resolve("history.jsonl");
        HistoryStore store = new HistoryStore(file);
        store.append(TestRecords.record("app", "1", 1));
        long before = Files.size(file);

        store.append(TestRecords.record("app", "2", 2));

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[(int) before - 1]).isEqualTo((byte) '\n');
        assertThat(bytes[(int) before]).isEqualTo((byte) '{');
    }

    @Test
    void writtenLineIsDeterministicAndUsesPlainNumbers() throws IOException {
        Path file = dir.resolve("history.jsonl");
        HistoryRecord record = TestRecords.record("app", "1.0", 0, new BigDecimal("1E+2"), "main");

        new HistoryStore(file).append(record);

        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo("{\"v\":1,\"timestamp\":\"2026-11-22T10:00:00Z\",\"project\":{\"groupId\":\"dev.test\","
                        + "\"artifactId\":\"app\",\"version\":\"1.0\"},\"score\":100,\"level\":\"CONDITIONAL_READY\","
                        + "\"gates\":{\"overall-test-coverage\":{\"status\":\"FAILED\",\"value\":81.3},"
                        + "\"safety-critical-coverage\":{\"status\":\"NOT_CONFIGURED\",\"value\":null},"
                        + "\"test-pass-rate\":{\"status\":\"PASSED\",\"value\":100}},"
                        + "\"tests\":{\"errors\":0,\"failed\":0,\"flaky\":1,\"passed\":11,\"skipped\":1,\"total\":12},"
                        + "\"coverage\":{\"branch\":{\"covered\":40,\"missed\":10},"
                        + "\"line\":{\"covered\":813,\"missed\":187}},"
                        + "\"commit\":\"0123456789abcdef0123456789abcdef01234567\",\"branch\":\"main\"}\n");
    }

    @Test
    void nonAsciiNamesSurviveTheRoundTrip() throws IOException {
        Path file = dir.resolve("history.jsonl");
        HistoryStore store = new HistoryStore(file);
        HistoryRecord record = TestRecords.record("größe-☃", "1.0", 0, BigDecimal.ONE, "feature/ünïcode");

        store.append(record);

        assertThat(store.read().records()).containsExactly(record);
    }

    @Test
    void limitKeepsTheLastRecordsAndDropsUnreadableLines() throws IOException {
        Path file = fixture("torn.jsonl");
        HistoryStore store = new HistoryStore(file);

        store.append(TestRecords.record("fixture", "1.6", 6), 2);

        HistoryRead read = store.read();
        assertThat(versions(read)).containsExactly("1.4", "1.6");
        assertThat(read.warnings()).isEmpty();
        assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void compactionKeepsLinesOfNewerWritersByteForByte() throws IOException {
        Path file = fixture("corrupt-variants.jsonl");
        String newerLine = Files.readAllLines(file, StandardCharsets.ISO_8859_1).get(3);
        HistoryStore store = new HistoryStore(file);

        store.append(TestRecords.record("fixture", "3.0", 30), 3);

        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo(newerLine).contains("\"future\":{\"a\":[1,2,{\"b\":null}]}");
        assertThat(versions(store.read())).containsExactly("2.4", "2.10", "3.0");
    }

    @Test
    void limitAboveTheRecordCountLeavesTheFileAlone() throws IOException {
        Path file = fixture("torn.jsonl");
        HistoryStore store = new HistoryStore(file);

        store.append(TestRecords.record("fixture", "1.6", 6), 10);

        assertThat(store.read().warnings()).hasSize(2);
        assertThat(versions(store.read())).containsExactly("1.1", "1.2", "1.4", "1.6");
    }

    @Test
    void negativeLimitIsRejected() {
        HistoryStore store = new HistoryStore(dir.resolve("history.jsonl"));

        assertThatThrownBy(() -> store.append(TestRecords.record("app", "1", 1), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limit must be 0 (unlimited) or more");
    }

    @Test
    void overlongLineIsSkippedWithoutBufferingIt() throws IOException {
        Path file = dir.resolve("history.jsonl");
        HistoryStore store = new HistoryStore(file);
        store.append(TestRecords.record("app", "1", 1));
        Files.write(
                file,
                ("\"" + "x".repeat(HistoryStore.MAX_LINE_BYTES + 10) + "\"\n").getBytes(StandardCharsets.UTF_8),
                java.nio.file.StandardOpenOption.APPEND);
        store.append(TestRecords.record("app", "3", 3));

        HistoryRead read = store.read();

        assertThat(versions(read)).containsExactly("1", "3");
        assertThat(read.warnings()).singleElement().asString().contains(":2: ").contains("longer than");
    }

    @Test
    void numberWithAHugeExponentIsSkippedRatherThanPrinted() throws IOException {
        Path file = dir.resolve("history.jsonl");
        HistoryStore store = new HistoryStore(file);
        store.append(TestRecords.record("app", "1", 1));
        String line = Files.readAllLines(file).get(0).replace("\"score\":87.5", "\"score\":1e999999999");
        Files.writeString(file, line + "\n", java.nio.file.StandardOpenOption.APPEND);

        HistoryRead read = store.read();

        assertThat(versions(read)).containsExactly("1");
        assertThat(read.warnings()).singleElement().asString().contains(":2: ").contains("'score' is out of range");
    }

    @Test
    void historyFileThatIsADirectoryGivesAnErrorNamingIt() throws IOException {
        Path file = Files.createDirectories(dir.resolve("history.jsonl"));
        HistoryStore store = new HistoryStore(file);

        assertThatThrownBy(store::read)
                .isInstanceOf(IOException.class)
                .hasMessageContaining("The history file " + file + " is not a regular file");
        assertThatThrownBy(() -> store.append(TestRecords.record("app", "1", 1)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString());
    }

    @Test
    void appendFailsWithAClearMessageWhenAnotherJvmHoldsTheLockTooLong() throws Exception {
        Path file = dir.resolve("history.jsonl");
        HistoryStore store = new HistoryStore(file, Duration.ofMillis(300));
        store.append(TestRecords.record("app", "1", 1));
        Process holder = Jvm.start(LockHolder.class, store.lockFile().toString());
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("locked");

            assertThatThrownBy(() -> store.append(TestRecords.record("app", "2", 2)))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("waiting for the lock on " + store.lockFile())
                    .hasMessageContaining("another build is still writing it");
        } finally {
            holder.getOutputStream().close();
            assertThat(holder.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        store.append(TestRecords.record("app", "3", 3));
        assertThat(versions(store.read())).containsExactly("1", "3");
    }
}
