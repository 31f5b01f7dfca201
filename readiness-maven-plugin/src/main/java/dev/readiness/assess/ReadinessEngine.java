package dev.readiness.assess;

import dev.readiness.evidence.EvidenceException;
import dev.readiness.evidence.InputFiles;
import dev.readiness.evidence.coverage.Counter;
import dev.readiness.evidence.tests.Quarantine;
import dev.readiness.evidence.tests.TestCaseResult;
import dev.readiness.evidence.tests.TestCounts;
import dev.readiness.evidence.tests.TestOutcome;
import dev.readiness.history.BuildFingerprint;
import dev.readiness.history.GateSnapshot;
import dev.readiness.history.GitInfo;
import dev.readiness.history.HistoryQueries;
import dev.readiness.history.HistoryRead;
import dev.readiness.history.HistoryRecord;
import dev.readiness.history.HistoryStore;
import dev.readiness.history.SnapshotStatus;
import dev.readiness.history.TestRuns;
import dev.readiness.policy.CounterKind;
import dev.readiness.text.SafeText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads the evidence a build produced and evaluates the policy against it: the one entry point of the engine.
 * Stateless and thread-safe; each call reads its own inputs.
 */
public final class ReadinessEngine {
    /**
     * Reads the evidence and evaluates the policy.
     *
     * @throws EvidenceException when evidence exists but cannot be read (corrupt, hostile, unreadable), or when a
     *     malformed test report is found and the policy says malformed reports fail the evaluation
     */
    public Assessment assess(AssessmentRequest request) throws EvidenceException {
        ClassHash classHash = hashClasses(request);
        try {
            return evaluate(request, EvidenceReader.read(request), classHash);
        } finally {
            if (classHash != null) {
                classHash.cancel(); // done by then, unless the evidence could not be read
            }
        }
    }

    /**
     * Starts hashing the class directories for the history's input fingerprint, so that they are read while the
     * evidence is; {@code null} when the history is off (no fingerprint is needed).
     */
    private static ClassHash hashClasses(AssessmentRequest request) {
        if (request.historyFile() == null) {
            return null;
        }
        try {
            List<Path> directories =
                    new ArrayList<>(InputFiles.resolve(request.baseDir(), request.classesDirectories()));
            directories.addAll(InputFiles.resolve(request.baseDir(), request.testClassesDirectories()));
            return new ClassHash(BuildFingerprint.start(directories), null);
        } catch (EvidenceException e) {
            return new ClassHash(null, e); // thrown where the fingerprint is needed, after the evidence was read
        }
    }

    /** The class directories being hashed, or why their locations could not be resolved. */
    private record ClassHash(BuildFingerprint.Pending pending, EvidenceException unresolved) {
        BuildFingerprint.Classes join() throws IOException, EvidenceException {
            if (unresolved != null) {
                throw unresolved;
            }
            return pending.join();
        }

        void cancel() {
            if (pending != null) {
                pending.cancel();
            }
        }
    }

