package dev.readiness.history;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Measures append throughput (records/s), single-threaded and with threads contending for the lock. Not a test: run
 * it by hand (see the report of the history engine). Arguments: directory for the files, records per run, threads.
 * Every append is forced to disk, so the numbers mostly measure the file system's {@code fdatasync}.
 */
public final class AppendThroughput {
    private AppendThroughput() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        int records = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        // Warm-up, then the measured runs.
        run(dir.resolve("warmup.jsonl"), Math.min(records, 500), 1, 0);
        report("1 thread", run(dir.resolve("single.jsonl"), records, 1, 0), records);
        report(threads + " threads", run(dir.resolve("contended.jsonl"), records, threads, 0), records);
        report("1 thread, limit 100", run(dir.resolve("limited.jsonl"), records, 1, 100), records);
        long read = System.nanoTime();
        int count =
                new HistoryStore(dir.resolve("single.jsonl")).read().records().size();
        System.out.printf(Locale.ROOT, "read %d records: %.1f ms%n", count, (System.nanoTime() - read) / 1e6);
    }

    private static long run(Path file, int records, int threads, int limit) throws Exception {
        Files.deleteIfExists(file);
        HistoryStore store = new HistoryStore(file);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String writer = "w" + t;
                int share = records / threads;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < share; i++) {
                        store.append(TestRecords.record(writer, Integer.toString(i), i), limit);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return System.nanoTime() - start;
    }

    private static void report(String label, long nanos, int records) {
        System.out.printf(
                Locale.ROOT,
                "%-22s %6d records in %7.1f ms = %8.0f records/s%n",
                label,
                records,
                nanos / 1e6,
                records / (nanos / 1e9));
    }
}
