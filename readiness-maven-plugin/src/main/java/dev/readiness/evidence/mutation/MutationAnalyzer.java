package dev.readiness.evidence.mutation;

import dev.readiness.evidence.EvidenceException;
import dev.readiness.evidence.EvidenceWindow;
import dev.readiness.evidence.InputFiles;
import dev.readiness.evidence.coverage.ClassScanner;
import dev.readiness.evidence.coverage.ClassScanner.ScannedClass;
import dev.readiness.policy.TagDefinition;
import dev.readiness.policy.TagMatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds this build's PIT reports, reads them, de-duplicates their mutants and sorts them into the configured tags.
 * Stateless and thread-safe.
 *
 * <ul>
 *   <li>A directory location holds PIT's {@code mutations.xml} directly, or in the timestamped sub-folders PIT writes
 *       with {@code timestampedReports}: the newest report (last modified) is used and a note names it.
 *   <li>A report written before this build started (same-build rule) is stale: {@code readiness.staleEvidence}
 *       decides, as for Surefire reports and JMH results ({@code exclude}: not counted, {@code fail}: an error,
 *       {@code warn}: counted with a warning).
 *   <li>A report older than the class files of the classes it mutated gets a warning naming both timestamps: its
 *       mutants may belong to older code.
 * </ul>
 */
public final class MutationAnalyzer {
    static final String REPORT_FILE = "mutations.xml";

    /** Creates an analyzer. */
    public MutationAnalyzer() {
        // stateless
    }

    /** Reads the evidence; a missing report is an explicit outcome, a broken one an exception. */
    public MutationEvidence analyze(MutationRequest request) throws EvidenceException {
        List<String> notes = new ArrayList<>();
        List<Path> reports = new ArrayList<>();
        for (Path location : InputFiles.resolve(request.baseDir(), request.locations())) {
            Path report = report(location, notes);
            if (report != null && !reports.contains(report)) {
                reports.add(report);
            }
        }
        if (reports.isEmpty()) {
            return MutationEvidence.missing(
                    "no PIT report (" + REPORT_FILE + ") in " + String.join(", ", request.locations())
                            + " (readiness.mutationReports)",
                    notes);
        }
        List<Path> counted = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        for (Path report : reports) {
            String why = stale(report, request.window());
            if (why == null) {
                counted.add(report);
                continue;
            }
            switch (request.window().policy()) {
                case FAIL ->
                    throw new EvidenceException(
                            report,
                            "Stale evidence from an earlier build (readiness.staleEvidence=fail): " + why
                                    + ". Run PIT in this build, or set readiness.staleEvidence=exclude.");
                case EXCLUDE -> stale.add(why);
                case WARN -> {
                    notes.add(why + ": COUNTED anyway (readiness.staleEvidence=warn)");
                    counted.add(report);
                }
            }
        }
        if (counted.isEmpty()) {
            return MutationEvidence.missing(
                    String.join("; ", stale) + ", so it is not this build's measurement (readiness.staleEvidence="
                            + "exclude); run PIT in the build (bind pitest-maven's mutationCoverage before readiness)",
                    notes);
        }
        stale.forEach(s -> notes.add(s + ": not counted (readiness.staleEvidence=exclude)"));

        MutationReportReader reader = new MutationReportReader();
        Map<Mutant.Identity, Mutant> unique = new LinkedHashMap<>();
        int duplicates = 0;
        Map<Path, Instant> reportTimes = new LinkedHashMap<>();
        Map<String, Path> reportOfClass = new HashMap<>();
        for (Path report : counted) {
            reportTimes.put(report, modified(report));
            for (Mutant m : reader.read(report)) {
                if (unique.putIfAbsent(m.identity(), m) != null) {
                    duplicates++;
                } else {
                    reportOfClass.putIfAbsent(m.mutatedClass(), report);
                }
            }
        }
        List<Mutant> mutants = new ArrayList<>(unique.values());
        mutants.sort(ORDER);

        Classes classes = new Classes(request.classDirectories());
        olderThanClasses(reportTimes, reportOfClass, classes, notes);
        Map<String, List<Mutant>> tags = new TreeMap<>();
        Set<String> notFound = new TreeSet<>();
        for (TagDefinition tag : request.tags()) {
            TagMatcher matcher = TagMatcher.of(tag);
            List<Mutant> selected = new ArrayList<>();
            for (Mutant m : mutants) {
                if (selects(matcher, m, classes, notFound)) {
                    selected.add(m);
                }
            }
            tags.put(tag.name(), selected);
        }
        if (!notFound.isEmpty()) {
            notes.add("the class files of " + notFound.size() + " mutated class(es) were not found in "
                    + paths(request.classDirectories()) + " (first: "
                    + notFound.iterator().next()
                    + "), so annotation selectors cannot select their mutants; point readiness.classesDirectories at"
                    + " the classes PIT mutated");
        }
        return new MutationEvidence(counted, mutants, tags, duplicates, null, notes);
    }

