package dev.readiness.history;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Appends records to a history file from a separate JVM, for {@link HistoryConcurrencyTest}.
 *
 * <p>Arguments: history file, worker name, number of records, number of threads, retention limit (0 = unlimited).
 * Record {@code i} of worker {@code w} has artifactId {@code w} and version {@code i}, so a test can check that every
 * record is there exactly once. Exits with status 0 and prints {@code done} when all appends succeeded.
 */
public final class AppendWorker {
    private AppendWorker() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        String worker = args[1];
        int count = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        int limit = Integer.parseInt(args[4]);
        HistoryStore store = new HistoryStore(file);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                HistoryRecord record = TestRecords.record(worker, Integer.toString(i), i);
                results.add(pool.submit(() -> {
                    store.append(record, limit);
                    return null;
                }));
            }
            for (Future<?> result : results) {
                result.get();
            }
        } finally {
            pool.shutdown();
        }
        System.out.println("done");
    }
}
