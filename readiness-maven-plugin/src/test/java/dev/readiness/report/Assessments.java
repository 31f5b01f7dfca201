package dev.readiness.report;

import dev.readiness.assess.Assessment;
import dev.readiness.assess.AssessmentRequest;
import dev.readiness.assess.Evaluator;
import dev.readiness.assess.Evidence;
import dev.readiness.assess.ProjectInfo;
import dev.readiness.assess.ReadinessEngine;
import dev.readiness.evidence.EvidenceException;
import dev.readiness.evidence.coverage.Counter;
import dev.readiness.evidence.coverage.Coverage;
import dev.readiness.evidence.coverage.CoverageEvidence;
import dev.readiness.evidence.coverage.Offender;
import dev.readiness.evidence.coverage.TagCoverage;
import dev.readiness.evidence.tests.TestCaseResult;
import dev.readiness.evidence.tests.TestClassIndex;
import dev.readiness.evidence.tests.TestEvidence;
import dev.readiness.evidence.tests.TestOutcome;
import dev.readiness.history.Trend;
import dev.readiness.history.TrendDirection;
import dev.readiness.policy.CounterKind;
import dev.readiness.policy.GateSpec;
import dev.readiness.policy.Policy;
import dev.readiness.policy.PolicyException;
import dev.readiness.policy.PolicyFactory;
import dev.readiness.policy.TagDefinition;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Assessments the renderers are tested with. {@link #real} is evaluated by the real engine from the fixtures the real
 * tools wrote ({@code src/test/resources/surefire} and {@code jacoco}, see their README.md); the others are hand-made
 * edge cases evaluated by the real {@link Evaluator}.
 */
public final class Assessments {
    public static final Path RESOURCES = Path.of("src/test/resources").toAbsolutePath();
    static final ProjectInfo PROJECT = new ProjectInfo("com.acme", "controller", "1.0.0");
    static final Instant NOW = Instant.parse("2026-11-22T10:15:30.123Z");
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "<img src=x onerror=alert(2)>";

    private static final TagDefinition CRITICAL =
            TagDefinition.of("critical", List.of("com.acme.control.**"), List.of(), List.of());
    private static final TagDefinition SAFETY =
            TagDefinition.of("safety-critical", List.of(), List.of(), List.of("com.acme.SafetyCritical"));

    private Assessments() {}

    static Policy policy(List<TagDefinition> tags, GateSpec... specs) {
        try {
            return new PolicyFactory().build(tags, List.of(), List.of(specs), null, null, null, null);
        } catch (PolicyException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GateSpec threshold(String id, String threshold) {
        return new GateSpec(id, null, null, null, null, null, threshold, null, null, null, null, null, null);
    }

    /** Surefire + Failsafe reports of Surefire 3.6.1 and JaCoCo 0.8.15 execution data, through the real engine. */
    public static Assessment real() throws EvidenceException {
        Policy policy = policy(List.of(CRITICAL, SAFETY));
        return new ReadinessEngine()
                .assess(new AssessmentRequest(
                        policy,
                        PROJECT,
                        RESOURCES,
                        List.of("surefire/junit5-surefire-3.6.1"),
                        List.of("surefire/junit5-failsafe-3.6.1"),
                        List.of("surefire/classes/junit5"),
                        List.of("jacoco/basic/jacoco.exec"),
                        List.of("jacoco/basic/classes"),
                        1,
                        NOW,
                        null,
                        0));
    }

    /** No evidence anywhere: every gate MISSING or NOT_CONFIGURED, no score. */
    public static Assessment allMissing() throws EvidenceException {
        Policy policy = policy(List.of(CRITICAL, SAFETY));
        return new ReadinessEngine()
                .assess(new AssessmentRequest(
                        policy,
                        PROJECT,
                        RESOURCES.resolve("does-not-exist"),
                        List.of("target/surefire-reports"),
                        List.of("target/failsafe-reports"),
                        List.of("target/test-classes"),
                        List.of("target/jacoco*.exec"),
                        List.of("target/classes"),
                        1,
                        NOW,
                        null,
                        0));
    }

    /** Tests only, coverage gates enabled but no execution data. */
    public static Assessment coverageUnavailable() {
        Evidence evidence = evidence(
                cases(20, 0, "com.acme.CalcTest", "adds", null),
                CoverageEvidence.missing(
                        List.of(Path.of("target/jacoco.exec")),
                        "no JaCoCo execution data (target/jacoco*.exec); add jacoco-maven-plugin's prepare-agent"));
        return new Evaluator().evaluate(policy(List.of(CRITICAL, SAFETY)), evidence, PROJECT, NOW);
    }

    /** Tag {@code critical} selects {@code n} classes ({@code com.acme.gen.C000}, ...), all covered. */
    public static Assessment manyTaggedClasses(int n) {
        List<String> names = new java.util.ArrayList<>();
        for (int i = n - 1; i >= 0; i--) {
            names.add(String.format(java.util.Locale.ROOT, "com.acme.gen.C%03d", i));
        }
        CoverageEvidence coverage = new CoverageEvidence(
                List.of(Path.of("target/jacoco.exec")),
                List.of(Path.of("target/classes")),
                n,
                lines(n, 0),
                List.of(),
                Map.of("critical", new TagCoverage("critical", names, 0, lines(n, 0), List.of())),
                List.of(),
                null);
        return new Evaluator()
                .evaluate(
                        policy(List.of(CRITICAL)),
                        evidence(cases(10, 0, "com.acme.CalcTest", "adds", null), coverage),
                        PROJECT,
                        NOW);
    }

    /** Everything measured and passing: PRODUCTION_READY. */
    public static Assessment passing() {
        Evidence evidence = evidence(cases(40, 0, "com.acme.CalcTest", "adds", null), coverage(98, 2, 99, 1));
        return new Evaluator()
                .evaluate(
                        policy(
                                List.of(CRITICAL, SAFETY),
                                threshold("safety-critical-coverage", "95"),
                                disable("system-compatibility"),
                                disable("performance-benchmarks"),
                                disable("numerical-stability"),
                                disable("documentation-completeness")),
                        evidence,
                        PROJECT,
                        NOW);
    }

    /**
     * A blocked verdict whose evidence is hostile: test names and failure messages with HTML, Markdown and table
     * syntax; plus a trend, gate trends, commit and branch as the history integration fills them.
     */
    public static Assessment hostile() {
        List<TestCaseResult> cases = new ArrayList<>(cases(30, 0, "com.acme.CalcTest", "adds", null));
        cases.add(new TestCaseResult(
                "com.acme.EvilTest",
                SCRIPT,
                TestOutcome.FAILED,
                0,
                1000,
                IMG + " | **bold** [link](javascript:alert(3)) @octocat & \"quoted\" 'single'",
                Path.of("TEST-com.acme.EvilTest.xml")));
        cases.add(new TestCaseResult(
                "com.acme.<b>Bold</b>Test",
                "name\nwith | pipe",
                TestOutcome.ERROR,
                0,
                1000,
                "# heading\n- list </td></tr></table><svg onload=alert(4)>",
                Path.of("TEST-com.acme.BoldTest.xml")));
        Assessment a = new Evaluator()
                .evaluate(
                        policy(
                                List.of(CRITICAL, SAFETY),
                                threshold("test-pass-rate", "100"),
                                disable("performance-benchmarks"),
                                disable("documentation-completeness")),
                        evidence(cases, coverage(70, 30, 100, 0)),
                        PROJECT,
                        NOW);
        Trend trend = new Trend(
                TrendDirection.DECLINING,
                new BigDecimal("91.25"),
                a.score().subtract(new BigDecimal("91.25")),
                new BigDecimal("93.5"),
                a.score(),
                4);
        return withHistory(
                a,
                trend,
                Map.of(
                        "overall-test-coverage",
                        Trend.of(
                                List.of(new BigDecimal("80"), new BigDecimal("75")),
                                a.gates().get(0).value())),
                "0123456789abcdef0123456789abcdef01234567",
                "feature/<i>x</i>");
    }

    /** A blocked verdict with one failing test of the given name and failure message among 30 passing ones. */
    public static Assessment failingTest(String name, String message) {
        List<TestCaseResult> cases = new ArrayList<>(cases(30, 0, "com.acme.CalcTest", "adds", null));
        cases.add(new TestCaseResult(
                "com.acme.CalcTest",
                name,
                TestOutcome.FAILED,
                0,
                1000,
                message,
                Path.of("TEST-com.acme.CalcTest.xml")));
        return new Evaluator()
                .evaluate(
                        policy(
                                List.of(CRITICAL, SAFETY),
                                threshold("test-pass-rate", "100"),
                                disable("performance-benchmarks"),
                                disable("documentation-completeness")),
                        evidence(cases, coverage(70, 30, 100, 0)),
                        PROJECT,
                        NOW);
    }

    /**
     * An approved verdict (every critical gate passes) with the given Surefire cases beside 40 passing ones, and 5
     * Failsafe tests of which {@code failsafeFailed} fail: with 1 or more, the non-critical {@code system-compatibility}
     * gate fails (80 % &lt; 85 %) without blocking.
     */
    public static Assessment approvedWith(List<TestCaseResult> surefireCases, int failsafeFailed) {
        List<TestCaseResult> cases = new ArrayList<>(cases(40, 0, "com.acme.CalcTest", "adds", null));
        cases.addAll(surefireCases);
        TestEvidence surefire =
                new TestEvidence(List.of(Path.of("TEST-com.acme.CalcTest.xml")), List.of(), cases, List.of());
        TestEvidence failsafe = new TestEvidence(
                List.of(Path.of("TEST-com.acme.CalcIT.xml")),
                List.of(),
                cases(5, failsafeFailed, "com.acme.CalcIT", "starts", "port 8080 in use"),
                List.of());
        Evidence evidence = new Evidence(
                surefire,
                List.of("target/surefire-reports"),
                failsafe,
                List.of("target/failsafe-reports"),
                TestClassIndex.empty(),
                List.of("target/test-classes"),
                coverage(98, 2, 99, 1));
        return new Evaluator()
                .evaluate(
                        policy(
                                List.of(CRITICAL, SAFETY),
                                threshold("safety-critical-coverage", "95"),
                                disable("performance-benchmarks"),
                                disable("numerical-stability"),
                                disable("documentation-completeness")),
                        evidence,
                        PROJECT,
                        NOW);
    }

    static Assessment withHistory(
            Assessment a, Trend trend, Map<String, Trend> gateTrends, String commit, String branch) {
        return new Assessment(
                a.project(),
                a.timestamp(),
                a.score(),
                a.level(),
                a.deploymentApproved(),
                a.confidence(),
                a.measuredWeight(),
                a.gates(),
                a.tests(),
                a.coverage(),
                a.blockingIssues(),
                a.recommendations(),
                a.warnings(),
                trend,
                gateTrends,
                commit,
                branch,
                a.scoreHistory(),
                a.benchmarks(),
                a.documentation(),
                a.reactor());
    }

    /** The assessment with a series of earlier scores (for the trend chart), oldest first, then its own score. */
    static Assessment withScores(Assessment a, String... earlier) {
        List<dev.readiness.assess.ScorePoint> points = new ArrayList<>();
        for (int i = 0; i < earlier.length; i++) {
            points.add(new dev.readiness.assess.ScorePoint(
                    NOW.minusSeconds(3600L * (earlier.length - i)), new BigDecimal(earlier[i]), "CONDITIONAL_READY"));
        }
        points.add(new dev.readiness.assess.ScorePoint(NOW, a.score(), a.level().name()));
        return new Assessment(
                a.project(),
                a.timestamp(),
                a.score(),
                a.level(),
                a.deploymentApproved(),
                a.confidence(),
                a.measuredWeight(),
                a.gates(),
                a.tests(),
                a.coverage(),
                a.blockingIssues(),
                a.recommendations(),
                a.warnings(),
                a.trend(),
                a.gateTrends(),
                a.commit(),
                a.branch(),
                points,
                a.benchmarks(),
                a.documentation(),
                a.reactor());
    }

    private static GateSpec disable(String id) {
        return new GateSpec(id, null, null, null, null, null, null, null, null, null, "false", null, null);
    }

    private static List<TestCaseResult> cases(int n, int failed, String className, String name, String message) {
        List<TestCaseResult> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(new TestCaseResult(
                    className,
                    name + i,
                    i < failed ? TestOutcome.FAILED : TestOutcome.PASSED,
                    0,
                    1000,
                    i < failed ? message : null,
                    Path.of("TEST-" + className + ".xml")));
        }
        return list;
    }

    private static Evidence evidence(List<TestCaseResult> cases, CoverageEvidence coverage) {
        TestEvidence surefire =
                new TestEvidence(List.of(Path.of("TEST-com.acme.CalcTest.xml")), List.of(), cases, List.of());
        TestEvidence failsafe = new TestEvidence(
                List.of(Path.of("TEST-com.acme.CalcIT.xml")),
                List.of(),
                cases(5, 0, "com.acme.CalcIT", "starts", null),
                List.of());
        return new Evidence(
                surefire,
                List.of("target/surefire-reports"),
                failsafe,
                List.of("target/failsafe-reports"),
                TestClassIndex.empty(),
                List.of("target/test-classes"),
                coverage);
    }

    private static Coverage lines(long covered, long missed) {
        Map<CounterKind, Counter> m = new EnumMap<>(CounterKind.class);
        for (CounterKind kind : CounterKind.values()) {
            m.put(kind, new Counter(covered * 3, missed * 3));
        }
        m.put(CounterKind.LINE, new Counter(covered, missed));
        return new Coverage(m);
    }

    private static CoverageEvidence coverage(long covered, long missed, long safetyCovered, long safetyMissed) {
        List<Offender> offenders = List.of(
                new Offender("com.acme.control.<Pid>Loop", null, "com/acme/control/PidLoop.java", missed, covered),
                new Offender("com.acme.util.Saturation", "clamp(double, double, double)", null, 0, 4));
        Map<String, TagCoverage> tags = Map.of(
                "critical",
                new TagCoverage(
                        "critical",
                        List.of(
                                "com.acme.control.<Pid>Loop",
                                "com.acme.control.Controller",
                                "com.acme.control.Controller$Mode"),
                        0,
                        lines(covered, missed),
                        offenders.subList(0, 1)),
                "safety-critical",
                new TagCoverage(
                        "safety-critical",
                        List.of("com.acme.util.Saturation"),
                        1,
                        lines(safetyCovered, safetyMissed),
                        offenders.subList(1, 2)));
        return new CoverageEvidence(
                List.of(Path.of("target/jacoco.exec")),
                List.of(Path.of("target/classes")),
                12,
                lines(covered, missed),
                offenders,
                tags,
                List.of("com.acme.Stale"),
                null);
    }
}
