package dev.readiness.evidence.bundle;

import dev.readiness.evidence.EvidenceException;
import dev.readiness.evidence.EvidenceWindow;
import dev.readiness.evidence.InputFiles;
import dev.readiness.evidence.StaleEvidence;
import dev.readiness.evidence.coverage.ExecData;
import dev.readiness.evidence.tests.TestCounts;
import dev.readiness.evidence.tests.TestReportReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes one shard's evidence bundle ({@code readiness:collect}): this build's test reports, JaCoCo sessions, PIT and
 * JMH results copied under fixed relative paths, and a {@code manifest.json} describing them. Writes nothing outside
 * the bundle directory and follows no symbolic link. Stateless.
 */
public final class BundleCollector {

    /**
     * The written bundle.
     *
     * @param manifestFile the manifest written
     * @param manifest its content
     * @param notes what was left out and why (earlier builds' evidence, symbolic links), for the log
     */
    public record Collected(Path manifestFile, BundleManifest manifest, List<String> notes) {
        public Collected {
            notes = List.copyOf(notes);
        }
    }

    /**
     * Writes the bundle.
     *
     * @throws EvidenceException when evidence cannot be read or the bundle directory cannot be written (the message
     *     names the file and the fix)
     */
    public Collected collect(CollectRequest request) throws EvidenceException {
        Path bundle = request.bundleDir().toAbsolutePath().normalize();
        prepare(bundle);
        List<String> notes = new ArrayList<>();
        Instant start = request.buildStart();
        try {
            List<Path> surefire = copyReports(request, request.surefireReports(), bundle, "surefire", notes);
            List<Path> failsafe = copyReports(request, request.failsafeReports(), bundle, "failsafe", notes);
            List<BundleManifest.ClassEntry> classes = new ArrayList<>();
            List<Path> execFiles = new ArrayList<>();
            for (Path p : InputFiles.resolve(request.baseDir(), request.execFiles())) {
                if (regular(p, notes)) {
                    execFiles.add(p);
                }
            }
            if (!execFiles.isEmpty()) {
                EvidenceWindow window = start == null
                        ? EvidenceWindow.newestRun(StaleEvidence.EXCLUDE)
                        : EvidenceWindow.sameBuild(start, StaleEvidence.EXCLUDE);
                Path target = bundle.resolve("jacoco").resolve("jacoco.exec");
                Files.createDirectories(target.getParent());
                ExecData.Written written;
                try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
                    written = ExecData.writeCounted(execFiles, window, out);
                }
                if (!written.leftOut().isEmpty()) {
                    notes.add(written.leftOut().size() + " JaCoCo session(s) of an earlier build left out");
                }
                if (written.sessions().isEmpty()) {
                    Files.delete(target);
                    notes.add("no JaCoCo session of this build in " + execFiles);
                } else {
                    written.classes()
                            .forEach(c -> classes.add(
                                    new BundleManifest.ClassEntry(BundleManifest.ClassEntry.hex(c.id()), c.name())));
                }
            }
            copyMutationReports(request, bundle, notes);
            copyJmh(request, bundle, notes);
            Map<String, TestCounts> tests = new TreeMap<>();
            TestReportReader reader = new TestReportReader();
            if (!surefire.isEmpty()) {
                tests.put("surefire", reader.read(bundle, strings(surefire)).counts());
            }
            if (!failsafe.isEmpty()) {
                tests.put("failsafe", reader.read(bundle, strings(failsafe)).counts());
            }
            List<BundleManifest.FileEntry> files = new ArrayList<>();
            for (Path f : listFiles(bundle)) {
                String rel = bundle.relativize(f).toString().replace('\\', '/');
                files.add(new BundleManifest.FileEntry(
                        rel, rel.substring(0, rel.indexOf('/')), Files.size(f), sha256(f)));
            }
            BundleManifest manifest = new BundleManifest(
                    request.git().commit(),
                    request.git().dirty(),
                    request.module(),
                    request.shard(),
                    request.tools(),
                    request.selectors(),
                    tests,
                    files,
                    classes);
            Path manifestFile = bundle.resolve(BundleManifest.FILE_NAME);
            Path tmp = bundle.resolve(BundleManifest.FILE_NAME + ".tmp");
            Files.write(tmp, manifest.toJson(), StandardOpenOption.CREATE_NEW);
            Files.move(tmp, manifestFile, StandardCopyOption.ATOMIC_MOVE);
            return new Collected(manifestFile, manifest, notes);
        } catch (IOException e) {
            throw new EvidenceException(
                    bundle,
                    "Cannot write the evidence bundle " + bundle + ": " + e
                            + ". Point readiness.bundleDirectory at a writable directory inside the build directory.",
                    e);
        }
    }

    /** Creates the directory, or empties a previous bundle in it; refuses a link or a directory that is no bundle. */
    private static void prepare(Path bundle) throws EvidenceException {
        try {
            if (Files.isSymbolicLink(bundle)) {
                throw new EvidenceException(
                        bundle,
                        "The bundle directory " + bundle + " is a symbolic link; readiness:collect follows no link."
                                + " Point readiness.bundleDirectory at a real directory.");
            }
            if (Files.exists(bundle, LinkOption.NOFOLLOW_LINKS)) {
                if (!Files.isDirectory(bundle, LinkOption.NOFOLLOW_LINKS)) {
                    throw new EvidenceException(
                            bundle,
                            "The bundle directory " + bundle + " is a file. Delete it or point"
                                    + " readiness.bundleDirectory elsewhere.");
                }
                boolean empty;
                try (var entries = Files.list(bundle)) {
                    empty = entries.findAny().isEmpty();
                }
                if (!empty
                        && !Files.isRegularFile(bundle.resolve(BundleManifest.FILE_NAME), LinkOption.NOFOLLOW_LINKS)) {
                    throw new EvidenceException(
                            bundle,
                            "The bundle directory " + bundle + " holds files but no " + BundleManifest.FILE_NAME
                                    + ", so it is not an earlier bundle and readiness:collect will not empty it."
                                    + " Point readiness.bundleDirectory at a new or empty directory.");
                }
                deleteContents(bundle);
            }
            Files.createDirectories(bundle);
        } catch (IOException e) {
            throw new EvidenceException(
                    bundle, "Cannot prepare the bundle directory " + bundle + ": " + e + ". Check its permissions.", e);
        }
    }

    private static void deleteContents(Path dir) throws IOException {
        Files.walkFileTree(
                dir,
                new SimpleFileVisitor<>() { // links are not followed: a link is deleted, not its target
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                        Files.delete(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                        if (e != null) {
                            throw e;
                        }
                        if (!d.equals(dir)) {
                            Files.delete(d);
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
    }

    /** The report files of this build under the locations, copied flat into {@code bundle/kind/}. */
    private static List<Path> copyReports(
            CollectRequest request, List<String> locations, Path bundle, String kind, List<String> notes)
            throws EvidenceException, IOException {
        TreeSet<Path> found = new TreeSet<>();
        for (Path location : InputFiles.resolve(request.baseDir(), locations)) {
            if (Files.isRegularFile(location, LinkOption.NOFOLLOW_LINKS)) {
                found.add(location);
            } else if (Files.isDirectory(location, LinkOption.NOFOLLOW_LINKS)) {
                try (var entries = Files.list(location)) {
                    entries.filter(p -> isReport(p.getFileName().toString(), kind))
                            .forEach(found::add);
                }
            }
        }
        List<Path> copied = new ArrayList<>();
        for (Path source : found) {
            if (!isReport(source.getFileName().toString(), kind) || !regular(source, notes)) {
                continue;
            }
            if (!fresh(source, request.buildStart())) {
                notes.add(kind + " report " + source.getFileName() + " is an earlier build's (last written before"
                        + " this build started): left out");
                continue;
            }
            Path target =
                    bundle.resolve(kind).resolve(safeName(source.getFileName().toString()));
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new EvidenceException(
                        source,
                        "Two " + kind + " reports are named " + source.getFileName() + " (" + source + "); a bundle"
                                + " holds one report per test class. Point the report locations at one directory.");
            }
            Files.createDirectories(target.getParent());
            Files.copy(source, target);
            copied.add(target);
        }
        return copied;
    }

    private static boolean isReport(String name, String kind) {
        return (name.startsWith("TEST-") && name.endsWith(".xml"))
                || ("failsafe".equals(kind) && name.equals("failsafe-summary.xml"));
    }

    private static void copyMutationReports(CollectRequest request, Path bundle, List<String> notes)
            throws EvidenceException, IOException {
        TreeSet<Path> reports = new TreeSet<>();
        for (Path location : InputFiles.resolve(request.baseDir(), request.mutationReports())) {
            if (Files.isRegularFile(location, LinkOption.NOFOLLOW_LINKS)) {
                reports.add(location);
            } else if (Files.isDirectory(location, LinkOption.NOFOLLOW_LINKS)) {
                for (Path p : InputFiles.walk(location, 4)) {
                    if (p.getFileName().toString().equals("mutations.xml")) {
                        reports.add(p);
                    }
                }
            }
        }
        int n = 0;
        for (Path source : reports) {
            if (!regular(source, notes)) {
                continue;
            }
            if (!fresh(source, request.buildStart())) {
                notes.add("PIT report " + source + " is an earlier build's: left out");
                continue;
            }
            Path target = bundle.resolve("pit").resolve(Integer.toString(++n)).resolve("mutations.xml");
            Files.createDirectories(target.getParent());
            Files.copy(source, target);
        }
    }

    private static void copyJmh(CollectRequest request, Path bundle, List<String> notes) throws IOException {
        if (request.jmhResults() == null || request.jmhResults().isBlank()) {
            return;
        }
        Path source = request.baseDir().resolve(request.jmhResults().strip()).normalize();
        if (!Files.exists(source, LinkOption.NOFOLLOW_LINKS) || !regular(source, notes)) {
            return;
        }
        if (!fresh(source, request.buildStart())) {
            notes.add("JMH results " + source + " are an earlier build's: left out");
            return;
        }
        Path target =
                bundle.resolve("jmh").resolve(safeName(source.getFileName().toString()));
        Files.createDirectories(target.getParent());
        Files.copy(source, target);
    }

    /** A regular file that is no link; a link is noted and skipped. */
    private static boolean regular(Path p, List<String> notes) {
        if (Files.isSymbolicLink(p)) {
            notes.add(p + " is a symbolic link: not followed, left out");
            return false;
        }
        return Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
    }

    private static boolean fresh(Path file, Instant buildStart) throws IOException {
        return buildStart == null
                || !Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS)
                        .toInstant()
                        .isBefore(buildStart);
    }

    /** A file name reduced to the characters a manifest path allows. */
    static String safeName(String name) {
        String s = name.replaceAll("[^A-Za-z0-9._$@+=,-]", "_");
        if (s.isEmpty() || s.startsWith(".")) {
            s = "_" + s;
        }
        return s.length() > 200 ? s.substring(0, 200) : s;
    }

    private static List<Path> listFiles(Path bundle) throws IOException {
        TreeSet<Path> files = new TreeSet<>();
        for (Path p : InputFiles.walk(bundle, 8)) {
            if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                    && !p.getParent().equals(bundle)) {
                files.add(p);
            }
        }
        return List.copyOf(files);
    }

    private static List<String> strings(List<Path> paths) {
        return paths.stream().map(Path::toString).toList();
    }

    /** The SHA-256 of a file, lower-case hex. */
    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] buffer = new byte[65536];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The SHA-256 of bytes, lower-case hex. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
