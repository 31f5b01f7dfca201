package dev.readiness.history;

import java.nio.file.Path;

/**
 * Appends record number {@code n} of project {@code dev.test:fixture} with the real {@link HistoryStore}; used to make
 * the fixtures under {@code src/test/resources/history} (see the README there). Arguments: history file, n.
 */
public final class HistoryFixtureWriter {
    private HistoryFixtureWriter() {}

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[1]);
        new HistoryStore(Path.of(args[0])).append(TestRecords.record("fixture", "1." + n, n));
    }
}