    /**
     * One verdict over the evidence of every module of a multi-module build, by the root's policy: all Surefire and
     * Failsafe reports, the execution data of every module applied to the classes of every module (so integration
     * tests of one module cover code of another), tags across modules; plus a per-module breakdown.
     *
     * <p>The root request's own locations are read too (e.g. report directories and exec files collected from CI
     * shards); a report reached twice is counted once and execution data is merged, so nothing is counted twice.
     *
     * @throws EvidenceException as {@link #assess}
     */
    public Assessment assessReactor(ReactorRequest reactor) throws EvidenceException {
        AssessmentRequest root = reactor.root();
        List<String> surefire = new ArrayList<>(root.surefireReports());
        List<String> failsafe = new ArrayList<>(root.failsafeReports());
        List<String> testClasses = new ArrayList<>(root.testClassesDirectories());
        List<String> exec = new ArrayList<>(root.execFiles());
        List<String> classes = new ArrayList<>(root.classesDirectories());
        List<String> sources = new ArrayList<>(
                root.documentation() == null ? List.of() : root.documentation().sourceRoots());
        List<String> mutation = new ArrayList<>(root.mutationReports());
        List<ModuleInput> contributing = reactor.modules().stream()
                .filter(m -> m.excludedReason() == null)
                .toList();
        Map<String, ReactorModules.Located> located = new HashMap<>();
        for (ModuleInput m : contributing) {
            ReactorModules.Located l = ReactorModules.Located.of(
                    m); // each module's globs are walked once, for the union and the breakdown
            located.put(m.path(), l);
            surefire.addAll(ReactorModules.strings(l.surefire()));
            failsafe.addAll(ReactorModules.strings(l.failsafe()));
            testClasses.addAll(ReactorModules.strings(l.testClasses()));
            exec.addAll(ReactorModules.strings(l.exec()));
            classes.addAll(ReactorModules.strings(l.classes()));
            sources.addAll(ReactorModules.strings(l.sources()));
            mutation.addAll(ReactorModules.strings(InputFiles.resolve(m.baseDir(), m.mutationReports())));
        }
        if (exec.isEmpty()) {
            // no module has execution data: name where it was looked for (root-relative patterns that match nothing)
            exec.addAll(ReactorModules.searched(root.baseDir(), List.of(), contributing, ModuleInput::execFiles));
        }
        List<String> warnings = new ArrayList<>();
        BenchmarkInput benchmarks = ReactorModules.reactorBenchmarks(root, contributing, warnings);
        List<String> explicit = new ArrayList<>(root.surefireReports());
        explicit.addAll(root.failsafeReports());
        explicit.addAll(root.execFiles());
        AssessmentRequest union = root.toBuilder()
                .surefireReports(surefire)
                .failsafeReports(failsafe)
                .testClassesDirectories(testClasses)
                .execFiles(exec)
                .classesDirectories(classes)
                // partial reactor (modules not in this build): no history, no trend against whole builds
                .historyFile(reactor.notInBuild().isEmpty() ? root.historyFile() : null)
                .benchmarks(benchmarks)
                .mutationReports(mutation)
                .documentation(
                        root.documentation() == null
                                ? null
                                : root.documentation().withSourceRoots(sources))
                .thisBuild(root.thisBuild()
                        .withWindow(root.thisBuild()
                                .window()
                                .accepting(InputFiles.resolve(root.baseDir(), explicit).stream()
                                        .map(p -> p.toAbsolutePath().normalize())
                                        .toList())))
                .build();
        ClassHash classHash = hashClasses(union);
        try {
            return assessReactor(reactor, union, classHash, contributing, located, warnings);
        } finally {
            if (classHash != null) {
                classHash.cancel(); // done by then, unless the evidence could not be read
            }
        }
    }

    private static Assessment assessReactor(
            ReactorRequest reactor,
            AssessmentRequest union,
            ClassHash classHash,
            List<ModuleInput> contributing,
            Map<String, ReactorModules.Located> located,
            List<String> warnings)
            throws EvidenceException {
        AssessmentRequest root = reactor.root();
        Evidence evidence = EvidenceReader.read(union)
                .withLocations(
                        ReactorModules.searched(
                                root.baseDir(), root.surefireReports(), contributing, ModuleInput::surefireReports),
                        ReactorModules.searched(
                                root.baseDir(), root.failsafeReports(), contributing, ModuleInput::failsafeReports),
                        ReactorModules.searched(
                                root.baseDir(),
                                root.testClassesDirectories(),
                                contributing,
                                ModuleInput::testClassesDirectories));
        List<ModuleSummary> modules = new ArrayList<>();
        for (ModuleInput m : reactor.modules()) {
            modules.add(ReactorModules.summary(m, located.get(m.path()), evidence));
        }
        if (!reactor.notInBuild().isEmpty()) {
            warnings.add("Partial build: the reactor verdict covers " + contributing.size() + " module(s); not in this"
                    + " build, so not in the verdict: " + String.join(", ", reactor.notInBuild())
                    + ". Build the whole project for a verdict on all modules. A partial verdict is not recorded in"
                    + " the history file, so it does not enter the trend of whole builds.");
        }
        return evaluate(union, evidence, classHash)
                .withReactor(new ReactorSummary(modules, reactor.notInBuild()))
                .withMoreWarnings(warnings);
    }

