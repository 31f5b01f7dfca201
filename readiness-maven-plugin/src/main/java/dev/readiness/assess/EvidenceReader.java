package dev.readiness.assess;

import dev.readiness.evidence.EvidenceException;
import dev.readiness.evidence.EvidenceWindow;
import dev.readiness.evidence.InputFiles;
import dev.readiness.evidence.StaleEvidence;
import dev.readiness.evidence.bench.BenchmarkAnalyzer;
import dev.readiness.evidence.bench.BenchmarkEvidence;
import dev.readiness.evidence.bench.BenchmarkRequest;
import dev.readiness.evidence.bundle.BundleReader;
import dev.readiness.evidence.bundle.BundleRequest;
import dev.readiness.evidence.bundle.BundleSet;
import dev.readiness.evidence.bundle.GitState;
import dev.readiness.evidence.change.ChangeReader;
import dev.readiness.evidence.change.ChangedLines;
import dev.readiness.evidence.coverage.ChangedCoverage;
import dev.readiness.evidence.coverage.CoverageAnalyzer;
import dev.readiness.evidence.coverage.CoverageEvidence;
import dev.readiness.evidence.coverage.CoverageRequest;
import dev.readiness.evidence.coverage.ExecSession;
import dev.readiness.evidence.docs.DocumentationAnalyzer;
import dev.readiness.evidence.docs.DocumentationEvidence;
import dev.readiness.evidence.docs.DocumentationRequest;
import dev.readiness.evidence.mutation.MutationAnalyzer;
import dev.readiness.evidence.mutation.MutationEvidence;
import dev.readiness.evidence.mutation.MutationRequest;
import dev.readiness.evidence.tests.MalformedReport;
import dev.readiness.evidence.tests.OpenTestCrossCheck;
import dev.readiness.evidence.tests.OpenTestEvidence;
import dev.readiness.evidence.tests.OpenTestReportReader;
import dev.readiness.evidence.tests.StaleReports;
import dev.readiness.evidence.tests.StaleReports.StaleReport;
import dev.readiness.evidence.tests.TestCaseResult;
import dev.readiness.evidence.tests.TestClassIndex;
import dev.readiness.evidence.tests.TestEvidence;
import dev.readiness.evidence.tests.TestGroupScanner;
import dev.readiness.evidence.tests.TestReportReader;
import dev.readiness.policy.Metric;
import dev.readiness.policy.Policy;
import dev.readiness.policy.TagDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Reads one request's evidence (test reports, JaCoCo execution data, JMH results, sources) and tells this build's from
 * what earlier builds left (DESIGN.md §2, 1a). The first step of {@link ReadinessEngine}; gates never parse files.
 */
final class EvidenceReader {
    private static final String SKIP_TESTS = "skipTests";

    private EvidenceReader() {}

    static Evidence read(AssessmentRequest request) throws EvidenceException {
        Policy policy = request.policy();
        Path baseDir = request.baseDir();
        // Parsing the sources (javac's parser: ~1,000 classes to load on a cold JVM) overlaps the other readers.
        FutureTask<DocumentationEvidence> documentation =
                new FutureTask<>(() -> documentation(request, policy, baseDir));
        if (request.documentation() != null && enabled(policy, Metric.DOCUMENTATION)) {
            Thread thread = new Thread(documentation, "readiness-documentation");
            thread.setDaemon(true);
            thread.start();
        } else {
            documentation.run(); // nothing to parse: returns at once
        }
        try {
            return read(request, policy, baseDir, documentation);
        } finally {
            documentation.cancel(true); // an evidence error elsewhere: stop parsing (no-op when done)
        }
    }

