package dev.readiness.report;

import dev.readiness.assess.Assessment;
import dev.readiness.assess.AssessmentRequest;
import dev.readiness.assess.Evaluator;
import dev.readiness.assess.Evidence;
import dev.readiness.assess.ModuleSummary;
import dev.readiness.assess.ModuleVerdict;
import dev.readiness.assess.ProjectInfo;
import dev.readiness.assess.ReactorSummary;
import dev.readiness.assess.ReadinessEngine;
import dev.readiness.assess.Requests;
import dev.readiness.evidence.EvidenceException;
import dev.readiness.evidence.coverage.Counter;
import dev.readiness.evidence.coverage.Coverage;
import dev.readiness.evidence.coverage.CoverageEvidence;
import dev.readiness.evidence.coverage.Offender;
import dev.readiness.evidence.coverage.TagCoverage;
import dev.readiness.evidence.tests.TestCaseResult;
import dev.readiness.evidence.tests.TestClassIndex;
import dev.readiness.evidence.tests.TestCounts;
import dev.readiness.evidence.tests.TestEvidence;
import dev.readiness.evidence.tests.TestOutcome;
import dev.readiness.history.Trend;
import dev.readiness.history.TrendDirection;
import dev.readiness.policy.CounterKind;
import dev.readiness.policy.GateSpec;
import dev.readiness.policy.Policy;
import dev.readiness.policy.PolicyException;
import dev.readiness.policy.PolicyFactory;
import dev.readiness.policy.ReadinessLevel;
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

    /** Where {@link #blockedWithLongNames} pretends the project was checked out, as on a CI runner. */
    public static final Path CHECKOUT =
            RESOURCES.resolve("home/runner/work/acme-flight-control-platform/acme-flight-control-platform");

    /** A class name as long as generated or deeply nested code has them (no break opportunity but the dots). */
    static final String LONG_CLASS = "com.acme.flightcontrol.guidance.navigation.internal.statemachine"
            + ".AttitudeDeterminationAndControlSubsystemStateEstimatorFactoryImplementation";

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
        return GateSpec.builder(id).threshold(threshold).build();
    }

    /** Surefire + Failsafe reports of Surefire 3.6.1 and JaCoCo 0.8.15 execution data, through the real engine. */
    public static Assessment real() throws EvidenceException {
        Policy policy = policy(List.of(CRITICAL, SAFETY));
        return new ReadinessEngine().assess(realEvidence(policy, PROJECT).build());
    }

    /** A request over the Surefire, Failsafe and JaCoCo fixtures of {@link #real()}. */
    static AssessmentRequest.Builder realEvidence(Policy policy, ProjectInfo project) {
        return AssessmentRequest.builder(policy, project, RESOURCES)
                .surefireReports(List.of("surefire/junit5-surefire-3.6.1"))
                .failsafeReports(List.of("surefire/junit5-failsafe-3.6.1"))
                .testClassesDirectories(List.of("surefire/classes/junit5"))
                .execFiles(List.of("jacoco/basic/jacoco.exec"))
                .classesDirectories(List.of("jacoco/basic/classes"))
                .threads(1)
                .timestamp(NOW);
    }

    /**
     * PIT 1.30.2's report of the IT sample (117 mutants, 97 detected) through the real engine, with the recommended
     * tier policy: safety-critical 100 % (one survivor in {@code Saturation.clamp}: fails), critical 85 %, overall 60 %.
     */
    public static Assessment mutation() throws EvidenceException {
        Policy policy = policy(
                List.of(CRITICAL, SAFETY),
                mutationGate("safety-critical-mutation", "safety-critical", "100", true),
                mutationGate("critical-mutation", "critical", "85", true),
                mutationGate("overall-mutation", null, "60", false));
        return new ReadinessEngine()
                .assess(AssessmentRequest.builder(policy, PROJECT, RESOURCES)
                        .mutationReports(List.of("pit/sample"))
                        .classesDirectories(List.of("pit/sample/classes"))
                        .threads(1)
                        .timestamp(NOW)
                        .build());
    }

    private static GateSpec mutationGate(String id, String tag, String threshold, boolean critical) {
        return GateSpec.builder(id)
                .metric("mutation")
                .tag(tag)
                .threshold(threshold)
                .weight("0.05")
                .critical(String.valueOf(critical))
                .build();
    }

    /** No evidence anywhere: every gate MISSING or NOT_CONFIGURED, no score. */
    public static Assessment allMissing() throws EvidenceException {
        Policy policy = policy(List.of(CRITICAL, SAFETY));
        return new ReadinessEngine()
                .assess(Requests.mavenLayout(policy, PROJECT, RESOURCES.resolve("does-not-exist"), NOW)
                        .build());
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
     * Not approved and nothing blocks: the critical-component gate is made non-critical, so its failure lowers the
     * score (NEEDS_IMPROVEMENT) without blocking.
     */
    public static Assessment notApproved() {
        Evidence evidence = evidence(cases(40, 0, "com.acme.CalcTest", "adds", null), coverage(60, 40, 99, 1));
        return new Evaluator()
                .evaluate(
                        policy(
                                List.of(CRITICAL, SAFETY),
                                GateSpec.builder("critical-component-coverage")
                                        .critical("false")
                                        .build(),
                                threshold("safety-critical-coverage", "95"),
                                disable("system-compatibility"),
                                disable("performance-benchmarks"),
                                disable("numerical-stability"),
                                disable("documentation-completeness")),
                        evidence,
                        PROJECT,
                        NOW);
    }

    /** The assessment as a first run with history on: every trend without an earlier value. */
    public static Assessment firstRun(Assessment a) {
        Map<String, Trend> gateTrends = new java.util.TreeMap<>();
        a.gates().stream()
                .filter(r -> r.value() != null)
                .forEach(r -> gateTrends.put(r.gate().id(), Trend.of(List.of(), r.value())));
        return withHistory(a, Trend.of(List.of(), a.score()), gateTrends, null, null);
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

    /**
     * A blocked reactor verdict with long names everywhere a real multi-module build has them: class names of 130
     * characters in the coverage offenders and the failing tests, module paths five directories deep, and an absolute
     * CI path ({@link #CHECKOUT}) in an evidence warning. For the layout at 1280 px and the relative paths.
     */
    public static Assessment blockedWithLongNames() {
        List<TestCaseResult> cases = new ArrayList<>(cases(40, 0, LONG_CLASS + "Test", "estimatesAttitude", null));
        for (int i = 0; i < 3; i++) {
            cases.add(new TestCaseResult(
                    LONG_CLASS + "Test",
                    "convergesWithinToleranceWhenTheGyroscopeDriftsBeyondTheCalibratedEnvelope" + i,
                    TestOutcome.FAILED,
                    0,
                    1000,
                    "org.opentest4j.AssertionFailedError: expected: <0.0012345678901234567890> but was:"
                            + " <0.0098765432109876543210> at " + LONG_CLASS + ".estimate(" + LONG_CLASS
                            + ".java:4711)",
                    Path.of("TEST-" + LONG_CLASS + "Test.xml")));
        }
        List<Offender> offenders = List.of(
                new Offender(LONG_CLASS, null, "com/acme/X.java", 57, 120, List.of(12, 13, 14, 20, 31, 32, 40)),
                new Offender(
                        LONG_CLASS + "$InnerKalmanFilterCovarianceMatrixUpdateStrategy",
                        "updateCovarianceMatrixWithProcessNoise(double[][], double[][], double)",
                        "com/acme/X.java",
                        21,
                        30));
        Assessment a = new Evaluator()
                .evaluate(
                        policy(
                                List.of(CRITICAL, SAFETY),
                                threshold("test-pass-rate", "100"),
                                disable("performance-benchmarks"),
                                disable("documentation-completeness")),
                        evidence(cases, coverage(150, 78, 100, 0, offenders)),
                        PROJECT,
                        NOW);
        Path reports = CHECKOUT.resolve(
                "platform/flight-control/guidance-navigation-and-control/attitude-determination/target/surefire-reports");
        List<ModuleSummary> modules = new ArrayList<>();
        String[] paths = {
            "platform/flight-control/guidance-navigation-and-control/attitude-determination",
            "platform/flight-control/guidance-navigation-and-control/orbit-propagation-and-ephemeris",
            "platform/ground-segment/telemetry-telecommand-gateway",
            "tools/code-generation/interface-control-document-compiler"
        };
        for (String path : paths) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            modules.add(new ModuleSummary(
                    name,
                    path,
                    "jar",
                    new ModuleVerdict(ReadinessLevel.NEEDS_IMPROVEMENT, new BigDecimal("78.25")),
                    TestCounts.of(cases),
                    TestCounts.NONE,
                    a.coverage().overall(),
                    false,
                    List.of("no JaCoCo execution data of its own (" + CHECKOUT.resolve(path)
                            + "/target/jacoco.exec)")));
        }
        return a.withReactor(new ReactorSummary(modules, List.of("platform-documentation-site")))
                .withMoreWarnings(List.of("malformed test report " + reports.resolve("TEST-" + LONG_CLASS + "Test.xml")
                        + " at line 3: unexpected end of file (a forked JVM killed while writing?); rerun the tests"));
    }

    static Assessment withHistory(
            Assessment a, Trend trend, Map<String, Trend> gateTrends, String commit, String branch) {
        return a.toBuilder()
                .trend(trend)
                .gateTrends(gateTrends)
                .commit(commit)
                .branch(branch)
                .build();
    }

    /** The assessment with a series of earlier scores (for the trend chart), oldest first, then its own score. */
    static Assessment withScores(Assessment a, String... earlier) {
        List<dev.readiness.assess.ScorePoint> points = new ArrayList<>();
        for (int i = 0; i < earlier.length; i++) {
            points.add(new dev.readiness.assess.ScorePoint(
                    NOW.minusSeconds(3600L * (earlier.length - i)), new BigDecimal(earlier[i]), "CONDITIONAL_READY"));
        }
        points.add(new dev.readiness.assess.ScorePoint(NOW, a.score(), a.level().name()));
        return a.toBuilder().scoreHistory(points).build();
    }

    private static GateSpec disable(String id) {
        return GateSpec.disabled(id);
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
        return coverage(
                covered,
                missed,
                safetyCovered,
                safetyMissed,
                List.of(
                        new Offender(
                                "com.acme.control.<Pid>Loop", null, "com/acme/control/PidLoop.java", missed, covered),
                        new Offender("com.acme.util.Saturation", "clamp(double, double, double)", null, 0, 4)));
    }

    private static CoverageEvidence coverage(
            long covered, long missed, long safetyCovered, long safetyMissed, List<Offender> offenders) {
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