    /** Class, line, mutator, method, description, indexes: the report order of a class, stable across reports. */
    static final Comparator<Mutant> ORDER = Comparator.comparing(Mutant::mutatedClass)
            .thenComparingInt(Mutant::line)
            .thenComparing(m -> String.valueOf(m.mutator()))
            .thenComparing(m -> String.valueOf(m.mutatedMethod()))
            .thenComparing(m -> String.valueOf(m.methodDescription()))
            .thenComparing(m -> String.valueOf(m.description()))
            .thenComparing(m -> m.indexes().toString())
            .thenComparing(m -> m.blocks().toString());

    private static boolean selects(TagMatcher matcher, Mutant m, Classes classes, Set<String> notFound)
            throws EvidenceException {
        if (!matcher.hasAnnotationSelectors()) {
            return matcher.matchesClass(m.mutatedClass(), Set.of(), Set.of());
        }
        ScannedClass scanned = classes.scan(m.mutatedClass());
        if (scanned == null) {
            notFound.add(m.mutatedClass());
            return matcher.matchesClass(m.mutatedClass(), Set.of(), Set.of());
        }
        ScannedClass packageInfo = classes.scan(packageInfo(m.mutatedClass()));
        Set<String> packageAnnotations = packageInfo == null ? Set.of() : packageInfo.annotations();
        if (m.mutatedMethod() == null || m.methodDescription() == null) {
            return matcher.matchesClass(m.mutatedClass(), scanned.annotations(), packageAnnotations);
        }
        return matcher.matchesMethod(
                m.mutatedClass(),
                scanned.annotations(),
                packageAnnotations,
                scanned.methodAnnotations(m.mutatedMethod(), m.methodDescription()));
    }

    private static String packageInfo(String className) {
        String pkg = TagMatcher.packageOf(className);
        return pkg.isEmpty() ? "package-info" : pkg + ".package-info";
    }

    /** The report of a location: the file itself, or the newest {@code mutations.xml} of a PIT report directory. */
    private static Path report(Path location, List<String> notes) throws EvidenceException {
        if (Files.isRegularFile(location)) {
            return location.toAbsolutePath().normalize();
        }
        if (!Files.isDirectory(location)) {
            return null;
        }
        List<Path> candidates = new ArrayList<>();
        try {
            for (Path p : InputFiles.walk(location, 2)) {
                Path name = p.getFileName();
                if (name != null && name.toString().equals(REPORT_FILE) && Files.isRegularFile(p)) {
                    candidates.add(p.toAbsolutePath().normalize());
                }
            }
        } catch (IOException e) {
            throw new EvidenceException(
                    location,
                    "Cannot list the PIT report directory " + location + ": " + e.getMessage()
                            + ". Check its permissions, or point readiness.mutationReports at a readable directory.",
                    e);
        }
        if (candidates.isEmpty()) {
            return null;
        }
        Map<Path, Instant> times = new HashMap<>();
        for (Path c : candidates) {
            times.put(c, modified(c));
        }
        candidates.sort(Comparator.comparing((Path c) -> times.get(c)).thenComparing(Path::toString));
        Path newest = candidates.get(candidates.size() - 1);
        if (candidates.size() > 1) {
            notes.add("PIT report " + newest + " used, the newest of " + candidates.size() + " " + REPORT_FILE
                    + " files in " + location + " (timestampedReports keeps one folder per run)");
        }
        return newest;
    }

