package dev.readiness.evidence.coverage;

import dev.readiness.evidence.change.ChangedLines;
import dev.readiness.evidence.coverage.ChangedCoverage.ChangedFile;
import dev.readiness.evidence.coverage.ChangedCoverage.ChangedScope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.ICounter;
import org.jacoco.core.analysis.ILine;
import org.jacoco.core.analysis.IMethodCoverage;
import org.jacoco.core.analysis.ISourceNode;

/**
 * Maps the changed lines of a change onto JaCoCo's line table. A changed file is matched to classes by its path under
 * a source root: {@code <root>/com/acme/Foo.java} is the source file {@code Foo.java} of package {@code com/acme}, the
 * key JaCoCo's classes carry ({@link IClassCoverage#getPackageName()} and {@link IClassCoverage#getSourceFileName()}).
 * The lines of every class of one source file are merged as JaCoCo merges them into its source file node (a line is
 * covered when one instruction of any class on it ran).
 */
final class ChangedLineMapper {
    private ChangedLineMapper() {}

    /** A tag's selection: a whole class ({@code method} null) or one method. */
    record Selected(IClassCoverage c, IMethodCoverage method) {
        ISourceNode node() {
            return method == null ? c : method;
        }
    }

    static ChangedCoverage map(
            ChangedLines changes,
            List<Path> sourceRoots,
            List<IClassCoverage> classes,
            Map<String, List<Selected>> tagSelections) {
        if (!changes.available()) {
            return ChangedCoverage.missing(changes.origin(), changes.missingReason());
        }
        Path repoRoot = changes.root().toAbsolutePath().normalize();
        List<String> roots = new ArrayList<>();
        for (Path root : sourceRoots) {
            Path abs = root.toAbsolutePath().normalize();
            if (abs.startsWith(repoRoot)) {
                roots.add(repoRoot.relativize(abs).toString().replace('\\', '/'));
            }
        }
        roots.sort((a, b) -> Integer.compare(b.length(), a.length())); // the deepest root first
        Map<String, String> keyOf = new TreeMap<>(); // changed path -> package/File.java
        List<String> outside = new ArrayList<>();
        for (String path : changes.files().keySet()) {
            String key = null;
            for (String root : roots) {
                if (root.isEmpty()) {
                    key = path;
                    break;
                }
                if (path.startsWith(root + "/")) {
                    key = path.substring(root.length() + 1);
                    break;
                }
            }
            if (key == null) {
                outside.add(path);
            } else {
                keyOf.put(path, key);
            }
        }
        java.util.Set<String> wanted = new java.util.HashSet<>(keyOf.values());
        Map<String, Lines> all = new HashMap<>();
        for (IClassCoverage c : classes) {
            String key = key(c);
            if (key != null && wanted.contains(key)) {
                all.computeIfAbsent(key, k -> new Lines()).add(c);
            }
        }
        List<String> withoutClasses = new ArrayList<>();
        keyOf.forEach((path, key) -> {
            if (!all.containsKey(key)) {
                withoutClasses.add(path);
            }
        });
        ChangedScope allScope = scope(changes, keyOf, all, true);
        Map<String, ChangedScope> tags = new TreeMap<>();
        tagSelections.forEach((tag, selected) -> {
            Map<String, Lines> tables = new HashMap<>();
            for (Selected s : selected) {
                String key = key(s.c());
                if (key != null && wanted.contains(key)) {
                    tables.computeIfAbsent(key, k -> new Lines()).add(s.node());
                }
            }
            tags.put(tag, scope(changes, keyOf, tables, false));
        });
        return new ChangedCoverage(
                changes.origin(), null, allScope, tags, changes.files().size(), outside, withoutClasses);
    }

    private static String key(IClassCoverage c) {
        String source = c.getSourceFileName();
        if (source == null) {
            return null;
        }
        String pkg = c.getPackageName();
        return pkg.isEmpty() ? source : pkg + "/" + source;
    }

    private static ChangedScope scope(
            ChangedLines changes, Map<String, String> keyOf, Map<String, Lines> tables, boolean wholeFile) {
        long covered = 0;
        long missed = 0;
        long coveredBranches = 0;
        long missedBranches = 0;
        List<ChangedFile> files = new ArrayList<>();
        for (Map.Entry<String, String> e : keyOf.entrySet()) {
            Lines table = tables.get(e.getValue());
            if (table == null) {
                continue;
            }
            SortedSet<Integer> changed = changes.files().get(e.getKey());
            List<Integer> c = new ArrayList<>();
            List<Integer> m = new ArrayList<>();
            List<Integer> none = new ArrayList<>();
            List<Integer> partly = new ArrayList<>();
            long cb = 0;
            long mb = 0;
            for (int line : changed) {
                Lines.Line info = table.lines.get(line);
                if (info == null || info.ci + info.mi == 0) {
                    if (wholeFile || table.within(line)) {
                        none.add(line);
                    }
                    continue;
                }
                (info.ci > 0 ? c : m).add(line);
                cb += info.cb;
                mb += info.mb;
                if (info.mb > 0) {
                    partly.add(line);
                }
            }
            if (c.isEmpty() && m.isEmpty() && none.isEmpty()) {
                continue;
            }
            covered += c.size();
            missed += m.size();
            coveredBranches += cb;
            missedBranches += mb;
            files.add(new ChangedFile(e.getKey(), c, m, none, partly, cb, mb));
        }
        return new ChangedScope(new Counter(covered, missed), new Counter(coveredBranches, missedBranches), files);
    }

    /** Instructions and branches per line of one source file, summed over the nodes added. */
    private static final class Lines {
        private final Map<Integer, Line> lines = new HashMap<>();
        private final TreeSet<Integer> starts = new TreeSet<>();
        private final Map<Integer, Integer> ends = new HashMap<>();

        void add(ISourceNode node) {
            int first = node.getFirstLine();
            if (first == ISourceNode.UNKNOWN_LINE) {
                return; // compiled without line numbers: JaCoCo has no lines either
            }
            int last = node.getLastLine();
            starts.add(first);
            ends.merge(first, last, Math::max);
            for (int n = first; n <= last; n++) {
                ILine l = node.getLine(n);
                ICounter i = l.getInstructionCounter();
                if (i.getTotalCount() == 0) {
                    continue;
                }
                Line sum = lines.computeIfAbsent(n, k -> new Line());
                sum.ci += i.getCoveredCount();
                sum.mi += i.getMissedCount();
                sum.cb += l.getBranchCounter().getCoveredCount();
                sum.mb += l.getBranchCounter().getMissedCount();
            }
        }

        /** Whether {@code line} lies between the first and last line of a node added (a method or class). */
        boolean within(int line) {
            for (Integer first : starts.headSet(line, true)) {
                if (ends.get(first) >= line) {
                    return true;
                }
            }
            return false;
        }

        private static final class Line {
            long ci;
            long mi;
            long cb;
            long mb;
        }
    }
}