    private static Assessment evaluate(AssessmentRequest request, Evidence evidence, ClassHash classHash)
            throws EvidenceException {
        Path baseDir = request.baseDir();
        HistoryContext history = null;
        List<String> historyWarnings = List.of();
        if (request.historyFile() != null) {
            HistoryRead read = readHistory(request.historyFile(), baseDir);
            historyWarnings = read.warnings();
            Instant invocationStart = request.thisBuild().invocationStart();
            List<HistoryRecord> previous =
                    HistoryQueries.sameProject(
                                    read.records(),
                                    request.project().groupId(),
                                    request.project().artifactId())
                            .stream()
                            // a record of this Maven invocation (e.g. check's, seen by the site report) is not a
                            // previous build
                            .filter(r -> invocationStart == null
                                    || r.timestamp() == null
                                    || r.timestamp().isBefore(invocationStart))
                            .toList();
            Optional<GitInfo> git = GitInfo.find(baseDir);
            String fingerprint = null;
            try {
                fingerprint = fingerprint(classHash, evidence).orElse(null);
            } catch (IOException | UncheckedIOException e) {
                historyWarnings = new ArrayList<>(historyWarnings);
                historyWarnings.add("No input fingerprint for the history (a class file could not be read: "
                        + SafeText.excerpt(String.valueOf(e.getMessage()), 200)
                        + "): this build's test outcomes are not compared with earlier builds of the same input.");
            }
            history = new HistoryContext(
                    previous,
                    git.map(GitInfo::commit).orElse(null),
                    git.map(GitInfo::branch).orElse(null),
                    fingerprint);
        }
        List<String> warnings = new ArrayList<>(historyWarnings);
        warnings.addAll(BundleGates.warnings(evidence));
        List<Quarantine.Entry> quarantined = List.of();
        if (request.quarantineFile() != null) {
            Quarantine quarantine = Quarantine.read(request.quarantineFile());
            LocalDate today = LocalDate.ofInstant(request.timestamp(), ZoneOffset.UTC);
            quarantined = quarantine.activeOn(today);
            warnings.addAll(quarantineWarnings(quarantine, today, evidence));
        }
        return new Evaluator()
                .evaluate(request.policy(), evidence, request.project(), request.timestamp(), history, quarantined)
                .withMoreWarnings(warnings);
    }

    /**
     * Appends the assessment's summary to the history file of the request (nothing when history is off, nor for the
     * reactor verdict of a partial build). The append
     * is atomic per line and locked across threads and JVMs.
     *
     * @throws IOException when the history file cannot be written
     */
    public void record(Assessment assessment, AssessmentRequest request) throws IOException {
        if (!recorded(assessment, request)) {
            return;
        }
        new HistoryStore(request.historyFile(), request.baseDir()).append(toRecord(assessment), request.historyLimit());
    }

    /**
     * Whether {@link #record} appends the assessment: not when history is off, not for the reactor verdict of a partial
     * build, and not for a build that skipped tests (its gates were not measured in this build).
     */

    /**
     * Why {@link #record} writes no history line for this verdict, or empty when it writes one (or history is off).
     *
     * @param assessment the verdict
     * @param request its request
     * @return the reason, for the build log
     */
    public static Optional<String> notRecordedReason(Assessment assessment, AssessmentRequest request) {
        if (request.historyFile() == null || recorded(assessment, request)) {
            return Optional.empty();
        }
        return Optional.of(
                assessment.skippedGates().isEmpty()
                        ? "a partial build's reactor verdict does not enter the trend of whole builds"
                        : "this build skipped tests, so its gates were not measured");
    }

    public static boolean recorded(Assessment assessment, AssessmentRequest request) {
        return request.historyFile() != null
                && (assessment.reactor() == null || !assessment.reactor().partial())
                && assessment.skippedGates().isEmpty()
                && (assessment.scope() == null || !assessment.scope().testsSkipped());
    }

    /**
     * A warning per quarantine entry that has expired (its test counts again) or that names no test of this build.
     * "Today" is the assessment's day in UTC ({@link AssessmentRequest#timestamp()}), never the wall clock.
     */
    static List<String> quarantineWarnings(Quarantine quarantine, LocalDate today, Evidence evidence) {
        List<TestCaseResult> cases = new ArrayList<>(evidence.surefire().cases());
        cases.addAll(evidence.failsafe().cases());
        List<String> warnings = new ArrayList<>();
        for (Quarantine.Entry e : quarantine.entries()) {
            String who = " (owner " + SafeText.excerpt(e.owner(), 80)
                    + (e.issue() == null ? "" : ", " + SafeText.excerpt(e.issue(), 200)) + ")";
            if (!e.activeOn(today)) {
                warnings.add("Quarantine of " + SafeText.excerpt(e.test(), 300) + who + " expired on " + e.expires()
                        + ": it counts against pass-rate gates again; fix the test, or extend or remove the entry in "
                        + quarantine.file());
            } else if (cases.stream().noneMatch(e::covers)) {
                warnings.add("Quarantine entry " + SafeText.excerpt(e.test(), 300) + who + " in " + quarantine.file()
                        + " names no test of this build: remove it, or write the test as class#method or class");
            }
        }
        return warnings;
    }