    private static Evidence read(
            AssessmentRequest request, Policy policy, Path baseDir, FutureTask<DocumentationEvidence> documentation)
            throws EvidenceException {
        if (request.bundles() != null && request.bundles().configured()) {
            return readBundles(request, policy, baseDir, documentation);
        }

        ThisBuild thisBuild = request.thisBuild();
        EvidenceWindow window = thisBuild.window();
        // skipped tests produced nothing in this build: what an earlier build left is not even read
        CoverageEvidence coverage = thisBuild.surefireSkipped()
                ? CoverageEvidence.missing(
                        List.of(), "this build skipped the tests (" + thisBuild.surefireSkippedBy() + ")")
                : coverage(request, policy, baseDir, window);
        Instant runStart = window.isSameBuild() ? window.buildStart() : newestRunStart(coverage, window);
        List<Path> testClassDirs = InputFiles.resolve(baseDir, request.testClassesDirectories());
        TestReportReader reader = new TestReportReader();
        StaleReports.Split surefireSplit = StaleReports.split(
                thisBuild.surefireSkipped() ? TestEvidence.none() : reader.read(baseDir, request.surefireReports()),
                window,
                runStart,
                testClassDirs);
        // skipTests skips Failsafe only in the Failsafe versions that honour it (3.x runs its tests anyway): it counts
        // for Failsafe only when Failsafe wrote no report in this build
        String failsafeSkippedBy = thisBuild.failsafeSkippedBy();
        boolean failsafeMaybeSkipped = SKIP_TESTS.equals(failsafeSkippedBy);
        StaleReports.Split failsafeSplit = StaleReports.split(
                failsafeSkippedBy != null && !failsafeMaybeSkipped
                        ? TestEvidence.none()
                        : reader.read(baseDir, request.failsafeReports()),
                window,
                runStart,
                testClassDirs);
        if (failsafeMaybeSkipped) {
            List<Path> stale =
                    failsafeSplit.stale().stream().map(StaleReport::file).toList();
            boolean ranInThisBuild =
                    failsafeSplit.counted().reportFiles().stream().anyMatch(f -> !stale.contains(f));
            if (ranInThisBuild) {
                failsafeSkippedBy = null;
            } else {
                failsafeSplit = new StaleReports.Split(TestEvidence.none(), List.of());
            }
        }
        TestEvidence surefire = surefireSplit.counted();
        TestEvidence failsafe = failsafeSplit.counted();
        List<StaleReport> staleReports = new ArrayList<>(surefireSplit.stale());
        staleReports.addAll(failsafeSplit.stale());
        // JUnit's Open Test Reporting files: the same this-build rules as the XML reports
        OpenTestEvidence openTest = OpenTestEvidence.none();
        if (!thisBuild.surefireSkipped() && !request.openTestReports().isEmpty()) {
            OpenTestEvidence read = new OpenTestReportReader().read(baseDir, request.openTestReports());
            StaleReports.Split split = StaleReports.split(read.tests(), window, runStart, testClassDirs);
            staleReports.addAll(split.stale());
            openTest = read.withTests(split.counted());
        }
        OpenTestUse openTestUse = null;
        if (openTest.hasReports()) {
            List<String> notes = new ArrayList<>();
            boolean asEvidence = !surefire.hasReports();
            if (asEvidence) {
                surefire = openTest.tests(); // disableXmlReport: the JUnit file is the Surefire evidence
            } else {
                openTest.tests().malformedReports().forEach(m -> notes.add(m.problem()));
                Set<String> surefireClasses = classes(surefire.cases());
                Set<String> failsafeClasses = classes(failsafe.cases());
                List<TestCaseResult> ofSurefire = new ArrayList<>();
                List<TestCaseResult> ofFailsafe = new ArrayList<>();
                for (TestCaseResult c : openTest.tests().cases()) {
                    boolean failsafeClass =
                            failsafeClasses.contains(c.className()) && !surefireClasses.contains(c.className());
                    (failsafeClass ? ofFailsafe : ofSurefire).add(c);
                }
                String surefireDiff = OpenTestCrossCheck.message(
                        "Surefire", OpenTestCrossCheck.compare(openTest, ofSurefire, surefire.cases()));
                if (surefireDiff != null) {
                    notes.add(surefireDiff);
                }
                if (!ofFailsafe.isEmpty()) {
                    String failsafeDiff = OpenTestCrossCheck.message(
                            "Failsafe", OpenTestCrossCheck.compare(openTest, ofFailsafe, failsafe.cases()));
                    if (failsafeDiff != null) {
                        notes.add(failsafeDiff);
                    }
                }
                Map<String, String> names = openTest.displayNames();
                surefire = withDisplayNames(surefire, names);
                failsafe = withDisplayNames(failsafe, names);
            }
            openTestUse = new OpenTestUse(openTest.tests().reportFiles(), asEvidence, false, notes);
        }
        if (window.policy() == StaleEvidence.FAIL) {
            rejectStale(coverage.staleSessions(), staleReports, window);
        }
        if (!policy.malformedReportIsError()) {
            rejectMalformed(surefire);
            rejectMalformed(failsafe);
        }

        boolean groupsNeeded = policy.gates().stream().anyMatch(g -> g.enabled() && g.group() != null)
                || !policy.testGroups().isEmpty();
        TestClassIndex testClasses = TestClassIndex.empty();
        if (groupsNeeded) {
            List<TestCaseResult> all = new ArrayList<>(surefire.cases());
            all.addAll(failsafe.cases());
            boolean fromReport = !openTest.tests().cases().isEmpty();
            if (fromReport && openTest.covers(all)) {
                // JUnit reported the tags of every class that ran: no class file is read
                testClasses = openTest.index();
                openTestUse =
                        new OpenTestUse(openTestUse.files(), openTestUse.testEvidence(), true, openTestUse.warnings());
            } else {
                testClasses =
                        new TestGroupScanner().scan(InputFiles.resolve(baseDir, request.testClassesDirectories()));
                if (fromReport) {
                    testClasses = TestClassIndex.merge(openTest.index(), testClasses);
                }
            }
        }

        EvidenceScope scope = new EvidenceScope(
                window.ruleName(),
                window.buildStart(),
                runStart,
                window.policy(),
                surefire.reportFiles().size() + failsafe.reportFiles().size(),
                staleReports,
                thisBuild.surefireSkippedBy(),
                failsafeSkippedBy);

        return new Evidence(
                surefire,
                request.surefireReports(),
                failsafe,
                request.failsafeReports(),
                testClasses,
                request.testClassesDirectories(),
                coverage,
                benchmarks(request, policy, baseDir),
                join(documentation),
                scope,
                mutation(request, policy, baseDir, window),
                openTestUse);
    }

