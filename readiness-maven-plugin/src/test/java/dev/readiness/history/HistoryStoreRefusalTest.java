package dev.readiness.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.readiness.policy.ReadinessLevel;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16 items 3, 6, 8 and 13: what the history store refuses, skips and never writes. */
class HistoryStoreRefusalTest {
    @TempDir
    Path dir;

    /** Item 3: a committed {@code .readiness/history.jsonl} that links to a file outside the project. */
    @Test
    void aHistoryFileThatIsASymbolicLinkIsRefusedAndItsTargetIsNeitherReadNorWritten() throws Exception {
        Path outside = Files.writeString(dir.resolve("outside.txt"), "root:x:0:0:secret\n");
        Path project =
                Files.createDirectories(dir.resolve("project/.readiness")).getParent();
        Path history = project.resolve(".readiness/history.jsonl");
        Files.createSymbolicLink(history, outside);
        HistoryStore store = new HistoryStore(history, project);

        assertThatThrownBy(store::read)
                .isInstanceOf(IOException.class)
                .hasMessageContaining(history + " is a symbolic link: refused")
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> store.append(TestRecords.record("app", "1", 1)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("is a symbolic link");
        assertThat(Files.readString(outside)).isEqualTo("root:x:0:0:secret\n");
    }

    @Test
    void aLockFileThatIsASymbolicLinkIsRefused() throws Exception {
        Path outside = Files.writeString(dir.resolve("outside.txt"), "keep");
        Path history = dir.resolve("history.jsonl");
        Path locks = Files.createDirectories(dir.resolve("locks"));
        Files.setPosixFilePermissions(locks, PosixFilePermissions.fromString("rwx------"));
        HistoryStore store = HistoryStore.withLockDirectory(history, locks);
        Files.createSymbolicLink(store.lockFile(), outside);

        assertThatThrownBy(() -> store.append(TestRecords.record("app", "1", 1)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("history lock file");
        assertThat(Files.readString(outside)).isEqualTo("keep");
    }

    /** Issue 17: the lock files moved out of the project, into a directory of the user's own; it is checked. */
    @Test
    void aLockDirectoryThatIsALinkOrWritableByOthersIsRefused() throws Exception {
        Path history = dir.resolve("history.jsonl");
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path linked = Files.createSymbolicLink(dir.resolve("linked-locks"), elsewhere);
        Path shared = Files.createDirectories(dir.resolve("shared-locks"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));

        assertThatThrownBy(
                        () -> HistoryStore.withLockDirectory(history, linked).append(TestRecords.record("app", "1", 1)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("is a symbolic link or not a directory: refused");
        assertThatThrownBy(
                        () -> HistoryStore.withLockDirectory(history, shared).append(TestRecords.record("app", "1", 1)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("is writable by other users (rwxrwxrwx): refused");
        assertThat(elsewhere).isEmptyDirectory();
        assertThat(shared).isEmptyDirectory();
        assertThat(history).doesNotExist();
    }

    @Test
    void aMissingLockDirectoryIsCreatedOwnerOnly() throws Exception {
        Path history = dir.resolve("history.jsonl");
        Path locks = dir.resolve("tmp/readiness-locks-me");

        HistoryStore.withLockDirectory(history, locks).append(TestRecords.record("app", "1", 1));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(locks)))
                .isEqualTo("rwx------");
        assertThat(HistoryStore.withLockDirectory(history, locks).read().records())
                .hasSize(1);
    }

    @Test
    void aHistoryDirectoryLinkedOutOfTheProjectIsRefused() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.createSymbolicLink(project.resolve(".readiness"), elsewhere);
        Path history = project.resolve(".readiness/history.jsonl");

        assertThatThrownBy(() -> new HistoryStore(history, project).append(TestRecords.record("app", "1", 1)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("outside the project directory");
        assertThat(elsewhere).isEmptyDirectory();
    }

    /** Item 8: a FIFO would block the build forever; it is refused by its type, before it is opened. */
    @Test
    void aHistoryFileThatIsAFifoIsRefusedWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("history.jsonl");
        mkfifo(fifo);
        HistoryStore store = new HistoryStore(fifo);

        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            assertThatThrownBy(store::read).isInstanceOf(IOException.class).hasMessageContaining("not a regular file");
            assertThatThrownBy(() -> store.append(TestRecords.record("app", "1", 1)))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("not a regular file");
        });
    }

    /** Item 6: records the reader used to accept that then broke every later build's views. */
    @Test
    void poisonedRecordsAreSkippedWithAWarningAndTheOthersAreRead() throws Exception {
        String good = TestRecords.record("app", "1", 1).toJson();
        String farFuture = good.replace("2026-11-22T10:00:01Z", "+1000000000-12-31T23:59:59Z");
        String loneSurrogateLevel = good.replace("\"CONDITIONAL_READY\"", "\"\\ud800\"");
        String emptyGateId = good.replace("\"test-pass-rate\"", "\"\"");
        String escapeInBranch = good.replace("\"main\"", "\"main\\u001b[2J\"");
        String valueOutOfRange = good.replace("\"value\":100", "\"value\":1000");
        Path file = dir.resolve("history.jsonl");
        Files.writeString(
                file,
                String.join("\n", farFuture, loneSurrogateLevel, emptyGateId, escapeInBranch, valueOutOfRange, good)
                        + "\n",
                StandardCharsets.UTF_8);

        HistoryRead read = new HistoryStore(file).read();

        assertThat(read.records()).hasSize(1);
        assertThat(read.warnings()).hasSize(5);
        assertThat(read.warnings().get(0)).contains(":1: skipped", "outside the years 1970 to 9999");
        assertThat(read.warnings().get(1)).contains(":2: skipped", "level");
        assertThat(read.warnings().get(2)).contains(":3: skipped", "a gate id is empty");
        assertThat(read.warnings().get(3)).contains(":4: skipped", "branch contains control characters");
        assertThat(read.warnings().get(4)).contains(":5: skipped", "outside 0 to 100");
    }

    /** Item 3: the warning about an unreadable line quotes at most a short, sanitised excerpt of it. */
    @Test
    void aWarningNeverCopiesTheLineIntoTheLog() throws Exception {
        Path file = dir.resolve("history.jsonl");
        String secret = "root" + "x".repeat(500) + "\u001b[2J";
        Files.writeString(
                file, secret + "\n" + TestRecords.record("app", "1", 1).toJson() + "\n");

        HistoryRead read = new HistoryStore(file).read();

        assertThat(read.records()).hasSize(1);
        String warning = read.warnings().get(0);
        assertThat(warning).doesNotContain("\u001b", "x".repeat(100));
        assertThat(warning.length()).isLessThan(file.toString().length() + 300);
    }

    /** Item 13: the writer never writes a line the reader would skip. */
    @Test
    void aRecordTooLongToBeReadBackIsRefusedAndTheFileIsUnchanged() throws Exception {
        Path file = dir.resolve("history.jsonl");
        HistoryStore store = new HistoryStore(file);
        store.append(TestRecords.record("app", "1", 1));
        byte[] before = Files.readAllBytes(file);
        Map<String, GateSnapshot> gates = new TreeMap<>();
        for (int i = 0; i < 20_000; i++) {
            gates.put(
                    "gate-with-a-rather-long-identifier-number-" + i,
                    new GateSnapshot(SnapshotStatus.PASSED, new BigDecimal("99.5")));
        }
        HistoryRecord huge = HistoryRecord.of(
                TestRecords.EPOCH,
                "dev.test",
                "app",
                "1",
                null,
                ReadinessLevel.NOT_READY,
                gates,
                Map.of(),
                Map.of(),
                null,
                "main");

        assertThatThrownBy(() -> store.append(huge))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("more than the " + HistoryStore.MAX_LINE_BYTES + " bytes");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(store.read().records()).hasSize(1);
    }

    static void mkfifo(Path fifo) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            Assumptions.abort("mkfifo is not available: " + e.getMessage());
            return;
        }
        Assumptions.assumeTrue(p.waitFor() == 0 && Files.exists(fifo), "mkfifo could not create a FIFO");
    }
}