    /**
     * The build's input fingerprint: its main and test class directories (hashed while the evidence was read) and the
     * ids of the tests it ran.
     */
    private static Optional<String> fingerprint(ClassHash classHash, Evidence evidence)
            throws IOException, EvidenceException {
        List<String> ids = new ArrayList<>();
        for (TestCaseResult c : evidence.surefire().cases()) {
            ids.add(TestRuns.id(c.className(), c.name()));
        }
        for (TestCaseResult c : evidence.failsafe().cases()) {
            ids.add(TestRuns.id(c.className(), c.name()));
        }
        return classHash.join().withTests(ids);
    }

    /** The per-test part of this build's history record: the fingerprint and the first failed, erroring, flaky ids. */
    static TestRuns testRuns(Assessment a) {
        Map<String, String> failed = new TreeMap<>();
        Map<String, String> errors = new TreeMap<>();
        Map<String, String> flaky = new TreeMap<>();
        for (TestCaseResult c : a.tests().notPassed()) {
            (c.outcome() == TestOutcome.ERROR ? errors : failed)
                    .putIfAbsent(TestRuns.id(c.className(), c.name()), firstLine(c));
        }
        for (TestCaseResult c : a.tests().flaky()) {
            flaky.putIfAbsent(TestRuns.id(c.className(), c.name()), firstLine(c));
        }
        return new TestRuns(a.fingerprint(), failed, errors, flaky, a.durations());
    }

    private static String firstLine(TestCaseResult c) {
        return c.message() == null ? "" : SafeText.excerpt(c.message(), TestRuns.MESSAGE);
    }

    static HistoryRecord toRecord(Assessment a) {
        Map<String, GateSnapshot> gates = new TreeMap<>();
        for (GateResult r : a.gates()) {
            BigDecimal value = Ratchet.recorded(r.value());
            gates.put(
                    r.gate().id(),
                    new GateSnapshot(SnapshotStatus.valueOf(r.status().name()), value, ratchetBar(r, value)));
        }
        TestCounts t = a.tests().all();
        Map<String, Long> tests = new TreeMap<>();
        tests.put("total", t.total());
        tests.put("passed", t.passed());
        tests.put("failed", t.failed());
        tests.put("errors", t.errors());
        tests.put("skipped", t.skipped());
        tests.put("flaky", t.flaky());
        Map<String, Map<String, Long>> coverage = new TreeMap<>();
        if (a.coverage().available()) {
            for (CounterKind kind : CounterKind.values()) {
                Counter c = a.coverage().overall().get(kind);
                coverage.put(
                        kind.name().toLowerCase(Locale.ROOT), Map.of("covered", c.covered(), "missed", c.missed()));
            }
        }
        return HistoryRecord.of(
                        a.timestamp(),
                        a.project().groupId(),
                        a.project().artifactId(),
                        a.project().version(),
                        a.score(),
                        a.level(),
                        gates,
                        tests,
                        coverage,
                        a.commit(),
                        a.branch())
                .withTestRuns(testRuns(a));
    }

    /**
     * The bar the next build's ratchet compares with: the best of the bar this build was compared with and its own
     * value. A regressed value is below the bar, so a failed build never lowers it. {@code null} without a ratchet.
     */
    private static BigDecimal ratchetBar(GateResult r, BigDecimal value) {
        if (!r.gate().noRegression() || r.ratchet() == null) {
            return null;
        }
        BigDecimal bar = r.ratchet().previous();
        if (value != null && (bar == null || value.compareTo(bar) > 0)) {
            bar = value;
        }
        return bar;
    }

    private static HistoryRead readHistory(Path file, Path projectDir) throws EvidenceException {
        try {
            return new HistoryStore(file, projectDir).read();
        } catch (IOException e) {
            throw new EvidenceException(
                    file,
                    "Cannot read the readiness history " + file + ": " + e.getMessage()
                            + ". Fix or move the file, point readiness.historyFile elsewhere, or set"
                            + " readiness.skipHistory=true.",
                    e);
        }
    }
}
