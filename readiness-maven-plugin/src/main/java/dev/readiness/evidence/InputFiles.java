package dev.readiness.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

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
        try (Stream<Path> walk = Files.walk(absoluteRoot, depth)) {
            return walk.filter(p -> !p.equals(absoluteRoot))
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
