package dev.readiness.evidence.tests;

import dev.readiness.evidence.EvidenceException;
import dev.readiness.evidence.EvidenceWindow;
import dev.readiness.evidence.StaleEvidence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Tells the test reports of the build being judged from those an earlier build left behind (Surefire and Failsafe
 * never delete a report: the report of a deleted or no longer selected test class stays until {@code mvn clean}).
 *
 * <p>A report is stale when its test class is not among the compiled test classes (the class was deleted; checked
 * when the test-classes directories exist and hold class files), or when it was last written before the reference
 * time ({@link EvidenceWindow}: the start of this build, or of the newest test run). Reports in the window's accepted
 * locations are never stale.
 */
public final class StaleReports {
    private static final Pattern BINARY_NAME =
            Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*");

    private StaleReports() {}

    /**
     * A report left out of (or, with {@code warn}, counted despite) this build's numbers.
     *
     * @param file the report
     * @param reason why it is stale, e.g. {@code its test class com.acme.FooTest no longer exists}
     */
    public record StaleReport(Path file, String reason) {}

    /**
     * The reports split by the rule.
     *
     * @param counted the evidence that enters the numbers (everything, with {@code warn})
     * @param stale the stale reports, sorted by file
     */
    public record Split(TestEvidence counted, List<StaleReport> stale) {
        public Split {
            stale = List.copyOf(stale);
        }
    }

    /**
     * Splits the evidence.
     *
     * @param evidence what the reader found
     * @param window the rule, the policy and the accepted locations
     * @param reference reports last written before this are stale; {@code null} turns the time rule off (the newest
     *     run could not be dated)
     * @param testClassesDirectories the compiled test classes (absolute)
     * @throws EvidenceException when a report's modification time cannot be read
     */
    public static Split split(
            TestEvidence evidence, EvidenceWindow window, Instant reference, List<Path> testClassesDirectories)
            throws EvidenceException {
        if (!evidence.hasReports()) {
            return new Split(evidence, List.of());
        }
        List<Path> classDirs = testClassesDirectories.stream()
                .filter(StaleReports::holdsClasses)
                .toList();
        Map<Path, Set<String>> classNames = new TreeMap<>();
        for (TestCaseResult c : evidence.cases()) {
            classNames
                    .computeIfAbsent(c.reportFile(), k -> new LinkedHashSet<>())
                    .add(c.className());
        }
        Map<Path, String> stale = new TreeMap<>();
        for (Path report : evidence.reportFiles()) {
            if (window.accepts(report)) {
                continue;
            }
            String reason = null;
            if (!classDirs.isEmpty()) {
                reason = missingClass(report, classNames.getOrDefault(report, Set.of()), classDirs);
            }
            if (reason == null && reference != null) {
                Instant modified = modified(report);
                if (modified.isBefore(reference)) {
                    reason = "last written " + modified + ", before "
                            + (window.isSameBuild() ? "this build started (" : "the newest test run started (")
                            + reference + ")";
                }
            }
            if (reason != null) {
                stale.put(report, reason);
            }
        }
        List<StaleReport> staleReports = new ArrayList<>();
        stale.forEach((file, reason) -> staleReports.add(new StaleReport(file, reason)));
        if (stale.isEmpty() || window.policy() == StaleEvidence.WARN) {
            return new Split(evidence, staleReports);
        }
        TestEvidence counted = new TestEvidence(
                evidence.reportFiles().stream()
                        .filter(f -> !stale.containsKey(f))
                        .toList(),
                evidence.duplicateReportFiles(),
                evidence.cases().stream()
                        .filter(c -> !stale.containsKey(c.reportFile()))
                        .toList(),
                evidence.malformedReports().stream()
                        .filter(m -> !stale.containsKey(m.file()))
                        .toList(),
                evidence.failsafeSummaries());
        return new Split(counted, staleReports);
    }

    /** Why the report's test class is gone, or {@code null} when one of its classes exists (or names none). */
    private static String missingClass(Path report, Set<String> caseClasses, List<Path> classDirs) {
        Set<String> candidates = new LinkedHashSet<>();
        String fileName = String.valueOf(report.getFileName());
        if (TestReportReader.isReportFileName(fileName)) {
            candidates.add(fileName.substring("TEST-".length(), fileName.length() - ".xml".length()));
        }
        candidates.addAll(caseClasses);
        List<String> names = candidates.stream()
                .filter(n -> BINARY_NAME.matcher(n).matches())
                .toList();
        if (names.isEmpty()) {
            return null; // no class name to look for (e.g. phrased names): the rule cannot judge it
        }
        for (String name : names) {
            for (Path dir : classDirs) {
                try {
                    if (Files.isRegularFile(dir.resolve(name.replace('.', '/') + ".class"))) {
                        return null;
                    }
                } catch (InvalidPathException e) {
                    return null;
                }
            }
        }
        return "its test class " + names.get(0) + " no longer exists in "
                + classDirs.stream().map(Path::toString).collect(Collectors.joining(", "));
    }

    private static boolean holdsClasses(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.anyMatch(p -> p.toString().endsWith(".class"));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    private static Instant modified(Path report) throws EvidenceException {
        try {
            return Files.getLastModifiedTime(report).toInstant();
        } catch (IOException e) {
            throw new EvidenceException(
                    report,
                    "Cannot read the modification time of the test report " + report + ": " + e.getMessage()
                            + ". Check its permissions, or delete it and run mvn verify again.",
                    e);
        }
    }
}
