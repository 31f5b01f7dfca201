package dev.readiness.evidence.coverage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The coverage of the lines a change added or modified (a coverage gate's {@code <lines>changed</lines>}), read
 * through JaCoCo's own line table: a changed line counts when JaCoCo has instructions on it (covered when one of them
 * ran, as JaCoCo's LINE counter); a changed line without instructions (blank, comment, signature, annotation, the
 * continuation of a statement JaCoCo places on its first line) is listed in {@link ChangedFile#noCode()}, never
 * counted.
 *
 * @param origin where the change comes from (the diff file, or the merge-base and base ref)
 * @param missingReason why the change could not be read and how to fix it; {@code null} when available
 * @param all the changed lines of every analysed class
 * @param tags the changed lines of each configured tag's classes and methods, by tag name
 * @param changedFiles files with added or modified lines in the change, all of them
 * @param outsideSourceRoots changed files under no source root of the build (tests, POMs, resources, other modules
 *     not in the build), sorted
 * @param withoutClasses changed files under a source root for which JaCoCo analysed no class (e.g. an interface
 *     without code, or a file whose classes were not compiled), sorted
 */
public record ChangedCoverage(
        String origin,
        String missingReason,
        ChangedScope all,
        Map<String, ChangedScope> tags,
        int changedFiles,
        List<String> outsideSourceRoots,
        List<String> withoutClasses) {

    public ChangedCoverage {
        Objects.requireNonNull(origin, "origin");
        tags = Collections.unmodifiableMap(new TreeMap<>(tags));
        outsideSourceRoots = List.copyOf(outsideSourceRoots);
        withoutClasses = List.copyOf(withoutClasses);
    }

    /** The change could not be read; {@code reason} says why and how to fix it. */
    public static ChangedCoverage missing(String origin, String reason) {
        return new ChangedCoverage(
                origin, Objects.requireNonNull(reason), ChangedScope.EMPTY, Map.of(), 0, List.of(), List.of());
    }

    public boolean available() {
        return missingReason == null;
    }

    /** The scope of a gate: every analysed class ({@code tag} null) or a tag's classes; empty when nothing changed. */
    public ChangedScope scope(String tag) {
        return tag == null ? all : tags.getOrDefault(tag, ChangedScope.EMPTY);
    }

    /**
     * The changed lines of one scope.
     *
     * @param lines changed lines with instructions: covered (an instruction ran) and missed
     * @param branches the branches of the changed lines, as JaCoCo counts them per line
     * @param files every source file with changed lines in the scope, the most missed lines first, then by path
     */
    public record ChangedScope(Counter lines, Counter branches, List<ChangedFile> files) {
        public static final ChangedScope EMPTY = new ChangedScope(Counter.ZERO, Counter.ZERO, List.of());

        public ChangedScope {
            Objects.requireNonNull(lines);
            Objects.requireNonNull(branches);
            List<ChangedFile> sorted = new ArrayList<>(files);
            sorted.sort(Comparator.comparingInt((ChangedFile f) -> f.missed().size())
                    .reversed()
                    .thenComparing(f -> f.missedBranches() == 0 ? 0 : 1, Comparator.reverseOrder())
                    .thenComparing(ChangedFile::path));
            files = List.copyOf(sorted);
        }

        /** The changed lines without instructions, over all files. */
        public long noCodeLines() {
            return files.stream().mapToLong(f -> f.noCode().size()).sum();
        }
    }

    /**
     * One changed source file of a scope.
     *
     * @param path the file's path relative to the repository root, e.g. {@code src/main/java/com/acme/Foo.java}
     * @param covered changed lines with an executed instruction, ascending
     * @param missed changed lines with instructions, none executed, ascending
     * @param noCode changed lines without instructions, ascending (not counted)
     * @param partlyCovered changed lines with a missed branch, ascending
     * @param coveredBranches covered branches on the changed lines
     * @param missedBranches missed branches on the changed lines
     */
    public record ChangedFile(
            String path,
            List<Integer> covered,
            List<Integer> missed,
            List<Integer> noCode,
            List<Integer> partlyCovered,
            long coveredBranches,
            long missedBranches) {

        public ChangedFile {
            Objects.requireNonNull(path);
            covered = List.copyOf(covered);
            missed = List.copyOf(missed);
            noCode = List.copyOf(noCode);
            partlyCovered = List.copyOf(partlyCovered);
        }

        /** The file name without its directories, e.g. {@code Foo.java}. */
        public String fileName() {
            return path.substring(path.lastIndexOf('/') + 1);
        }

        /** {@code 12-14, 20}: the missed lines as ranges of consecutive numbers. */
        public String missedRanges() {
            return ranges(missed);
        }
    }

    /** Consecutive line numbers joined into ranges: {@code [12, 13, 14, 20]} → {@code 12-14, 20}. */
    public static String ranges(List<Integer> lines) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < lines.size()) {
            int start = lines.get(i);
            int end = start;
            while (i + 1 < lines.size() && lines.get(i + 1) == end + 1) {
                end = lines.get(++i);
            }
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(start);
            if (end != start) {
                out.append('-').append(end);
            }
            i++;
        }
        return out.toString();
    }
}
