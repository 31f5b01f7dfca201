package dev.readiness.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.evidence.coverage.Coverage;
import dev.readiness.evidence.coverage.CoverageEvidence;
import dev.readiness.evidence.coverage.Offender;
import dev.readiness.evidence.coverage.TagCoverage;
import dev.readiness.evidence.tests.MalformedReport;
import dev.readiness.evidence.tests.TestEvidence;
import dev.readiness.evidence.tests.TestOutcome;
import dev.readiness.policy.GateSpec;
import dev.readiness.policy.Policy;
import dev.readiness.policy.PolicyException;
import dev.readiness.policy.PolicyFactory;
import dev.readiness.policy.ReadinessLevel;
import dev.readiness.policy.TagDefinition;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvaluatorTest {
    private static final ProjectInfo PROJECT = new ProjectInfo("com.acme", "lib", "1.0");
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final TagDefinition CRITICAL =
            TagDefinition.of("critical", List.of("com.acme.control.**"), List.of(), List.of());
    private static final TagDefinition SAFETY =
            TagDefinition.of("safety-critical", List.of(), List.of(), List.of("com.acme.SafetyCritical"));

    // --- helpers -------------------------------------------------------------------------------------------

    private static Policy policy(List<TagDefinition> tags, GateSpec... specs) throws PolicyException {
        return new PolicyFactory().build(tags, List.of(), List.of(specs), null, null, null, null);
    }

    private static GateSpec disable(String id) {
        return GateSpec.disabled(id);
    }

    /** Only the given default gates stay enabled. */
    private static GateSpec[] only(String... keep) {
        List<String> keepList = List.of(keep);
        return PolicyFactory.defaultGates().stream()
                .filter(g -> !keepList.contains(g.id()))
                .map(g -> disable(g.id()))
                .toArray(GateSpec[]::new);
    }

    private static Coverage lines(long covered, long missed) {
        return GateFixtures.lines(covered, missed);
    }

    private static CoverageEvidence coverage(Coverage overall, Map<String, TagCoverage> tags) {
        return new CoverageEvidence(
                List.of(Path.of("target/jacoco.exec")),
                List.of(Path.of("target/classes")),
                10,
                overall,
                List.of(new Offender("com.acme.filter.LowPass", null, "LowPass.java", 7, 20)),
                tags,
                List.of(),
                null);
    }

    private static TagCoverage tag(String name, long covered, long missed, String worst) {
        return new TagCoverage(
                name,
                List.of(worst),
                0,
                lines(covered, missed),
                List.of(new Offender(worst, null, null, missed, covered)));
    }

    private static TestEvidence tests(TestOutcome... outcomes) {
        return GateFixtures.tests(outcomes);
    }

    private static final TestEvidence NO_TESTS = new TestEvidence(List.of(), List.of(), List.of(), List.of());

    private static Evidence evidence(TestEvidence surefire, TestEvidence failsafe, CoverageEvidence coverage) {
        return GateFixtures.evidence(surefire, failsafe, coverage, null, null, null);
    }

    private static Assessment evaluate(Policy policy, Evidence evidence) {
        return new Evaluator().evaluate(policy, evidence, PROJECT, NOW);
    }

    private static GateResult gate(Assessment a, String id) {
        return a.gates().stream()
                .filter(g -> g.gate().id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    // --- tests ---------------------------------------------------------------------------------------------

    @Test
    void failsWhenSafetyCriticalLineIsMissed() throws Exception {
        Policy policy = policy(List.of(CRITICAL, SAFETY));
        CoverageEvidence cov = coverage(
                lines(90, 10),
                Map.of(
                        "critical", tag("critical", 99, 1, "com.acme.control.Smc"),
                        "safety-critical", tag("safety-critical", 77, 1, "com.acme.util.Saturation")));
        Assessment a = evaluate(policy, evidence(tests(TestOutcome.PASSED), NO_TESTS, cov));

        GateResult safety = gate(a, "safety-critical-coverage");
        assertThat(safety.status()).isEqualTo(GateStatus.FAILED);
        assertThat(safety.blocking()).isTrue();
        assertThat(safety.message())
                .isEqualTo("safety-critical-coverage: 98.7 % of lines < required 100 % in tag 'safety-critical'"
                        + " (1 line missed, most in com.acme.util.Saturation)");
        assertThat(safety.details()).first().asString().contains("cover 1 more line in tag");
        assertThat(Wording.count(2, "branches")).isEqualTo("2 branches");
        assertThat(Wording.count(1, "branches")).isEqualTo("1 branch");
        assertThat(Wording.count(1, "classes")).isEqualTo("1 class");
        assertThat(Wording.count(1, "complexity")).isEqualTo("1 complexity");
        assertThat(a.level()).isEqualTo(ReadinessLevel.BLOCKED);
        assertThat(a.deploymentApproved()).isFalse();
        assertThat(a.blockingIssues()).containsExactly(safety.message());
        assertThat(gate(a, "critical-component-coverage").status()).isEqualTo(GateStatus.PASSED);
    }

    @Test
    void neverRoundsAValueUpIntoAPass() throws Exception {
        // 9499 of 10000 = 94.99 % must fail a 95 % threshold, 9500 must pass
        Policy policy = policy(
                List.of(),
                GateSpec.builder("overall-test-coverage").threshold("95").build());
        Assessment below = evaluate(policy, evidence(NO_TESTS, NO_TESTS, coverage(lines(9499, 501), Map.of())));
        Assessment at = evaluate(policy, evidence(NO_TESTS, NO_TESTS, coverage(lines(9500, 500), Map.of())));
        assertThat(gate(below, "overall-test-coverage").status()).isEqualTo(GateStatus.FAILED);
        assertThat(gate(at, "overall-test-coverage").status()).isEqualTo(GateStatus.PASSED);
        // 2 of 3 = 66.666…% never displays as 66.7
        Assessment third = evaluate(policy, evidence(NO_TESTS, NO_TESTS, coverage(lines(2, 1), Map.of())));
        assertThat(gate(third, "overall-test-coverage").message()).startsWith("overall-test-coverage: 66.6 %");
    }

    @ParameterizedTest
    @CsvSource({
        "9499, 501, CONDITIONAL_READY", // score 94.99 is not 95
        "9500, 500, PRODUCTION_READY",
        "8500, 1500, CONDITIONAL_READY",
        "8499, 1501, NEEDS_IMPROVEMENT",
        "7000, 3000, NEEDS_IMPROVEMENT",
        "6999, 3001, NOT_READY"
    })
    void levelBoundariesAreExact(long covered, long missed, ReadinessLevel expected) throws Exception {
        // one measured gate with threshold 100: score == value
        GateSpec[] specs = only("overall-test-coverage");
        GateSpec[] all = java.util.Arrays.copyOf(specs, specs.length + 1);
        all[specs.length] =
                GateSpec.builder("overall-test-coverage").threshold("100").build();
        Assessment a = evaluate(
                policy(List.of(), all), evidence(NO_TESTS, NO_TESTS, coverage(lines(covered, missed), Map.of())));
        assertThat(a.level()).isEqualTo(expected);
    }

    @Test
    void scoreIsTheWeightedMeanOfMeasuredGatesOnly() throws Exception {
        // overall coverage 80/100 vs threshold 85 → gate score 94.117647…, weight 0.15
        // test pass rate 100 % vs 95 → 100, weight 0.10; everything else missing or not configured
        Policy policy = policy(List.of());
        Assessment a = evaluate(
                policy,
                evidence(tests(TestOutcome.PASSED, TestOutcome.PASSED), NO_TESTS, coverage(lines(80, 20), Map.of())));
        // (0.15 * 94.117647 + 0.10 * 100) / 0.25 = 96.470588 → 96.47
        assertThat(a.score()).isEqualByComparingTo("96.47");
        assertThat(gate(a, "critical-component-coverage").status()).isEqualTo(GateStatus.NOT_CONFIGURED);
        assertThat(gate(a, "system-compatibility").status()).isEqualTo(GateStatus.MISSING);
        assertThat(gate(a, "numerical-stability").status()).isEqualTo(GateStatus.NOT_CONFIGURED);
        // measured weight share: 0.25 of 1.00
        assertThat(a.measuredWeight()).isEqualByComparingTo("0.25");
        // with the rule off, the score alone decides the level
        Assessment ruleOff = evaluate(
                policy.withMinimumMeasuredWeight(BigDecimal.ZERO),
                evidence(tests(TestOutcome.PASSED, TestOutcome.PASSED), NO_TESTS, coverage(lines(80, 20), Map.of())));
        assertThat(ruleOff.score()).isEqualByComparingTo("96.47");
        assertThat(ruleOff.level()).isEqualTo(ReadinessLevel.PRODUCTION_READY);
        // but only a quarter of the weight was measured, and medium is the most a verdict on so little can claim
        assertThat(ruleOff.confidence()).isEqualTo(Confidence.MEDIUM);
    }

    @Test
    void aHighScoreOnTooLittleEvidenceIsNotReadyAndNotApproved() throws Exception {
        // commons-text with the default policy (issue 17): no tags, no Failsafe tests, no stability group, no JMH;
        // coverage and pass rate measured, 25 % of the weight, below the default minimum of 50 %
        Assessment a = evaluate(
                policy(List.of()),
                evidence(tests(TestOutcome.PASSED, TestOutcome.PASSED), NO_TESTS, coverage(lines(95, 5), Map.of())));

        assertThat(a.score()).isEqualByComparingTo("100");
        assertThat(a.level()).isEqualTo(ReadinessLevel.NOT_READY);
        assertThat(a.deploymentApproved()).isFalse();
        assertThat(a.confidence()).isEqualTo(Confidence.LOW);
        assertThat(a.blockingIssues()).isEmpty();
        assertThat(a.recommendations().get(0))
                .startsWith("not enough evidence for a verdict: 2 of 8 gates measured, 25.0 % of the weight < required"
                        + " 50 % (readiness.minimumMeasuredWeight)")
                .contains("critical-component-coverage (NOT_CONFIGURED)", "system-compatibility (MISSING)")
                .contains("<enabled>false</enabled>");
    }

    @Test
    void disablingTheGatesAProjectDoesNotUseMakesTheVerdictAboutWhatItMeasures() throws Exception {
        Policy policy = policy(List.of(), only("overall-test-coverage", "test-pass-rate"));
        Assessment a = evaluate(
                policy,
                evidence(tests(TestOutcome.PASSED, TestOutcome.PASSED), NO_TESTS, coverage(lines(95, 5), Map.of())));

        assertThat(a.measuredWeight()).isEqualByComparingTo("1");
        assertThat(a.level()).isEqualTo(ReadinessLevel.PRODUCTION_READY);
        assertThat(a.confidence()).isEqualTo(Confidence.VERY_HIGH);
    }

    @Test
    void aBlockedVerdictStaysBlockedWhenLittleWasMeasured() throws Exception {
        Assessment a = evaluate(
                policy(List.of()), evidence(tests(TestOutcome.FAILED), NO_TESTS, coverage(lines(95, 5), Map.of())));

        assertThat(a.level()).isEqualTo(ReadinessLevel.BLOCKED);
        assertThat(a.blockingIssues()).anyMatch(i -> i.startsWith("test-pass-rate:"));
    }

    @Test
    void weightsNeedNotSumToOne() throws Exception {
        Policy policy = policy(
                List.of(),
                GateSpec.builder("overall-test-coverage")
                        .threshold("50")
                        .weight("3")
                        .build(),
                GateSpec.builder("test-pass-rate").threshold("100").weight("1").build());
        // coverage 100 % → 100; pass rate 1/2 → 50 → (3*100 + 1*50)/4 = 87.5
        Assessment a = evaluate(
                policy,
                evidence(tests(TestOutcome.PASSED, TestOutcome.FAILED), NO_TESTS, coverage(lines(10, 0), Map.of())));
        assertThat(a.score()).isEqualByComparingTo("87.5");
        assertThat(a.level()).isEqualTo(ReadinessLevel.BLOCKED); // test-pass-rate is critical and failed
        assertThat(a.confidence()).isEqualTo(Confidence.MEDIUM);
    }

    @Test
    void zeroThresholdScoresHundred() throws Exception {
        Policy policy = policy(
                List.of(),
                GateSpec.builder("overall-test-coverage").threshold("0").build());
        Assessment a = evaluate(policy, evidence(NO_TESTS, NO_TESTS, coverage(lines(0, 10), Map.of())));
        GateResult g = gate(a, "overall-test-coverage");
        assertThat(g.status()).isEqualTo(GateStatus.PASSED);
        assertThat(g.gateScore()).isEqualByComparingTo("100");
    }

    @Test
    void allMissingGivesNoScoreAndBlocksOnCriticalGates() throws Exception {
        Policy policy = policy(List.of(CRITICAL, SAFETY));
        Assessment a = evaluate(
                policy,
                evidence(NO_TESTS, NO_TESTS, CoverageEvidence.missing(List.of(), "no JaCoCo execution data found")));
        assertThat(a.score()).isNull();
        assertThat(a.measuredWeight()).isEqualByComparingTo("0");
        assertThat(a.level()).isEqualTo(ReadinessLevel.BLOCKED);
        assertThat(a.confidence()).isEqualTo(Confidence.LOW);
        assertThat(a.gates()).allSatisfy(g -> assertThat(g.value()).isNull());
        assertThat(gate(a, "critical-component-coverage").message()).contains("no JaCoCo execution data found");
        assertThat(gate(a, "test-pass-rate").message()).contains("no Surefire reports", "target/surefire-reports");
        // critical and safety-critical coverage, test pass rate; numerical stability is NOT_CONFIGURED: no test class
        // carries the 'stability' tag, so the group it measures does not exist here (issue 17)
        assertThat(a.blockingIssues()).hasSize(3);
        assertThat(gate(a, "numerical-stability").status()).isEqualTo(GateStatus.NOT_CONFIGURED);
    }

    @Test
    void missingGateWithOnMissingWarnDoesNotBlock() throws Exception {
        Policy policy = policy(
                List.of(),
                GateSpec.builder("test-pass-rate").onMissing("warn").build(),
                disable("numerical-stability"));
        // (only coverage is measured: the minimum measured weight is turned off to see the onMissing rule alone)
        Assessment a = evaluate(
                policy.withMinimumMeasuredWeight(BigDecimal.ZERO),
                evidence(NO_TESTS, NO_TESTS, coverage(lines(90, 10), Map.of())));
        assertThat(gate(a, "test-pass-rate").status()).isEqualTo(GateStatus.MISSING);
        assertThat(gate(a, "test-pass-rate").blocking()).isFalse();
        assertThat(a.level()).isEqualTo(ReadinessLevel.PRODUCTION_READY);
        assertThat(a.warnings()).anyMatch(w -> w.startsWith("test-pass-rate: MISSING"));
    }

    @Test
    void noScoreWithoutMeasuredGateIsNotReady() throws Exception {
        Policy policy = policy(
                List.of(),
                GateSpec.builder("test-pass-rate").onMissing("ignore").build(),
                GateSpec.builder("numerical-stability").onMissing("ignore").build());
        Assessment a = evaluate(policy, evidence(NO_TESTS, NO_TESTS, CoverageEvidence.missing(List.of(), "none")));
        assertThat(a.score()).isNull();
        assertThat(a.level()).isEqualTo(ReadinessLevel.NOT_READY);
    }

    @Test
    void disabledGateIsReportedAndNotEvaluated() throws Exception {
        Policy policy = policy(List.of(), disable("overall-test-coverage"));
        Assessment a =
                evaluate(policy, evidence(tests(TestOutcome.PASSED), NO_TESTS, coverage(lines(0, 10), Map.of())));
        assertThat(gate(a, "overall-test-coverage").status()).isEqualTo(GateStatus.DISABLED);
        assertThat(gate(a, "overall-test-coverage").value()).isNull();
    }

    @Test
    void tagMatchingNothingIsMissingNotZeroOrHundred() throws Exception {
        Policy policy = policy(List.of(CRITICAL));
        Assessment a = evaluate(
                policy,
                evidence(
                        tests(TestOutcome.PASSED),
                        NO_TESTS,
                        coverage(
                                lines(9, 1),
                                Map.of(
                                        "critical",
                                        new TagCoverage("critical", List.of(), 0, Coverage.empty(), List.of())))));
        GateResult g = gate(a, "critical-component-coverage");
        assertThat(g.status()).isEqualTo(GateStatus.MISSING);
        assertThat(g.message()).contains("matches no analysed class", "com.acme.control.**");
    }

    @Test
    void failingTestsAreListedWorstFirstWithTheirMessage() throws Exception {
        Policy policy = policy(List.of());
        Assessment a = evaluate(
                policy,
                evidence(
                        tests(TestOutcome.PASSED, TestOutcome.FAILED, TestOutcome.ERROR, TestOutcome.SKIPPED),
                        NO_TESTS,
                        coverage(lines(9, 1), Map.of())));
        GateResult g = gate(a, "test-pass-rate");
        assertThat(g.status()).isEqualTo(GateStatus.FAILED);
        assertThat(g.numerator()).isEqualTo(1);
        assertThat(g.denominator()).isEqualTo(3); // skipped excluded
        assertThat(g.details().get(0)).isEqualTo("make 2 more of the Surefire tests pass (2 not passed)");
        assertThat(g.details().get(1)).startsWith("com.acme.FooTest.case2 error — expected <1>");
        assertThat(a.recommendations()).first().asString().startsWith("test-pass-rate: make 2 more");
    }

    @Test
    void flakyCountsAsPassedUnlessThePolicySaysFail() throws Exception {
        Evidence ev = evidence(tests(TestOutcome.PASSED, TestOutcome.FLAKY), NO_TESTS, coverage(lines(9, 1), Map.of()));
        Assessment lenient = evaluate(policy(List.of()), ev);
        assertThat(gate(lenient, "test-pass-rate").status()).isEqualTo(GateStatus.PASSED);
        assertThat(lenient.tests().all().flaky()).isEqualTo(1);

        Policy strict = new PolicyFactory().build(List.of(), List.of(), List.of(), null, null, "fail", null);
        Assessment a = evaluate(strict, ev);
        assertThat(gate(a, "test-pass-rate").status()).isEqualTo(GateStatus.FAILED);
        assertThat(gate(a, "test-pass-rate").details()).anyMatch(d -> d.contains("flaky after 1 rerun"));
    }

    @Test
    void malformedReportCountsAsAnErrorCase() throws Exception {
        TestEvidence broken = new TestEvidence(
                List.of(Path.of("target/surefire-reports/TEST-Killed.xml")),
                List.of(),
                tests(TestOutcome.PASSED).cases(),
                List.of(new MalformedReport(
                        Path.of("target/surefire-reports/TEST-Killed.xml"), 7, 3, "unexpected end of file")));
        Assessment a = evaluate(policy(List.of()), evidence(broken, NO_TESTS, coverage(lines(9, 1), Map.of())));
        GateResult g = gate(a, "test-pass-rate");
        assertThat(g.denominator()).isEqualTo(2);
        assertThat(g.status()).isEqualTo(GateStatus.FAILED);
        assertThat(g.details()).anyMatch(d -> d.contains("TEST-Killed.xml") && d.contains("line 7"));
        assertThat(a.warnings()).anyMatch(w -> w.contains("malformed test report") && w.contains("TEST-Killed.xml"));
    }

    @Test
    void failsafeGateReadsOnlyFailsafeReports() throws Exception {
        Assessment a = evaluate(
                policy(List.of()),
                evidence(tests(TestOutcome.FAILED), tests(TestOutcome.PASSED), coverage(lines(9, 1), Map.of())));
        assertThat(gate(a, "system-compatibility").status()).isEqualTo(GateStatus.PASSED);
        assertThat(gate(a, "test-pass-rate").status()).isEqualTo(GateStatus.FAILED);
        assertThat(a.tests().all().total()).isEqualTo(2);
        assertThat(a.tests().surefire().failed()).isEqualTo(1);
    }

    @Test
    void percentNeededIsTheSmallestPassingCount() {
        assertThat(Percent.partNeeded(77 + 1, new BigDecimal("100"))).isEqualTo(78);
        assertThat(Percent.partNeeded(3, new BigDecimal("66.67"))).isEqualTo(3);
        assertThat(Percent.partNeeded(3, new BigDecimal("66.66"))).isEqualTo(2);
        assertThat(Percent.meets(2, 3, new BigDecimal("66.66"))).isTrue();
        assertThat(Percent.meets(2, 3, new BigDecimal("66.67"))).isFalse();
    }

    @Test
    void theAgentRemedyIsGivenOnceNotPerCoverageGate() throws Exception {
        Policy policy = policy(List.of(CRITICAL, SAFETY));
        String reason = "No JaCoCo execution data: nothing matches target/jacoco*.exec. Attach the agent:\n<plugin/>";
        Assessment a = evaluate(
                policy, evidence(tests(TestOutcome.PASSED), NO_TESTS, CoverageEvidence.missing(List.of(), reason)));
        assertThat(gate(a, "critical-component-coverage").message())
                .isEqualTo("critical-component-coverage: MISSING — No JaCoCo execution data: nothing matches"
                        + " target/jacoco*.exec");
        assertThat(a.recommendations()).filteredOn(r -> r.contains("<plugin/>")).hasSize(1);
        assertThat(a.recommendations())
                .anyMatch(r -> r.startsWith("overall-test-coverage, critical-component-coverage,"
                        + " safety-critical-coverage: No JaCoCo"));
        assertThat(a.warnings()).filteredOn(w -> w.contains("<plugin/>")).hasSize(1);
        assertThat(a.gates()).allSatisfy(g -> assertThat(g.message()).doesNotContain("<plugin/>"));
    }

    @Test
    void benchmarkAndDocumentationGatesWithoutInputsAreNotConfiguredNeverGivenAValue() throws Exception {
        Assessment a = evaluate(
                policy(List.of()), evidence(tests(TestOutcome.PASSED), NO_TESTS, coverage(lines(9, 1), Map.of())));
        for (String id : List.of("performance-benchmarks", "documentation-completeness")) {
            assertThat(gate(a, id).status()).isEqualTo(GateStatus.NOT_CONFIGURED);
            assertThat(gate(a, id).value()).isNull();
        }
        assertThat(gate(a, "performance-benchmarks").message()).contains("neither JMH results nor a baseline");
        assertThat(gate(a, "documentation-completeness").message()).contains("no main source root");
        assertThat(a.warnings()).noneMatch(w -> w.contains("documentation-completeness"));
    }
}
