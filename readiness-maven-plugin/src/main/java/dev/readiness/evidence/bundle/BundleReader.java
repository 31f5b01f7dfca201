package dev.readiness.evidence.bundle;

import dev.readiness.evidence.EvidenceException;
import dev.readiness.evidence.InputFiles;
import dev.readiness.evidence.coverage.ExecData;
import dev.readiness.evidence.tests.FailsafeSummary;
import dev.readiness.evidence.tests.MalformedReport;
import dev.readiness.evidence.tests.TestCaseResult;
import dev.readiness.evidence.tests.TestEvidence;
import dev.readiness.evidence.tests.TestOutcome;
import dev.readiness.evidence.tests.TestReportReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jacoco.core.internal.data.CRC64;
import org.objectweb.asm.ClassReader;

/**
 * The fan-in of evidence bundles: finds the bundles, verifies every manifest and file (SHA-256, size, no link, no path
 * outside the bundle, no unlisted file), refuses bundles of another commit or module, finds missing shards and
 * execution data recorded on other class bytes, and merges the test cases of the shards so that nothing is counted
 * twice. Stateless.
 */
public final class BundleReader {
    private static final long MAX_MANIFEST_BYTES = 64L * 1024 * 1024;
    private static final String RECOLLECT =
            " Collect the bundle again with readiness:collect and download it unchanged.";

    /**
     * Reads and verifies the bundles.
     *
     * @throws EvidenceException naming the bundle and the file: a tampered, truncated or unlisted file, a manifest
     *     that cannot be read, bundles of another commit or module or disagreeing among themselves, two bundles
     *     claiming one shard
     */
    public BundleSet read(BundleRequest request) throws EvidenceException {
        List<String> notes = new ArrayList<>();
        List<BundleSet.Bundle> found = new ArrayList<>();
        for (Path dir : find(request)) {
            found.add(verify(dir, request.baseDir()));
        }
        found.sort(Comparator.comparingInt(
                        (BundleSet.Bundle b) -> b.manifest().shard().index())
                .thenComparing(
                        b -> Objects.requireNonNullElse(b.manifest().shard().label(), ""))
                .thenComparing(BundleSet.Bundle::manifestSha256));
        List<BundleSet.Bundle> bundles = new ArrayList<>();
        for (BundleSet.Bundle b : found) {
            BundleSet.Bundle same = bundles.stream()
                    .filter(o -> o.manifestSha256().equals(b.manifestSha256()))
                    .findFirst()
                    .orElse(null);
            if (same != null) {
                // not naming the directories: the same bundles give the same verdict whatever their names
                notes.add("The bundle of shard " + b.manifest().shard().display()
                        + " was given twice (the same manifest): counted once.");
                continue;
            }
            BundleSet.Bundle sameShard = bundles.stream()
                    .filter(o ->
                            o.manifest().shard().index() == b.manifest().shard().index())
                    .findFirst()
                    .orElse(null);
            if (sameShard != null) {
                throw new EvidenceException(
                        b.dir(),
                        "Two different evidence bundles claim shard "
                                + b.manifest().shard().display() + ": "
                                + shown(sameShard.dir(), request.baseDir()) + " and "
                                + shown(b.dir(), request.baseDir())
                                + ". Give each CI job its own readiness.shard (INDEX/TOTAL), and download the bundles"
                                + " of one pipeline run only.");
            }
            bundles.add(b);
        }
        int total = checkTotals(request, bundles);
        checkModule(request, bundles);
        checkCommits(request, bundles, notes);
        Set<Integer> present = new TreeSet<>();
        bundles.forEach(b -> present.add(b.manifest().shard().index()));
        List<Integer> missing = new ArrayList<>();
        for (int i = 1; i <= total; i++) {
            if (!present.contains(i)) {
                missing.add(i);
            }
        }
        List<Path> exec = new ArrayList<>();
        List<Path> mutation = new ArrayList<>();
        for (BundleSet.Bundle b : bundles) {
            exec.addAll(files(b, "jacoco"));
            mutation.addAll(files(b, "pit"));
            if (!files(b, "jmh").isEmpty()) {
                notes.add("The bundle of shard " + b.manifest().shard().display() + " carries JMH results; the fan-in"
                        + " does not judge benchmarks (run them in the aggregating build).");
            }
        }
        List<BundleSet.Mismatch> mismatches = mismatches(request, bundles);
        List<String> flaky = new ArrayList<>();
        TestEvidence surefire = mergeTests(bundles, "surefire", notes, flaky);
        TestEvidence failsafe = mergeTests(bundles, "failsafe", notes, flaky);
        return new BundleSet(
                request.locations(),
                bundles,
                total,
                missing,
                request.incomplete(),
                surefire,
                failsafe,
                exec,
                mutation,
                mismatches,
                flaky.stream().sorted().distinct().toList(),
                notes);
    }