    /** Why the report is an earlier build's, or {@code null}. */
    private static String stale(Path report, EvidenceWindow window) throws EvidenceException {
        if (!window.isSameBuild() || window.accepts(report)) {
            return null;
        }
        Instant modified = modified(report);
        return modified.isBefore(window.buildStart())
                ? "The PIT report " + report + " was last written " + modified + ", before this build started ("
                        + window.buildStart() + ")"
                : null;
    }

    private static void olderThanClasses(
            Map<Path, Instant> reportTimes, Map<String, Path> reportOfClass, Classes classes, List<String> notes)
            throws EvidenceException {
        Map<Path, String> newestClass = new HashMap<>();
        Map<Path, Instant> newestTime = new HashMap<>();
        for (Map.Entry<String, Path> e : new TreeMap<>(reportOfClass).entrySet()) {
            Path classFile = classes.file(e.getKey());
            if (classFile == null) {
                continue;
            }
            Instant t = modified(classFile);
            Instant before = newestTime.get(e.getValue());
            if (before == null || t.isAfter(before)) {
                newestTime.put(e.getValue(), t);
                newestClass.put(e.getValue(), classFile.toString());
            }
        }
        for (Map.Entry<Path, Instant> r : reportTimes.entrySet()) {
            Instant classTime = newestTime.get(r.getKey());
            if (classTime != null && classTime.isAfter(r.getValue())) {
                notes.add("the PIT report " + r.getKey() + " (written " + r.getValue() + ") is older than the class"
                        + " file " + newestClass.get(r.getKey()) + " (compiled " + classTime + "): its mutants may"
                        + " be those of older code; re-run PIT after compiling");
            }
        }
    }

    private static Instant modified(Path file) throws EvidenceException {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            throw new EvidenceException(
                    file, "Cannot read the modification time of " + file + ": " + e.getMessage() + ".", e);
        }
    }

    private static String paths(List<Path> dirs) {
        return dirs.isEmpty()
                ? "the class directories (none configured)"
                : String.join(", ", dirs.stream().map(Path::toString).toList());
    }

    /** The class files of the mutated classes, each scanned at most once per analysis. */
    private static final class Classes {
        private final List<Path> directories;
        private final Map<String, ScannedClass> scanned = new HashMap<>();
        private final Set<String> absent = new TreeSet<>();

        Classes(List<Path> directories) {
            this.directories = directories;
        }

        Path file(String binaryName) {
            String relative = binaryName.replace('.', '/') + ".class";
            for (Path dir : directories) {
                Path f = dir.resolve(relative);
                if (Files.isRegularFile(f)) {
                    return f;
                }
            }
            return null;
        }

        ScannedClass scan(String binaryName) throws EvidenceException {
            if (absent.contains(binaryName)) {
                return null;
            }
            ScannedClass s = scanned.get(binaryName);
            if (s != null) {
                return s;
            }
            Path f = file(binaryName);
            if (f == null) {
                absent.add(binaryName);
                return null;
            }
            byte[] bytes = InputFiles.readClassFile(f, "class file");
            try {
                s = ClassScanner.scan(bytes);
            } catch (RuntimeException e) {
                throw new EvidenceException(
                        f, "The class file " + f + " is not a valid class file (" + e + "). Run mvn clean verify.", e);
            }
            scanned.put(binaryName, s);
            return s;
        }
    }
}
