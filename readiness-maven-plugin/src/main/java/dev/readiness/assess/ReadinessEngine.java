package dev.readiness.assess;

import dev.readiness.evidence.EvidenceException;
import dev.readiness.evidence.InputFiles;
import dev.readiness.evidence.coverage.CoverageAnalyzer;
import dev.readiness.evidence.coverage.CoverageEvidence;
import dev.readiness.evidence.coverage.CoverageRequest;
import dev.readiness.evidence.tests.MalformedReport;
import dev.readiness.evidence.tests.TestClassIndex;
import dev.readiness.evidence.tests.TestEvidence;
import dev.readiness.evidence.tests.TestGroupScanner;
import dev.readiness.evidence.tests.TestReportReader;
import dev.readiness.policy.Metric;
import dev.readiness.policy.Policy;
import dev.readiness.policy.TagDefinition;
import java.nio.file.Path;
import java.util.List;

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
                coverage);
        return new Evaluator().evaluate(policy, evidence, request.project(), request.timestamp());
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
