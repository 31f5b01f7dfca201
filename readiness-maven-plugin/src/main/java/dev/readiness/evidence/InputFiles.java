package dev.readiness.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Resolves user-supplied locations (plain paths or glob patterns such as {@code target/jacoco*.exec} or
 * {@code shards/**&#47;surefire-reports}) against a base directory.
 *
 * <p>Results are absolute, normalised, de-duplicated and sorted, so the same inputs always give the same order.
 */
public final class InputFiles {
    private InputFiles() {}

    /** True when the location contains glob meta characters. */
    public static boolean isGlob(String location) {
        return location.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    /**
     * Resolves each location: a plain path is returned when it exists; a glob is expanded to the existing files and
     * directories it matches.
     *
     * @param baseDir directory that relative locations and globs are resolved against
     * @param locations paths or globs; blank entries are ignored
     * @return existing paths, absolute, normalised and sorted
     * @throws EvidenceException when a directory a glob has to walk cannot be listed
     */
    public static List<Path> resolve(Path baseDir, List<String> locations) throws EvidenceException {
        Set<Path> found = new LinkedHashSet<>();
        for (String raw : locations) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            String location = raw.strip();
            if (!isGlob(location)) {
                Path path = baseDir.resolve(location).toAbsolutePath().normalize();
                if (Files.exists(path)) {
                    found.add(path);
                }
                continue;
            }
            found.addAll(expand(baseDir, location));
        }
        List<Path> sorted = new ArrayList<>(found);
        sorted.sort(null);
        return List.copyOf(sorted);
    }

    private static List<Path> expand(Path baseDir, String glob) throws EvidenceException {
        String normalized = glob.replace('\\', '/');
        // The fixed directory prefix before the first segment with a meta character is where the walk starts.
        String[] segments = normalized.split("/");
        StringBuilder prefix = new StringBuilder();
        int firstGlobSegment = 0;
        for (; firstGlobSegment < segments.length; firstGlobSegment++) {
            if (isGlob(segments[firstGlobSegment])) {
                break;
            }
            prefix.append(segments[firstGlobSegment]).append('/');
        }
        Path root = prefix.length() == 0
                ? baseDir
                : baseDir.resolve(prefix.toString()).normalize();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        Path absoluteRoot = root.toAbsolutePath().normalize();
        String rest = String.join("/", List.of(segments).subList(firstGlobSegment, segments.length));
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + rest);
        int depth = rest.contains("**") ? Integer.MAX_VALUE : segments.length - firstGlobSegment;
        try {
            return walk(absoluteRoot, depth).stream()
                    .filter(p -> !p.equals(absoluteRoot))
                    .filter(p -> matcher.matches(absoluteRoot.relativize(p)))
                    .map(p -> p.toAbsolutePath().normalize())
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new EvidenceException(
                    absoluteRoot,
                    "Cannot list " + absoluteRoot + " to expand '" + glob + "': " + e.getMessage()
                            + ". Check the directory's permissions or name the files explicitly.",
                    e);
        }
    }

    /** Largest class file read: a class file is at most a few megabytes; a bigger one is not read into memory. */
    public static final long MAX_CLASS_FILE_BYTES = 64L * 1024 * 1024;

    /**
     * Every entry under {@code root} (the root included, symbolic links not followed), in walk order, like
     * {@link Files#walk(Path, int, java.nio.file.FileVisitOption...)} but tolerating entries that disappear while the
     * tree is walked — a parallel build's temporary files: an entry deleted between listing and reading its
     * attributes is left out instead of failing the build.
     *
     * @throws IOException when a directory cannot be listed for another reason (permissions)
     */
    public static List<Path> walk(Path root, int maxDepth) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), maxDepth, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                found.add(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                found.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (vanished(e)) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null && !vanished(e)) {
                    throw e;
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return found;
    }

    private static boolean vanished(IOException e) {
        return e instanceof NoSuchFileException;
    }

    /** {@link #walk(Path, int)} without a depth limit. */
    public static List<Path> walk(Path root) throws IOException {
        return walk(root, Integer.MAX_VALUE);
    }

    /**
     * The bytes of a class file, refusing one that is not a regular file or is larger than
     * {@link #MAX_CLASS_FILE_BYTES} before reading it, with a message naming the file.
     *
     * @param what how the message calls the file, e.g. {@code class file}
     */
    public static byte[] readClassFile(Path file, String what) throws EvidenceException {
        checkClassFile(file, what);
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw unreadableClassFile(file, what, e);
        }
    }

    /**
     * Reads a class file into {@code buffer} (a larger one is allocated when it does not fit), with the checks and
     * messages of {@link #readClassFile(Path, String)}.
     *
     * @return the buffer holding the bytes from index 0 (the given one, or a larger one)
     * @param length receives the number of bytes read, in its element 0
     */
    public static byte[] readClassFile(Path file, String what, byte[] buffer, int[] length) throws EvidenceException {
        long size = checkClassFile(file, what);
        byte[] into = buffer.length >= size ? buffer : new byte[(int) Math.max(size, 2L * buffer.length)];
        try (InputStream in = Files.newInputStream(file)) {
            int n = 0;
            while (true) {
                if (n == into.length) {
                    int next = in.read(); // full: at its end, or it grew since its size was read
                    if (next < 0) {
                        break;
                    }
                    if (into.length >= MAX_CLASS_FILE_BYTES) {
                        throw unreadableClassFile(
                                file, what, new IOException("it grew beyond " + MAX_CLASS_FILE_BYTES + " bytes"));
                    }
                    into = java.util.Arrays.copyOf(
                            into, (int) Math.min(MAX_CLASS_FILE_BYTES, Math.max(8192L, 2L * into.length)));
                    into[n++] = (byte) next;
                }
                int read = in.read(into, n, into.length - n);
                if (read < 0) {
                    break;
                }
                n += read;
            }
            length[0] = n;
            return into;
        } catch (IOException e) {
            throw unreadableClassFile(file, what, e);
        }
    }

    /** The size of a class file that may be read: a regular file of at most {@link #MAX_CLASS_FILE_BYTES}. */
    private static long checkClassFile(Path file, String what) throws EvidenceException {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw unreadableClassFile(file, what, e);
        }
        if (!attrs.isRegularFile()) {
            throw new EvidenceException(
                    file, "The " + what + " " + file + " is not a regular file (a FIFO or device?): not read.");
        }
        if (attrs.size() > MAX_CLASS_FILE_BYTES) {
            throw new EvidenceException(
                    file,
                    String.format(
                            Locale.ROOT,
                            "The %s %s is %d bytes, more than the %d MiB a class file can be: not read. Remove"
                                    + " it from the class directories, or point the readiness.*ClassesDirectories"
                                    + " at the directories the compiler wrote.",
                            what,
                            file,
                            attrs.size(),
                            MAX_CLASS_FILE_BYTES / (1024 * 1024)));
        }
        return attrs.size();
    }

    private static EvidenceException unreadableClassFile(Path file, String what, IOException e) {
        return new EvidenceException(
                file, "Cannot read the " + what + " " + file + ": " + e + ". Run mvn clean verify to rebuild it.", e);
    }

    /** Splits a comma-separated list as written in a user property, dropping blanks. */
    public static List<String> splitList(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : value.split(",")) {
            String trimmed = part.strip();
            if (!trimmed.isEmpty()) {
                out.add(trimmed);
            }
        }
        return List.copyOf(out);
    }

    /** Lower-case file name, for suffix checks that must not depend on the default locale. */
    public static String lowerName(Path path) {
        Path name = path.getFileName();
        return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    }
}