    private static Set<String> classes(List<TestCaseResult> cases) {
        Set<String> out = new HashSet<>();
        cases.forEach(c -> out.add(c.className()));
        return out;
    }

    /** The cases with the JUnit display names the Open Test Reporting files give them. */
    private static TestEvidence withDisplayNames(TestEvidence evidence, Map<String, String> names) {
        if (names.isEmpty() || evidence.cases().isEmpty()) {
            return evidence;
        }
        List<TestCaseResult> cases = new ArrayList<>(evidence.cases().size());
        for (TestCaseResult c : evidence.cases()) {
            String name = names.get(OpenTestEvidence.key(c.className(), c.name()));
            cases.add(name == null ? c : c.withJunitDisplayName(name));
        }
        return new TestEvidence(
                evidence.reportFiles(),
                evidence.duplicateReportFiles(),
                cases,
                evidence.malformedReports(),
                evidence.failsafeSummaries());
    }

    /**
     * The evidence of a sharded build: tests, coverage and mutants from the verified bundles (each counted once, never
     * dated: a bundle is its shard's evidence of this build by construction); benchmarks and documentation from this
     * build.
     */
    private static Evidence readBundles(
            AssessmentRequest request, Policy policy, Path baseDir, FutureTask<DocumentationEvidence> documentation)
            throws EvidenceException {
        BundleInput in = request.bundles();
        List<Path> classDirectories = request.classesDirectories().stream()
                .map(d -> baseDir.resolve(d).toAbsolutePath().normalize())
                .toList();
        BundleSet set = new BundleReader()
                .read(new BundleRequest(
                        baseDir,
                        in.locations(),
                        in.expectedShards(),
                        in.incomplete(),
                        GitState.of(baseDir),
                        request.project() == null
                                ? null
                                : request.project().groupId() + ":"
                                        + request.project().artifactId(),
                        classDirectories));
        EvidenceWindow window = new EvidenceWindow(
                null,
                request.thisBuild().window().policy(),
                set.bundles().stream().map(BundleSet.Bundle::dir).toList());
        List<String> exec = strings(set.execFiles());
        AssessmentRequest bundled = request.toBuilder()
                .execFiles(exec)
                .mutationReports(strings(set.mutationReports()))
                .build();
        CoverageEvidence coverage = coverage(bundled, policy, baseDir, window);
        if (!policy.malformedReportIsError()) {
            rejectMalformed(set.surefire());
            rejectMalformed(set.failsafe());
        }
        boolean groupsNeeded = policy.gates().stream().anyMatch(g -> g.enabled() && g.group() != null)
                || !policy.testGroups().isEmpty();
        TestClassIndex testClasses = groupsNeeded
                ? new TestGroupScanner().scan(InputFiles.resolve(baseDir, request.testClassesDirectories()))
                : TestClassIndex.empty();
        EvidenceScope scope = new EvidenceScope(
                window.ruleName(),
                null,
                null,
                window.policy(),
                set.surefire().reportFiles().size()
                        + set.failsafe().reportFiles().size(),
                List.of(),
                null,
                null,
                set);
        return new Evidence(
                        set.surefire(),
                        set.locations(),
                        set.failsafe(),
                        set.locations(),
                        testClasses,
                        request.testClassesDirectories(),
                        coverage)
                .withBenchmarks(benchmarks(request, policy, baseDir))
                .withDocumentation(join(documentation))
                .withScope(scope)
                .withMutation(mutation(bundled, policy, baseDir, window));
    }