    /** The bundle directories under the locations, sorted, each once. */
    private static List<Path> find(BundleRequest request) throws EvidenceException {
        TreeSet<Path> dirs = new TreeSet<>();
        for (Path location : InputFiles.resolve(request.baseDir(), request.locations())) {
            Path p = location.toAbsolutePath().normalize();
            if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                    && p.getFileName().toString().equals(BundleManifest.FILE_NAME)) {
                dirs.add(p.getParent());
            } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    for (Path f : InputFiles.walk(p, 4)) {
                        if (f.getFileName().toString().equals(BundleManifest.FILE_NAME)
                                && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                            dirs.add(f.getParent().toAbsolutePath().normalize());
                        }
                    }
                } catch (IOException e) {
                    throw new EvidenceException(
                            p, "Cannot list the bundle directory " + p + ": " + e + ". Check its permissions.", e);
                }
            }
        }
        // a manifest inside another bundle is one of its (unlisted) files, reported by verify
        List<Path> out = new ArrayList<>();
        for (Path d : dirs) {
            if (out.stream().noneMatch(d::startsWith)) {
                out.add(d);
            }
        }
        return out;
    }

    /** Reads the manifest and checks every file of the bundle against it. */
    static BundleSet.Bundle verify(Path dir, Path baseDir) throws EvidenceException {
        String name = shown(dir, baseDir);
        Path manifestFile = dir.resolve(BundleManifest.FILE_NAME);
        byte[] bytes;
        try {
            if (Files.isSymbolicLink(manifestFile) || Files.size(manifestFile) > MAX_MANIFEST_BYTES) {
                throw new EvidenceException(
                        manifestFile,
                        "Evidence bundle " + name + ": " + BundleManifest.FILE_NAME
                                + " is a symbolic link or larger than 64 MiB." + RECOLLECT);
            }
            bytes = Files.readAllBytes(manifestFile);
        } catch (IOException e) {
            throw new EvidenceException(
                    manifestFile,
                    "Evidence bundle " + name + ": cannot read " + BundleManifest.FILE_NAME + ": " + e,
                    e);
        }
        BundleManifest manifest;
        try {
            manifest = BundleManifest.parse(bytes);
        } catch (IllegalArgumentException e) {
            throw new EvidenceException(
                    manifestFile,
                    "Evidence bundle " + name + ": " + BundleManifest.FILE_NAME
                            + " is not a readiness bundle manifest (" + e.getMessage() + ")." + RECOLLECT,
                    e);
        }
        Map<String, BundleManifest.FileEntry> listed = new HashMap<>();
        manifest.files().forEach(f -> listed.put(f.path(), f));
        try {
            Path realDir = dir.toRealPath();
            for (Path p : InputFiles.walk(dir, 16)) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (Files.isSymbolicLink(p)) {
                    throw new EvidenceException(
                            p,
                            "Evidence bundle " + name + ": " + rel + " is a symbolic link; bundles hold plain files"
                                    + " only." + RECOLLECT);
                }
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                        && !rel.equals(BundleManifest.FILE_NAME)
                        && !listed.containsKey(rel)) {
                    throw new EvidenceException(
                            p,
                            "Evidence bundle " + name + ": " + rel + " is not listed in its " + BundleManifest.FILE_NAME
                                    + ", so it is not evidence the shard collected." + RECOLLECT);
                }
            }
            for (BundleManifest.FileEntry f : manifest.files()) {
                Path p = dir.resolve(f.path()).normalize();
                if (!p.startsWith(dir)
                        || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                        || !p.toRealPath().startsWith(realDir)) {
                    throw new EvidenceException(
                            p,
                            "Evidence bundle " + name + " (shard "
                                    + manifest.shard().display() + "): " + f.path()
                                    + " is listed in its manifest but missing." + RECOLLECT);
                }
                long size = Files.size(p);
                String sha = BundleCollector.sha256(p);
                if (size != f.size() || !sha.equals(f.sha256())) {
                    throw new EvidenceException(
                            p,
                            "Evidence bundle " + name + " (shard "
                                    + manifest.shard().display() + "): " + f.path()
                                    + " does not match its manifest (" + size + " bytes, SHA-256 " + sha
                                    + "; the manifest"
                                    + " says " + f.size() + " bytes, " + f.sha256()
                                    + "): truncated or changed after collect." + RECOLLECT);
                }
            }
        } catch (IOException e) {
            throw new EvidenceException(dir, "Evidence bundle " + name + ": cannot read its files: " + e, e);
        }
        return new BundleSet.Bundle(dir, manifest, BundleCollector.sha256(bytes));
    }

    private static int checkTotals(BundleRequest request, List<BundleSet.Bundle> bundles) throws EvidenceException {
        Map<Integer, List<String>> totals = new TreeMap<>();
        for (BundleSet.Bundle b : bundles) {
            totals.computeIfAbsent(b.manifest().shard().total(), k -> new ArrayList<>())
                    .add(b.manifest().shard().display());
        }
        if (totals.size() > 1) {
            throw new EvidenceException(
                    bundles.get(0).dir(),
                    "The evidence bundles disagree on the number of shards: " + totals + ". Give every CI job the same"
                            + " TOTAL in readiness.shard=INDEX/TOTAL, and download the bundles of one pipeline run"
                            + " only.");
        }
        Integer expected = request.expectedShards();
        if (expected != null && !totals.isEmpty() && !totals.containsKey(expected)) {
            throw new EvidenceException(
                    bundles.get(0).dir(),
                    "readiness.expectedShards is " + expected + " but the evidence bundles were collected as shards of "
                            + totals.keySet().iterator().next() + " ("
                            + totals.values().iterator().next()
                            + "). Make readiness.expectedShards the TOTAL of readiness.shard, or leave it unset.");
        }
        return expected != null
                ? expected
                : totals.isEmpty() ? 0 : totals.keySet().iterator().next();
    }

    private static void checkModule(BundleRequest request, List<BundleSet.Bundle> bundles) throws EvidenceException {
        if (request.module() == null) {
            return;
        }
        for (BundleSet.Bundle b : bundles) {
            if (!b.manifest().module().key().equals(request.module())) {
                throw new EvidenceException(
                        b.dir(),
                        "Evidence bundle " + shown(b.dir(), request.baseDir()) + " (shard "
                                + b.manifest().shard().display() + ") is of module "
                                + b.manifest().module().key()
                                + ", not of " + request.module() + " that this verdict is about. Point"
                                + " readiness.bundles at the bundles of this module only.");
            }
        }
    }

    private static void checkCommits(BundleRequest request, List<BundleSet.Bundle> bundles, List<String> notes)
            throws EvidenceException {
        Map<String, List<String>> byCommit = new TreeMap<>();
        for (BundleSet.Bundle b : bundles) {
            byCommit.computeIfAbsent(
                            Objects.requireNonNullElse(b.manifest().commit(), "(no git checkout)"),
                            k -> new ArrayList<>())
                    .add(b.manifest().shard().display());
        }
        if (byCommit.size() > 1) {
            throw new EvidenceException(
                    bundles.get(0).dir(),
                    "The evidence bundles are of different commits: " + byCommit + ". Every shard must build the same"
                            + " commit; download the bundles of one pipeline run only.");
        }
        String ours = request.git().commit();
        String theirs = bundles.isEmpty() ? null : bundles.get(0).manifest().commit();
        if (ours != null && theirs != null && !ours.equals(theirs)) {
            throw new EvidenceException(
                    bundles.get(0).dir(),
                    "The evidence bundles are of commit " + theirs + " (shards " + byCommit.get(theirs)
                            + "), but this build is of commit " + ours + ": their evidence is not about this code."
                            + " Aggregate in a job of the same pipeline run (same commit) as the shards.");
        }
        if (!bundles.isEmpty() && (ours == null || theirs == null)) {
            notes.add("The commit of the evidence bundles could not be compared with this build's ("
                    + (ours == null ? "this build is not in a git checkout" : "the bundles were not collected in one")
                    + "); the class ids of the execution data are still checked against the classes analysed.");
        }
        for (BundleSet.Bundle b : bundles) {
            if (Boolean.TRUE.equals(b.manifest().dirty())) {
                notes.add("Shard " + b.manifest().shard().display() + " was built from a checkout with uncommitted"
                        + " changes: its commit does not pin its code (the class ids of its execution data are still"
                        + " checked).");
            }
        }
    }

    private static List<Path> files(BundleSet.Bundle b, String kind) {
        return b.manifest().files().stream()
                .filter(f -> f.kind().equals(kind))
                .filter(f -> !kind.equals("pit") || f.path().endsWith("/mutations.xml"))
                .map(f -> b.dir().resolve(f.path()))
                .toList();
    }

    /**
     * The classes whose execution data in a bundle was recorded on other class bytes than the class files the
     * aggregating build analyses. A bundle's manifest must name exactly the classes of its execution data.
     */
    private static List<BundleSet.Mismatch> mismatches(BundleRequest request, List<BundleSet.Bundle> bundles)
            throws EvidenceException {
        Map<String, Long> local = null;
        List<BundleSet.Mismatch> out = new ArrayList<>();
        for (BundleSet.Bundle b : bundles) {
            List<Path> exec = files(b, "jacoco");
            Set<BundleManifest.ClassEntry> inData = new LinkedHashSet<>();
            for (Path e : exec) {
                for (ExecData.ClassProbe c : ExecData.classes(e)) {
                    inData.add(new BundleManifest.ClassEntry(BundleManifest.ClassEntry.hex(c.id()), c.name()));
                }
            }
            if (!inData.equals(new LinkedHashSet<>(b.manifest().classes()))) {
                throw new EvidenceException(
                        b.dir().resolve(BundleManifest.FILE_NAME),
                        "Evidence bundle " + shown(b.dir(), request.baseDir()) + " (shard "
                                + b.manifest().shard().display() + "): the classes its " + BundleManifest.FILE_NAME
                                + " lists are not those of its execution data." + RECOLLECT);
            }
            if (inData.isEmpty()) {
                continue;
            }
            if (local == null) {
                local = localClassIds(request.classDirectories());
            }
            for (BundleManifest.ClassEntry c : b.manifest().classes()) {
                Long id = local.get(c.name());
                if (id != null && id != c.idValue()) {
                    out.add(new BundleSet.Mismatch(
                            c.name(), b.manifest().shard(), c.id(), BundleManifest.ClassEntry.hex(id)));
                }
            }
        }
        out.sort(Comparator.comparing(BundleSet.Mismatch::className)
                .thenComparingInt(m -> m.shard().index()));
        return out;
    }

    /** JaCoCo's class id (CRC64 of the bytes) of every class file in the directories, by VM name. */
    private static Map<String, Long> localClassIds(List<Path> classDirectories) throws EvidenceException {
        Map<String, Long> ids = new HashMap<>();
        for (Path dir : classDirectories) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try {
                for (Path f : InputFiles.walk(dir, 64)) {
                    if (!f.getFileName().toString().endsWith(".class")
                            || !Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                        continue;
                    }
                    if (Files.size(f) > InputFiles.MAX_CLASS_FILE_BYTES) {
                        continue;
                    }
                    byte[] bytes;
                    try (InputStream in = Files.newInputStream(f)) {
                        bytes = in.readAllBytes();
                    }
                    String name;
                    try {
                        name = new ClassReader(bytes).getClassName();
                    } catch (RuntimeException e) {
                        continue; // not a class file: JaCoCo's analysis reports it
                    }
                    ids.putIfAbsent(name, CRC64.classId(bytes));
                }
            } catch (IOException e) {
                throw new EvidenceException(dir, "Cannot read the class files in " + dir + ": " + e, e);
            }
        }
        return ids;
    }

    /**
     * The test cases of every bundle, each case once: a case that ran in several shards counts once, with the outcome
     * {@code FLAKY} when it passed in one and failed in another.
     */
    private static TestEvidence mergeTests(
            List<BundleSet.Bundle> bundles, String kind, List<String> notes, List<String> flaky)
            throws EvidenceException {
        TestReportReader reader = new TestReportReader();
        List<Path> reportFiles = new ArrayList<>();
        List<Path> duplicates = new ArrayList<>();
        List<MalformedReport> malformed = new ArrayList<>();
        List<FailsafeSummary> summaries = new ArrayList<>();
        Map<String, List<Shot>> byCase = new LinkedHashMap<>();
        for (BundleSet.Bundle b : bundles) {
            List<Path> files = files(b, kind);
            if (files.isEmpty()) {
                continue;
            }
            TestEvidence e =
                    reader.read(b.dir(), files.stream().map(Path::toString).toList());
            reportFiles.addAll(e.reportFiles());
            duplicates.addAll(e.duplicateReportFiles());
            malformed.addAll(e.malformedReports());
            summaries.addAll(e.failsafeSummaries());
            for (TestCaseResult c : e.cases()) {
                byCase.computeIfAbsent(c.className() + '\u0000' + c.name(), k -> new ArrayList<>())
                        .add(new Shot(b.manifest().shard(), c));
            }
        }
        List<TestCaseResult> cases = new ArrayList<>();
        int inSeveral = 0;
        for (List<Shot> shots : byCase.values()) {
            if (shots.stream().map(s -> s.shard().index()).distinct().count() == 1) {
                shots.forEach(s -> cases.add(s.result()));
                continue;
            }
            inSeveral++;
            TestCaseResult merged = merge(shots);
            if (merged.outcome() == TestOutcome.FLAKY
                    && shots.stream().noneMatch(s -> s.result().outcome() == TestOutcome.FLAKY)) {
                flaky.add(merged.displayName());
            }
            cases.add(merged);
        }
        if (inSeveral > 0) {
            notes.add(inSeveral + " " + kind + " test case(s) ran in more than one shard: each counted once"
                    + (flaky.isEmpty()
                            ? "."
                            : "; passed in one shard and failed in another (flaky across shards): "
                                    + String.join(
                                            ", ",
                                            flaky.stream().sorted().limit(10).toList())
                                    + (flaky.size() > 10 ? " …and " + (flaky.size() - 10) + " more" : "") + "."));
        }
        reportFiles.sort(Comparator.naturalOrder());
        return new TestEvidence(reportFiles, duplicates, cases, malformed, summaries);
    }

    private record Shot(Shard shard, TestCaseResult result) {}

    private static TestCaseResult merge(List<Shot> shots) {
        List<Shot> ran = shots.stream()
                .filter(s -> s.result().outcome() != TestOutcome.SKIPPED)
                .toList();
        if (ran.isEmpty()) {
            return shots.get(0).result();
        }
        Shot failed = ran.stream()
                .filter(s ->
                        s.result().outcome() == TestOutcome.FAILED || s.result().outcome() == TestOutcome.ERROR)
                .findFirst()
                .orElse(null);
        Shot passed = ran.stream()
                .filter(s ->
                        s.result().outcome() == TestOutcome.PASSED || s.result().outcome() == TestOutcome.FLAKY)
                .findFirst()
                .orElse(null);
        if (failed == null || passed == null) {
            // the same outcome everywhere it ran (a flaky rerun counts as a pass): the first shard's
            return (passed != null
                            ? ran.stream()
                                    .filter(s -> s.result().outcome() == TestOutcome.FLAKY)
                                    .findFirst()
                                    .orElse(passed)
                            : failed)
                    .result();
        }
        TestCaseResult f = failed.result();
        int reruns = ran.stream().mapToInt(s -> s.result().reruns()).sum() + ran.size() - 1;
        String message = "failed in shard " + failed.shard().display() + ", passed in shard "
                + passed.shard().display() + (f.message() == null ? "" : ": " + f.message());
        return new TestCaseResult(
                f.className(), f.name(), TestOutcome.FLAKY, reruns, f.timeMicros(), message, f.reportFile());
    }

    /** A bundle directory as messages name it: relative to the project when inside it. */
    static String shown(Path dir, Path baseDir) {
        Path base = baseDir.toAbsolutePath().normalize();
        Path d = dir.toAbsolutePath().normalize();
        return d.startsWith(base) ? base.relativize(d).toString().replace('\\', '/') : d.toString();
    }
}
