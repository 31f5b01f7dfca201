package dev.readiness.evidence.change;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The lines a change added or modified, by file: repository-relative path ({@code /}-separated) of the new side →
 * its line numbers (1-based, ascending). Deleted files and files whose change only deletes lines have no entry;
 * binary files are named in {@link #binaryFiles()} and have none either.
 *
 * @param origin where the change comes from, e.g. {@code diff file target/pr.diff} or {@code working tree vs
 *     merge-base 1a2b3c4 of origin/main and HEAD}
 * @param root the directory the paths are relative to (the repository's work tree)
 * @param files path → added or modified line numbers, sorted by path
 * @param binaryFiles changed binary files (no lines), sorted
 * @param missingReason why the change could not be read and how to fix it; {@code null} when available
 */
public record ChangedLines(
        String origin,
        java.nio.file.Path root,
        Map<String, SortedSet<Integer>> files,
        List<String> binaryFiles,
        String missingReason) {

    public ChangedLines {
        Objects.requireNonNull(origin, "origin");
        TreeMap<String, SortedSet<Integer>> copy = new TreeMap<>();
        files.forEach((path, lines) -> copy.put(path, Collections.unmodifiableSortedSet(new TreeSet<>(lines))));
        files = Collections.unmodifiableMap(copy);
        binaryFiles = List.copyOf(new TreeSet<>(binaryFiles));
    }

    /** No change could be read from {@code origin}; {@code reason} says why and how to fix it. */
    public static ChangedLines missing(String origin, java.nio.file.Path root, String reason) {
        return new ChangedLines(origin, root, Map.of(), List.of(), Objects.requireNonNull(reason, "reason"));
    }

    /** True when the change was read; false when {@link #missingReason()} explains why not. */
    public boolean available() {
        return missingReason == null;
    }

    /** The number of added or modified lines over all files. */
    public long lineCount() {
        return files.values().stream().mapToLong(SortedSet::size).sum();
    }
}