    private static List<String> strings(List<Path> paths) {
        return paths.stream().map(Path::toString).toList();
    }

    /** {@code null} when no mutation gate is enabled; PIT's mutants, or why there are none. */
    private static MutationEvidence mutation(
            AssessmentRequest request, Policy policy, Path baseDir, EvidenceWindow window) throws EvidenceException {
        if (!enabled(policy, Metric.MUTATION)) {
            return null;
        }
        if (request.mutationReports().isEmpty()) {
            return MutationEvidence.missing(
                    "no PIT report location is configured (readiness.mutationReports)", List.of());
        }
        List<TagDefinition> tags =
                policy.tags().stream().filter(TagDefinition::configured).toList();
        List<Path> classDirectories = request.classesDirectories().stream()
                .map(d -> baseDir.resolve(d).toAbsolutePath().normalize())
                .toList();
        return new MutationAnalyzer()
                .analyze(new MutationRequest(baseDir, request.mutationReports(), classDirectories, tags, window));
    }

    /**
     * The newest-run rule's reference for test reports: the earliest start of the JaCoCo sessions kept as the newest
     * run (reports are written while the test JVM runs), not counting accepted files; {@code null} when there is none.
     */
    private static Instant newestRunStart(CoverageEvidence coverage, EvidenceWindow window) {
        return coverage.execSessions().stream()
                .filter(s -> !s.stale() && s.start() != null && !window.accepts(s.file()))
                .map(ExecSession::start)
                .min(Comparator.naturalOrder())
                .orElse(null);
    }

    private static void rejectStale(List<ExecSession> sessions, List<StaleReport> reports, EvidenceWindow window)
            throws EvidenceException {
        if (sessions.isEmpty() && reports.isEmpty()) {
            return;
        }
        List<String> what = new ArrayList<>();
        sessions.stream()
                .map(ExecSession::file)
                .distinct()
                .forEach(f -> what.add(
                        sessions.stream().filter(s -> s.file().equals(f)).count() + " JaCoCo session(s) in " + f));
        reports.stream().limit(5).forEach(r -> what.add(r.file() + " (" + r.reason() + ")"));
        if (reports.size() > 5) {
            what.add("…and " + (reports.size() - 5) + " more test reports");
        }
        Path first =
                sessions.isEmpty() ? reports.get(0).file() : sessions.get(0).file();
        throw new EvidenceException(
                first,
                "Stale evidence from an earlier build (readiness.staleEvidence=fail"
                        + (window.isSameBuild() ? ", this build started " + window.buildStart() : ", newest-run rule")
                        + "): " + String.join("; ", what) + ". Run mvn clean verify so every number comes from this"
                        + " build, or set readiness.staleEvidence=exclude to leave stale evidence out of the numbers.");
    }

