package dev.readiness.history;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Tells, from another JVM, whether the lock of a history file is free: prints {@code free} or {@code held}. Argument:
 * the lock file. Used by {@link HistoryConcurrencyTest}.
 */
public final class LockProbe {
    private LockProbe() {}

    public static void main(String[] args) throws Exception {
        try (FileChannel channel = FileChannel.open(
                Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            System.out.println(lock == null ? "held" : "free");
            if (lock != null) {
                lock.release();
            }
        }
    }
}
