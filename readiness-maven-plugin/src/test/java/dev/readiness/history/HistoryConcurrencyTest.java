package dev.readiness.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Concurrent builds never lose a history record (DESIGN.md §9): threads of one JVM, several JVMs, and compaction.
 * Each record is identified by artifactId (the writer) and version (its sequence number within that writer).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HistoryConcurrencyTest {
    @TempDir
    Path dir;

    @Test
    void eightThreadsAppendingTwoHundredRecordsEachLoseNothing() throws Exception {
        Path file = dir.resolve(".readiness/history.jsonl");
        HistoryStore shared = new HistoryStore(file);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Void>> writers = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            String writer = "thread-" + t;
            // Half the threads share one store, half have their own: both must be safe.
            HistoryStore store = t % 2 == 0 ? shared : new HistoryStore(file);
            writers.add(() -> {
                start.await();
                for (int i = 0; i < 200; i++) {
                    store.append(TestRecords.record(writer, Integer.toString(i), i));
                }
                return null;
            });
        }

        runAll(writers, start);

        assertEveryRecordExactlyOnce(file, Map.of("thread-", 8), 200);
    }

    @Test
    void fourJvmsAndThisOneAppendingAtOnceLoseNothing() throws Exception {
        Path file = dir.resolve("history.jsonl");
        List<Process> jvms = new ArrayList<>();
        for (int j = 0; j < 4; j++) {
            // Two threads per JVM: a thread that closes its channel on the lock file must not free the lock of
            // another thread while a third JVM waits for it.
            jvms.add(Jvm.start(AppendWorker.class, file.toString(), "jvm-" + j, "100", "2", "0"));
        }
        HistoryStore store = new HistoryStore(file);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Void>> local = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            String writer = "local-" + t;
            local.add(() -> {
                start.await();
                for (int i = 0; i < 100; i++) {
                    store.append(TestRecords.record(writer, Integer.toString(i), i));
                }
                return null;
            });
        }

        runAll(local, start);
        for (Process jvm : jvms) {
            assertThat(jvm.waitFor(90, TimeUnit.SECONDS)).isTrue();
            assertThat(jvm.exitValue()).isZero();
            assertThat(new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo("done" + System.lineSeparator());
        }

        assertEveryRecordExactlyOnce(file, Map.of("jvm-", 4, "local-", 2), 100);
    }

    @Test
    void anotherThreadGivingUpOnTheLockDoesNotFreeItForOtherJvms() throws Exception {
        // On Linux, closing any channel on a locked file drops every lock the process holds on it. A second thread of
        // this JVM that opened the lock file, failed to lock it and closed it would let another JVM write at the same
        // time as the first thread, and one record would overwrite the other.
        Path file = dir.resolve("history.jsonl");
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        HistoryStore holder = new HistoryStore(file, HistoryStore.DEFAULT_LOCK_TIMEOUT, () -> {
            locked.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        HistoryStore impatient = new HistoryStore(file, Duration.ofMillis(50));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> {
                holder.append(TestRecords.record("first", "1", 1));
                return null;
            });
            assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
            Future<?> second = pool.submit(() -> {
                impatient.append(TestRecords.record("second", "1", 1));
                return null;
            });
            // Give the second thread the time to try the lock and give up, were it allowed to open the lock file.
            try {
                second.get(1, TimeUnit.SECONDS);
            } catch (TimeoutException | ExecutionException e) {
                // Expected: it waits for the first thread (or, in a broken store, gave up).
            }

            Process probe = Jvm.start(LockProbe.class, holder.lockFile().toString());
            assertThat(probe.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip())
                    .isEqualTo("held");

            release.countDown();
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        assertThat(new HistoryStore(file).read().records())
                .extracting(HistoryRecord::artifactId)
                .containsExactly("first", "second");
    }

    @Test
    void compactionUnderConcurrentAppendsKeepsExactlyTheLastRecords() throws Exception {
        Path file = dir.resolve("history.jsonl");
        int limit = 40;
        int perWriter = 60;
        List<Process> jvms = new ArrayList<>();
        for (int j = 0; j < 2; j++) {
            jvms.add(
                    Jvm.start(AppendWorker.class, file.toString(), "jvm-" + j, Integer.toString(perWriter), "1", "40"));
        }
        HistoryStore store = new HistoryStore(file);
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            String writer = "local-" + t;
            tasks.add(() -> {
                start.await();
                for (int i = 0; i < perWriter; i++) {
                    store.append(TestRecords.record(writer, Integer.toString(i), i), limit);
                }
                return null;
            });
        }
        List<HistoryRead> reads = new ArrayList<>();
        Callable<Void> reader = () -> {
            start.await();
            while (writing.get()) {
                reads.add(store.read());
            }
            return null;
        };

        ExecutorService pool = Executors.newFixedThreadPool(tasks.size() + 1);
        try {
            Future<Void> readerDone = pool.submit(reader);
            List<Future<Void>> done = new ArrayList<>();
            for (Callable<Void> task : tasks) {
                done.add(pool.submit(task));
            }
            start.countDown();
            for (Future<Void> f : done) {
                f.get(90, TimeUnit.SECONDS);
            }
            for (Process jvm : jvms) {
                assertThat(jvm.waitFor(90, TimeUnit.SECONDS)).isTrue();
                assertThat(jvm.exitValue()).isZero();
            }
            writing.set(false);
            readerDone.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        HistoryRead read = store.read();
        assertThat(read.warnings()).isEmpty();
        assertThat(read.records()).hasSize(limit);
        assertThat(Files.readAllLines(file)).hasSize(limit);
        // The kept records of each writer are the end of its sequence, without a gap: compaction only ever drops the
        // oldest lines, and never a line appended after it read the file.
        sequences(read)
                .forEach((writer, sequence) -> assertThat(sequence)
                        .as(writer)
                        .endsWith(perWriter - 1)
                        .isSortedAccordingTo(Integer::compare)
                        .hasSize(sequence.get(sequence.size() - 1) - sequence.get(0) + 1));
        // Every state a reader saw during the run was just as whole.
        assertThat(reads).isNotEmpty().allSatisfy(r -> {
            assertThat(r.warnings()).isEmpty();
            assertThat(r.records().size()).isLessThanOrEqualTo(limit);
            sequences(r)
                    .forEach((writer, sequence) -> assertThat(sequence)
                            .as(writer)
                            .doesNotHaveDuplicates()
                            .isSortedAccordingTo(Integer::compare)
                            .hasSize(sequence.get(sequence.size() - 1) - sequence.get(0) + 1));
        });
        assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
    }

    /** Writer to the sequence numbers of its records, in file order. */
    private static Map<String, List<Integer>> sequences(HistoryRead read) {
        Map<String, List<Integer>> sequences = new HashMap<>();
        for (HistoryRecord record : read.records()) {
            sequences
                    .computeIfAbsent(record.artifactId(), k -> new ArrayList<>())
                    .add(Integer.parseInt(record.projectVersion()));
        }
        return sequences;
    }

    private static void runAll(List<Callable<Void>> tasks, CountDownLatch start) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (Callable<Void> task : tasks) {
                done.add(pool.submit(task));
            }
            start.countDown();
            for (Future<Void> f : done) {
                f.get(90, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertEveryRecordExactlyOnce(Path file, Map<String, Integer> writerPrefixes, int perWriter)
            throws IOException {
        HistoryRead read = new HistoryStore(file).read();
        assertThat(read.warnings()).isEmpty();
        Set<String> expected = new HashSet<>();
        writerPrefixes.forEach((prefix, writers) -> {
            for (int w = 0; w < writers; w++) {
                for (int i = 0; i < perWriter; i++) {
                    expected.add(prefix + w + "#" + i);
                }
            }
        });
        List<String> found = read.records().stream()
                .map(r -> r.artifactId() + "#" + r.projectVersion())
                .toList();
        assertThat(found).doesNotHaveDuplicates();
        assertThat(new HashSet<>(found)).isEqualTo(expected);
        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).hasSize(expected.size());
    }
}
