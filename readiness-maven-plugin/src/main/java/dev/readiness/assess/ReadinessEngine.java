package dev.readiness.assess;

import dev.readiness.evidence.EvidenceException;
import dev.readiness.evidence.InputFiles;
import dev.readiness.evidence.coverage.Counter;
import dev.readiness.evidence.coverage.Coverage;
import dev.readiness.evidence.coverage.CoverageEvidence;
import dev.readiness.evidence.tests.TestCounts;
import dev.readiness.history.GateSnapshot;
import dev.readiness.history.GitInfo;
import dev.readiness.history.HistoryQueries;
import dev.readiness.history.HistoryRead;
import dev.readiness.history.HistoryRecord;
import dev.readiness.history.HistoryStore;
import dev.readiness.policy.CounterKind;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

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
        return evaluate(request, EvidenceReader.read(request));
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
        List<ModuleInput> contributing = reactor.modules().stream()
                .filter(m -> m.excludedReason() == null)
                .toList();
        Map<String, Located> located = new HashMap<>();
        for (ModuleInput m : contributing) {
            Located l = Located.of(m); // each module's globs are walked once, for the union and the breakdown
            located.put(m.path(), l);
            surefire.addAll(strings(l.surefire()));
            failsafe.addAll(strings(l.failsafe()));
            testClasses.addAll(strings(l.testClasses()));
            exec.addAll(strings(l.exec()));
            classes.addAll(strings(l.classes()));
            sources.addAll(strings(l.sources()));
        }
        if (exec.isEmpty()) {
            // no module has execution data: name where it was looked for (root-relative patterns that match nothing)
            exec.addAll(searched(root.baseDir(), List.of(), contributing, ModuleInput::execFiles));
        }
        List<String> warnings = new ArrayList<>();
        BenchmarkInput benchmarks = reactorBenchmarks(root, contributing, warnings);
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
        Evidence evidence = EvidenceReader.read(union)
                .withLocations(
                        searched(root.baseDir(), root.surefireReports(), contributing, ModuleInput::surefireReports),
                        searched(root.baseDir(), root.failsafeReports(), contributing, ModuleInput::failsafeReports),
                        searched(
                                root.baseDir(),
                                root.testClassesDirectories(),
                                contributing,
                                ModuleInput::testClassesDirectories));
        List<ModuleSummary> modules = new ArrayList<>();
        for (ModuleInput m : reactor.modules()) {
            modules.add(summary(m, located.get(m.path()), evidence));
        }
        if (!reactor.notInBuild().isEmpty()) {
            warnings.add("Partial build: the reactor verdict covers " + contributing.size() + " module(s); not in this"
                    + " build, so not in the verdict: " + String.join(", ", reactor.notInBuild())
                    + ". Build the whole project for a verdict on all modules. A partial verdict is not recorded in"
                    + " the history file, so it does not enter the trend of whole builds.");
        }
        return evaluate(union, evidence)
                .withReactor(new ReactorSummary(modules, reactor.notInBuild()))
                .withMoreWarnings(warnings);
    }

    /**
     * Where a reactor looked for one kind of evidence, for messages: the root's own locations, then each module's as
     * configured, relative to the reactor root ({@code core/target/failsafe-reports}); each once, in reactor order.
     */
    static List<String> searched(
            Path rootDir,
            List<String> rootLocations,
            List<ModuleInput> modules,
            Function<ModuleInput, List<String>> locations) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        rootLocations.stream().filter(l -> !l.isBlank()).forEach(out::add);
        Path root = rootDir.toAbsolutePath().normalize();
        for (ModuleInput m : modules) {
            for (String location : locations.apply(m)) {
                if (location.isBlank()) {
                    continue;
                }
                String shown;
                try {
                    Path p = m.baseDir().resolve(location.strip()).normalize();
                    shown = p.startsWith(root) ? root.relativize(p).toString().replace('\\', '/') : p.toString();
                } catch (InvalidPathException e) {
                    shown = m.path() + "/" + location.strip(); // a glob that is not a path on this OS
                }
                out.add(shown.isEmpty() ? "." : shown);
            }
        }
        return List.copyOf(out);
    }

    /** A module's locations, resolved against its directory. */
    private record Located(
            List<Path> surefire,
            List<Path> failsafe,
            List<Path> testClasses,
            List<Path> exec,
            List<Path> classes,
            List<Path> sources) {
        static Located of(ModuleInput m) throws EvidenceException {
            Path dir = m.baseDir();
            return new Located(
                    InputFiles.resolve(dir, m.surefireReports()),
                    InputFiles.resolve(dir, m.failsafeReports()),
                    InputFiles.resolve(dir, m.testClassesDirectories()),
                    InputFiles.resolve(dir, m.execFiles()),
                    InputFiles.resolve(dir, m.classesDirectories()),
                    InputFiles.resolve(dir, m.sourceRoots()));
        }
    }

    private static List<String> strings(List<Path> paths) {
        return paths.stream().map(Path::toString).toList();
    }

    /** The root's JMH results when it has some, else those of the one module that has them. */
    private static BenchmarkInput reactorBenchmarks(
            AssessmentRequest root, List<ModuleInput> modules, List<String> warnings) {
        BenchmarkInput own = root.benchmarks();
        if (own != null && own.results() != null && Files.exists(root.baseDir().resolve(own.results()))) {
            return own;
        }
        List<ModuleInput> withResults = modules.stream()
                .filter(m -> m.benchmarks() != null
                        && m.benchmarks().results() != null
                        && Files.exists(m.baseDir().resolve(m.benchmarks().results())))
                .toList();
        if (withResults.isEmpty()) {
            return own;
        }
        ModuleInput first = withResults.get(0);
        if (withResults.size() > 1) {
            warnings.add("Several modules have JMH results; the reactor's benchmark gates compare those of "
                    + first.name() + " only ("
                    + withResults.stream().skip(1).map(ModuleInput::name).toList()
                    + " are judged in their own module verdicts).");
        }
        BenchmarkInput b = first.benchmarks();
        return new BenchmarkInput(
                first.baseDir().resolve(b.results()).toString(),
                b.baseline() == null
                        ? null
                        : first.baseDir().resolve(b.baseline()).toString(),
                b.tolerancePercent(),
                b.secondaryMetrics());
    }

    private static ModuleSummary summary(ModuleInput m, Located l, Evidence evidence) {
        List<String> notes = new ArrayList<>();
        if (m.excludedReason() != null) {
            notes.add(m.excludedReason());
            return new ModuleSummary(
                    m.name(),
                    m.path(),
                    m.packaging(),
                    m.verdict(),
                    TestCounts.NONE,
                    TestCounts.NONE,
                    null,
                    false,
                    notes);
        }
        List<Path> surefireDirs = l.surefire();
        List<Path> failsafeDirs = l.failsafe();
        TestCounts unit = TestCounts.of(evidence.surefire().cases().stream()
                .filter(c -> under(c.reportFile(), surefireDirs))
                .toList());
        TestCounts integration = TestCounts.of(evidence.failsafe().cases().stream()
                .filter(c -> under(c.reportFile(), failsafeDirs))
                .toList());
        boolean ownExec = l.exec().stream().anyMatch(Files::isRegularFile);
        Coverage coverage = null;
        CoverageEvidence c = evidence.coverage();
        if (c.available()) {
            for (Path dir : l.classes()) {
                Coverage d = c.classDirectoryCoverage().get(dir);
                if (d != null) {
                    coverage = coverage == null ? d : coverage.plus(d);
                }
            }
        }
        notes.addAll(notes(m, unit.total() + integration.total() > 0, ownExec, coverage, c.available()));
        return new ModuleSummary(
                m.name(), m.path(), m.packaging(), m.verdict(), unit, integration, coverage, ownExec, notes);
    }

    /**
     * What is true of a module in the reactor, in plain words: a module whose classes other modules' tests cover is
     * fine; a test-only module has no classes to compile or cover.
     */
    static List<String> notes(
            ModuleInput m, boolean tests, boolean ownExec, Coverage coverage, boolean coverageAvailable) {
        List<String> notes = new ArrayList<>();
        boolean coveredByOthers =
                coverage != null && !ownExec && coverage.get(CounterKind.LINE).covered() > 0;
        if (!tests) {
            if (coverage == null) {
                notes.add(coverageAvailable ? "no test reports and no main classes" : "no test reports");
            } else if (coverage.get(CounterKind.LINE).covered() > 0) {
                notes.add("no test reports; its classes are covered by other modules' tests");
            } else {
                notes.add("no test reports, and no other module's tests cover its classes");
            }
        } else if (!ownExec) {
            // its tests ran without the JaCoCo agent
            notes.add("no JaCoCo execution data of its own (" + String.join(", ", m.execFiles()) + ")"
                    + (coveredByOthers ? "; its classes are covered by other modules' tests" : ""));
        }
        if (coverage == null && !coverageAvailable) {
            notes.add("coverage not measured");
        } else if (coverage == null && tests) {
            notes.add("test-only module: no main classes; its tests count for the classes of the other modules");
        }
        return notes;
    }

    private static boolean under(Path file, List<Path> locations) {
        for (Path location : locations) {
            if (file.startsWith(location)) {
                return true;
            }
        }
        return false;
    }

    private static Assessment evaluate(AssessmentRequest request, Evidence evidence) throws EvidenceException {
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
            history = new HistoryContext(
                    previous,
                    git.map(GitInfo::commit).orElse(null),
                    git.map(GitInfo::branch).orElse(null));
        }
        return new Evaluator()
                .evaluate(request.policy(), evidence, request.project(), request.timestamp(), history)
                .withMoreWarnings(historyWarnings);
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

    static HistoryRecord toRecord(Assessment a) {
        Map<String, GateSnapshot> gates = new TreeMap<>();
        for (GateResult r : a.gates()) {
            BigDecimal value = Ratchet.recorded(r.value());
            gates.put(r.gate().id(), new GateSnapshot(r.status().name(), value, ratchetBar(r, value)));
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
                a.level().name(),
                gates,
                tests,
                coverage,
                a.commit(),
                a.branch());
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
