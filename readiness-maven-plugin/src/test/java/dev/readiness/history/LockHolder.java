package dev.readiness.history;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Holds the lock of a history file from another JVM until its standard input is closed, for
 * {@link HistoryStoreTest}. Argument: the lock file. Prints {@code locked} once it holds the lock.
 */
public final class LockHolder {
    private LockHolder() {}

    public static void main(String[] args) throws Exception {
        try (FileChannel channel = FileChannel.open(
                Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.lock();
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // Hold the lock until the test closes our input.
            }
            lock.release();
        }
    }
}
