package dev.readiness.assess;

import dev.readiness.evidence.EvidenceException;
import dev.readiness.evidence.InputFiles;
import dev.readiness.evidence.bench.BenchmarkAnalyzer;
import dev.readiness.evidence.bench.BenchmarkEvidence;
import dev.readiness.evidence.bench.BenchmarkRequest;
import dev.readiness.evidence.coverage.Counter;
import dev.readiness.evidence.coverage.CounterKind;
import dev.readiness.evidence.coverage.CoverageAnalyzer;
import dev.readiness.evidence.coverage.CoverageEvidence;
import dev.readiness.evidence.coverage.CoverageRequest;
import dev.readiness.evidence.docs.DocumentationAnalyzer;
import dev.readiness.evidence.docs.DocumentationEvidence;
import dev.readiness.evidence.docs.DocumentationRequest;
import dev.readiness.evidence.tests.MalformedReport;
import dev.readiness.evidence.tests.TestClassIndex;
import dev.readiness.evidence.tests.TestCounts;
import dev.readiness.evidence.tests.TestEvidence;
import dev.readiness.evidence.tests.TestGroupScanner;
import dev.readiness.evidence.tests.TestReportReader;
import dev.readiness.history.GateSnapshot;
import dev.readiness.history.GitInfo;
import dev.readiness.history.HistoryQueries;
import dev.readiness.history.HistoryRead;
import dev.readiness.history.HistoryRecord;
import dev.readiness.history.HistoryStore;
import dev.readiness.policy.Metric;
import dev.readiness.policy.Policy;
import dev.readiness.policy.TagDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        Policy policy = request.policy();
        Path baseDir = request.baseDir();

        TestReportReader reader = new TestReportReader();
        TestEvidence surefire = reader.read(baseDir, request.surefireReports());
        TestEvidence failsafe = reader.read(baseDir, request.failsafeReports());
        if (!policy.malformedReportIsError()) {
            rejectMalformed(surefire);
            rejectMalformed(failsafe);
        }

        boolean groupsNeeded = policy.gates().stream().anyMatch(g -> g.enabled() && g.group() != null)
                || !policy.testGroups().isEmpty();
        TestClassIndex testClasses = groupsNeeded
                ? new TestGroupScanner().scan(InputFiles.resolve(baseDir, request.testClassesDirectories()))
                : TestClassIndex.empty();

        CoverageEvidence coverage = coverage(request, policy, baseDir);

        Evidence evidence = new Evidence(
                surefire,
                request.surefireReports(),
                failsafe,
                request.failsafeReports(),
                testClasses,
                request.testClassesDirectories(),
                coverage,
                benchmarks(request, policy, baseDir),
                documentation(request, policy, baseDir));
        HistoryContext history = null;
        List<String> historyWarnings = List.of();
        if (request.historyFile() != null) {
            HistoryRead read = readHistory(request.historyFile());
            historyWarnings = read.warnings();
            List<HistoryRecord> previous = HistoryQueries.sameProject(
                    read.records(),
                    request.project().groupId(),
                    request.project().artifactId());
            Optional<GitInfo> git = GitInfo.find(baseDir);
            history = new HistoryContext(
                    previous,
                    git.map(GitInfo::commit).orElse(null),
                    git.map(GitInfo::branch).orElse(null));
        }
        Assessment assessment =
                new Evaluator().evaluate(policy, evidence, request.project(), request.timestamp(), history);
        if (historyWarnings.isEmpty()) {
            return assessment;
        }
        List<String> warnings = new ArrayList<>(assessment.warnings());
        warnings.addAll(historyWarnings);
        return new Assessment(
                assessment.project(),
                assessment.timestamp(),
                assessment.score(),
                assessment.level(),
                assessment.deploymentApproved(),
                assessment.confidence(),
                assessment.measuredWeight(),
                assessment.gates(),
                assessment.tests(),
                assessment.coverage(),
                assessment.blockingIssues(),
                assessment.recommendations(),
                warnings,
                assessment.trend(),
                assessment.gateTrends(),
                assessment.commit(),
                assessment.branch(),
                assessment.scoreHistory(),
                assessment.benchmarks(),
                assessment.documentation());
    }

    /**
     * Appends the assessment's summary to the history file of the request (nothing when history is off). The append
     * is atomic per line and locked across threads and JVMs.
     *
     * @throws IOException when the history file cannot be written
     */
    public void record(Assessment assessment, AssessmentRequest request) throws IOException {
        if (request.historyFile() == null) {
            return;
        }
        new HistoryStore(request.historyFile()).append(toRecord(assessment), request.historyLimit());
    }

    static HistoryRecord toRecord(Assessment a) {
        Map<String, GateSnapshot> gates = new TreeMap<>();
        for (GateResult r : a.gates()) {
            gates.put(r.gate().id(), new GateSnapshot(r.status().name(), Evaluator.recorded(r.value())));
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

    private static HistoryRead readHistory(Path file) throws EvidenceException {
        try {
            return new HistoryStore(file).read();
        } catch (IOException e) {
            throw new EvidenceException(
                    file,
                    "Cannot read the readiness history " + file + ": " + e.getMessage()
                            + ". Fix or move the file, point readiness.historyFile elsewhere, or set"
                            + " readiness.skipHistory=true.",
                    e);
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
        return new BenchmarkAnalyzer()
                .analyze(new BenchmarkRequest(
                        baseDir, in.results(), in.baseline(), in.tolerancePercent(), in.secondaryMetrics()));
    }

    /** {@code null} when no documentation gate is enabled or no source root is configured. */
    private static DocumentationEvidence documentation(AssessmentRequest request, Policy policy, Path baseDir)
            throws EvidenceException {
        DocumentationInput in = request.documentation();
        if (in == null || in.sourceRoots().isEmpty() || !enabled(policy, Metric.DOCUMENTATION)) {
            return null;
        }
        List<Path> roots = in.sourceRoots().stream()
                .map(r -> baseDir.resolve(r).toAbsolutePath().normalize())
                .toList();
        return new DocumentationAnalyzer()
                .analyze(new DocumentationRequest(baseDir, roots, in.release(), in.requiredFiles()));
    }

    private static boolean enabled(Policy policy, Metric metric) {
        return policy.gates().stream().anyMatch(g -> g.enabled() && g.metric() == metric);
    }

    private static CoverageEvidence coverage(AssessmentRequest request, Policy policy, Path baseDir)
            throws EvidenceException {
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
        return new CoverageAnalyzer()
                .analyze(new CoverageRequest(baseDir, request.execFiles(), classDirectories, tags, threads));
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
