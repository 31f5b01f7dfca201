package dev.readiness.history;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The input fingerprint of a build: SHA-256 over the bytes of every regular file under the compiled main and test
 * class directories (classes and copied resources), sorted by their path relative to the directory, followed by the
 * sorted ids of the test cases the build ran. Two builds with the same fingerprint ran the same tests on the same
 * compiled code; a test whose outcome differs between them is flaky.
 *
 * <p>Why not the git commit: a local build is usually of a dirty checkout (the commit does not say what was built), and
 * a clean commit built twice with a different test selection ({@code -Dtest=...}) is not the same input. Not covered:
 * the dependencies' jars and the JVM, so an upgrade of a library with unchanged classes gives the same fingerprint.
 */
public final class BuildFingerprint {
    private BuildFingerprint() {}

    /**
     * The fingerprint, {@code sha256:} and 64 lower-case hex digits, or empty when there is nothing to hash (no class
     * directory exists and no test ran).
     *
     * @param classDirectories the main and test class directories; missing ones are skipped
     * @param testIds the ids of the test cases this build ran, in any order
     * @throws IOException when a class file cannot be read
     */
    public static Optional<String> of(List<Path> classDirectories, List<String> testIds) throws IOException {
        return classes(classDirectories).withTests(testIds);
    }

    /**
     * The first part of the fingerprint, the class directories, which does not depend on the test reports: so it can
     * be hashed while the evidence is read ({@link #start}); {@link Classes#withTests} completes it.
     *
     * @param classDirectories the main and test class directories; missing ones are skipped
     * @return the hashed class directories
     * @throws IOException when a class file cannot be read
     */
    public static Classes classes(List<Path> classDirectories) throws IOException {
        MessageDigest digest = sha256();
        boolean any = false;
        TreeMap<String, Path> directories = new TreeMap<>();
        for (Path dir : classDirectories) {
            if (Files.isDirectory(dir)) {
                directories.put(dir.toAbsolutePath().normalize().toString(), dir);
            }
        }
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        for (Path dir : directories.values()) {
            digest.update("dir\n".getBytes(StandardCharsets.UTF_8));
            for (String file : files(dir)) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("fingerprint cancelled");
                }
                digest.update(file.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                try (FileChannel in = FileChannel.open(dir.resolve(file), StandardOpenOption.READ)) {
                    for (int n = in.read(buffer.clear()); n >= 0; n = in.read(buffer.clear())) {
                        digest.update(buffer.flip());
                    }
                }
                any = true;
            }
        }
        return new Classes(digest, any);
    }

    /**
     * Hashes the class directories on a thread of its own, so that the files are read while the evidence is (the
     * hashing waits on the disk more than on the processor). {@link Pending#join} gives the result; an evaluation that
     * fails before calling it calls {@link Pending#cancel}.
     *
     * @param classDirectories the main and test class directories; missing ones are skipped
     * @return the running hash
     */
    public static Pending start(List<Path> classDirectories) {
        List<Path> directories = List.copyOf(classDirectories);
        FutureTask<Classes> task = new FutureTask<>(() -> classes(directories));
        Thread thread = new Thread(task, "readiness-fingerprint");
        thread.setDaemon(true);
        thread.start();
        return new Pending(task);
    }

    /** The class directories' part of a fingerprint being hashed on a thread of its own ({@link #start}). */
    public static final class Pending {
        private final FutureTask<Classes> task;

        private Pending(FutureTask<Classes> task) {
            this.task = task;
        }

        /**
         * Waits for the hash of the class directories.
         *
         * @return the hashed class directories
         * @throws IOException when a class file cannot be read
         */
        public Classes join() throws IOException {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        return task.get();
                    } catch (InterruptedException e) {
                        interrupted = true; // the caller's interrupt is kept (below); the hash is short
                    } catch (ExecutionException e) {
                        if (e.getCause() instanceof IOException io) {
                            throw io;
                        }
                        if (e.getCause() instanceof RuntimeException r) {
                            throw r;
                        }
                        throw new IllegalStateException(e.getCause());
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        /** Stops the hashing (its result is not needed). */
        public void cancel() {
            task.cancel(true);
        }
    }

    /** The class directories hashed: the fingerprint without the test ids ({@link #withTests}). */
    public static final class Classes {
        private final MessageDigest digest;
        private final boolean any;

        private Classes(MessageDigest digest, boolean any) {
            this.digest = digest;
            this.any = any;
        }

        /**
         * The fingerprint of these class directories and the tests this build ran; this object can be completed more
         * than once.
         *
         * @param testIds the ids of the test cases this build ran, in any order
         * @return {@code sha256:} and 64 lower-case hex digits, or empty when there is nothing to hash (no class
         *     directory exists and no test ran)
         */
        public Optional<String> withTests(List<String> testIds) {
            MessageDigest d = copy(digest);
            boolean anything = any;
            d.update("tests\n".getBytes(StandardCharsets.UTF_8));
            for (String id : new TreeSet<>(testIds)) {
                d.update(id.getBytes(StandardCharsets.UTF_8));
                d.update((byte) '\n');
                anything = true;
            }
            return anything ? Optional.of("sha256:" + HexFormat.of().formatHex(d.digest())) : Optional.empty();
        }

        private static MessageDigest copy(MessageDigest digest) {
            try {
                return (MessageDigest) digest.clone();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException("the runtime's SHA-256 can be cloned", e);
            }
        }
    }

    /** The regular files under {@code dir}, relative, with {@code /} separators, sorted; links are not followed. */
    private static List<String> files(Path dir) throws IOException {
        List<String> files = new ArrayList<>();
        // walkFileTree hands over the attributes it read anyway (Files.walk would need a second stat per file); links
        // are not followed, so a link's attributes are its own and a link is not a regular file
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile()) {
                    files.add(dir.relativize(file).toString().replace('\\', '/'));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                throw e;
            }
        });
        files.sort(null);
        return files;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256".toUpperCase(Locale.ROOT));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