    private static DocumentationEvidence join(FutureTask<DocumentationEvidence> task) throws EvidenceException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EvidenceException(null, "Reading the documentation evidence was interrupted.", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof EvidenceException evidence) {
                throw evidence;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new EvidenceException(null, "Reading the documentation evidence failed: " + cause, cause);
        }
    }

    /** {@code null} when no benchmark gate is enabled or the project has neither results nor a baseline. */
    private static BenchmarkEvidence benchmarks(AssessmentRequest request, Policy policy, Path baseDir)
            throws EvidenceException {
        BenchmarkInput in = request.benchmarks();
        if (in == null || !enabled(policy, Metric.BENCHMARKS)) {
            return null;
        }
        boolean hasResults = in.results() != null && Files.exists(baseDir.resolve(in.results()));
        boolean hasBaseline = in.baseline() != null && Files.exists(baseDir.resolve(in.baseline()));
        if (!hasResults && !hasBaseline) {
            return null;
        }
        BenchmarkRequest benchmarkRequest = new BenchmarkRequest(
                baseDir, in.results(), in.baseline(), in.tolerancePercent(), in.secondaryMetrics());
        String stale = hasResults ? staleResults(benchmarkRequest.resultsFile(), request.thisBuild()) : null;
        if (stale == null) {
            return new BenchmarkAnalyzer().analyze(benchmarkRequest);
        }
        return switch (request.thisBuild().window().policy()) {
            case FAIL ->
                throw new EvidenceException(
                        benchmarkRequest.resultsFile(),
                        "Stale evidence from an earlier build (readiness.staleEvidence=fail): " + stale
                                + ". Run the benchmarks in this build, or set readiness.staleEvidence=exclude.");
            case EXCLUDE ->
                BenchmarkEvidence.missing(
                        benchmarkRequest.resultsFile(),
                        benchmarkRequest.baselineFile(),
                        stale + ", so they are not this build's measurement (readiness.staleEvidence=exclude). Run the"
                                + " benchmarks in the build, or run readiness on its own to judge those results.");
            case WARN -> {
                BenchmarkEvidence e = new BenchmarkAnalyzer().analyze(benchmarkRequest);
                List<String> notes = new ArrayList<>(e.notes());
                notes.add(stale + ": COUNTED anyway (readiness.staleEvidence=warn)");
                yield new BenchmarkEvidence(
                        e.results(),
                        e.baseline(),
                        e.comparisons(),
                        e.added(),
                        e.removed(),
                        e.missingReason(),
                        notes,
                        e.baselineEnvironment(),
                        e.currentEnvironment());
            }
        };
    }

    /**
     * Why the JMH results file is an earlier build's, or {@code null}: in the build that ran the tests, results last
     * written before that build started were measured by an earlier build (like its test reports).
     */
    private static String staleResults(Path results, ThisBuild thisBuild) throws EvidenceException {
        EvidenceWindow window = thisBuild.window();
        if (!window.isSameBuild() || window.accepts(results)) {
            return null;
        }
        Instant modified;
        try {
            modified = Files.getLastModifiedTime(results).toInstant();
        } catch (IOException e) {
            throw new EvidenceException(
                    results, "Cannot read the modification time of the JMH results " + results + ": " + e, e);
        }
        return modified.isBefore(window.buildStart())
                ? "The JMH results " + results + " were last written " + modified + ", before this build started ("
                        + window.buildStart() + ")"
                : null;
    }

    /** {@code null} when no documentation gate is enabled or no source root is configured. */
    private static DocumentationEvidence documentation(AssessmentRequest request, Policy policy, Path baseDir)
            throws EvidenceException {
        DocumentationInput in = request.documentation();
        if (in == null || in.sourceRoots().isEmpty() || !enabled(policy, Metric.DOCUMENTATION)) {
            return null;
        }
        List<Path> roots = new ArrayList<>();
        List<Path> generated = new ArrayList<>();
        Path buildDir = in.buildDirectory() == null || in.buildDirectory().isBlank()
                ? null
                : baseDir.resolve(in.buildDirectory().strip()).toAbsolutePath().normalize();
        for (String r : in.sourceRoots()) {
            Path root = baseDir.resolve(r).toAbsolutePath().normalize();
            if (roots.contains(root) || generated.contains(root)) {
                continue;
            }
            (DocumentationInput.isGenerated(root, buildDir) && !in.includeGeneratedSources() ? generated : roots)
                    .add(root);
        }
        if (roots.isEmpty()) {
            return DocumentationEvidence.missing(
                            generated,
                            "Every source root is generated code inside the build directory " + buildDir + " ("
                                    + join(generated) + "), which is not hand-written API. Set"
                                    + " readiness.includeGeneratedSources=true to measure it, or disable the"
                                    + " documentation gate for this module.")
                    .withGeneratedRoots(generated);
        }
        return new DocumentationAnalyzer()
                .analyze(new DocumentationRequest(
                        baseDir, roots, in.release(), in.requiredFiles(), in.encoding(), in.cache()))
                .withGeneratedRoots(generated);
    }

    private static String join(List<Path> paths) {
        return String.join(", ", paths.stream().map(Path::toString).toList());
    }

    private static boolean enabled(Policy policy, Metric metric) {
        return policy.gates().stream().anyMatch(g -> g.enabled() && g.metric() == metric);
    }

    private static CoverageEvidence coverage(
            AssessmentRequest request, Policy policy, Path baseDir, EvidenceWindow window) throws EvidenceException {
        boolean needed = policy.gates().stream().anyMatch(g -> g.enabled() && g.metric() == Metric.COVERAGE);
        if (!needed) {
            return CoverageEvidence.missing(List.of(), "no coverage gate is enabled, so coverage was not analysed");
        }
        List<TagDefinition> tags =
                policy.tags().stream().filter(TagDefinition::configured).toList();
        List<Path> classDirectories = request.classesDirectories().stream()
                .map(d -> baseDir.resolve(d).toAbsolutePath().normalize())
                .toList();
        int threads =
                request.threads() > 0 ? request.threads() : Runtime.getRuntime().availableProcessors();
        boolean changedNeeded =
                policy.gates().stream().anyMatch(g -> g.enabled() && g.metric() == Metric.COVERAGE && g.changedLines());
        ChangeInput change = request.change();
        ChangedLines changes = changedNeeded && change != null && change.configured()
                ? ChangeReader.read(baseDir, change.baseRef(), change.diffFile())
                : null;
        List<Path> sourceRoots = request.documentation() == null
                ? List.of()
                : request.documentation().sourceRoots().stream()
                        .map(r -> baseDir.resolve(r).toAbsolutePath().normalize())
                        .distinct()
                        .toList();
        CoverageEvidence evidence = new CoverageAnalyzer(request.analysisCache())
                .analyze(new CoverageRequest(
                        baseDir, request.execFiles(), classDirectories, tags, threads, window, changes, sourceRoots));
        if (changes != null && evidence.changed() == null) {
            // no coverage to map the change onto: the gates say why through the coverage's own reason
            evidence = evidence.withChanged(ChangedCoverage.missing(
                    changes.origin(), changes.available() ? evidence.missingReason() : changes.missingReason()));
        }
        return evidence;
    }

    private static void rejectMalformed(TestEvidence evidence) throws EvidenceException {
        if (!evidence.malformedReports().isEmpty()) {
            MalformedReport m = evidence.malformedReports().get(0);
            throw new EvidenceException(
                    m.file(),
                    "Malformed test report " + m.file() + " at line " + m.line() + ": " + m.problem()
                            + " (a forked test JVM killed while writing?). Rerun the tests, or set"
                            + " readiness.malformedReports=error to count it as an erroring test instead of failing.");
        }
    }
}
