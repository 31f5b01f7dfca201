package dev.readiness.history;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

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
        MessageDigest digest = sha256();
        boolean any = false;
        TreeMap<String, Path> directories = new TreeMap<>();
        for (Path dir : classDirectories) {
            if (Files.isDirectory(dir)) {
                directories.put(dir.toAbsolutePath().normalize().toString(), dir);
            }
        }
        byte[] buffer = new byte[64 * 1024];
        for (Path dir : directories.values()) {
            digest.update("dir\n".getBytes(StandardCharsets.UTF_8));
            for (String file : files(dir)) {
                digest.update(file.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                try (InputStream in = Files.newInputStream(dir.resolve(file))) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        digest.update(buffer, 0, n);
                    }
                }
                any = true;
            }
        }
        digest.update("tests\n".getBytes(StandardCharsets.UTF_8));
        for (String id : new TreeSet<>(testIds)) {
            digest.update(id.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            any = true;
        }
        return any ? Optional.of("sha256:" + HexFormat.of().formatHex(digest.digest())) : Optional.empty();
    }

    /** The regular files under {@code dir}, relative, with {@code /} separators, sorted; links are not followed. */
    private static List<String> files(Path dir) throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .forEach(p -> files.add(dir.relativize(p).toString().replace('\\', '/')));
        }
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
