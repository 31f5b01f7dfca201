package dev.readiness.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/** Files of readiness's caches between builds, which several users or CI jobs may share. */
public final class CacheFiles {
    private CacheFiles() {}

    /**
     * Creates a new empty temporary file in {@code directory}, to be written and then moved into place atomically. Unlike
     * {@link Files#createTempFile}, which makes the file readable by its owner only, the file gets the permissions the
     * process's umask gives, as every other file the build writes: a cache directory shared by several users (a CI
     * runner's) stays readable by all of them.
     *
     * @param directory where the file goes (the directory of its final name, so that the move is atomic)
     * @param prefix the start of its name, e.g. the final name with a leading dot
     * @throws IOException when the file cannot be created (e.g. a read-only directory); the caller then does without
     *     the cache entry
     */
    public static Path newTemporaryFile(Path directory, String prefix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path file = directory.resolve(String.format(
                    Locale.ROOT,
                    "%s.%016x.tmp",
                    prefix,
                    ThreadLocalRandom.current().nextLong()));
            try {
                return Files.createFile(file);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt == 9) {
                    throw e;
                }
            }
        }
    }
}
