package dev.readiness.assess;

import static dev.readiness.assess.GateFixtures.NO_TESTS;
import static dev.readiness.assess.GateFixtures.evidence;
import static dev.readiness.assess.GateFixtures.gate;
import static dev.readiness.assess.GateFixtures.policy;
import static dev.readiness.assess.GateFixtures.tests;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.evidence.coverage.CoverageEvidence;
import dev.readiness.evidence.tests.TestOutcome;
import dev.readiness.policy.GateSpec;
import dev.readiness.policy.Policy;
import dev.readiness.policy.ReadinessLevel;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoringTest {

    private static GateContext context(Policy policy, TestOutcome... surefire) {
        return GateContext.of(
                policy,
                evidence(tests(surefire), NO_TESTS, CoverageEvidence.missing(List.of(), "none"), null, null, null));
    }

    @Test
    void theScoreIsTheWeightedMeanOfTheMeasuredGatesAndTheShareIsOfTheEnabledWeight() throws Exception {
        Policy policy = policy(List.of()).withMinimumMeasuredWeight(BigDecimal.ZERO);
        // overall coverage 80 of 100 vs 85 → 94.117647, weight 0.15; pass rate 100 % → 100, weight 0.10
        List<GateResult> results = List.of(
                GateResult.failed(gate(policy, "overall-test-coverage"), Percent.of(80, 100), 80, 100, "m", List.of()),
                GateResult.passed(gate(policy, "test-pass-rate"), Percent.HUNDRED, 2, 2, "m", List.of()),
                GateResult.missing(gate(policy, "system-compatibility"), "none", List.of()));

        Scoring.Verdict v = Scoring.verdict(results, context(policy, TestOutcome.PASSED));

        assertThat(v.score()).isEqualByComparingTo("96.47");
        // 0.25 measured of 0.40 enabled (the three gates above)
        assertThat(v.measuredShare()).isEqualByComparingTo("0.625");
        assertThat(v.level()).isEqualTo(ReadinessLevel.PRODUCTION_READY);
        assertThat(v.confidence())
                .as("a non-critical gate failed inside the verdict, 62.5 % measured")
                .isEqualTo(Confidence.MEDIUM);
        assertThat(v.blocking()).isEmpty();
        assertThat(v.thinEvidence()).isNull();
    }

    @Test
    void tooLittleEvidenceCapsTheLevelAndSaysWhatToMeasure() throws Exception {
        Policy policy = policy(List.of()); // minimum measured weight 50 %
        List<GateResult> results = List.of(
                GateResult.passed(gate(policy, "test-pass-rate"), Percent.HUNDRED, 2, 2, "m", List.of()),
                GateResult.missing(gate(policy, "system-compatibility"), "none", List.of()));

        Scoring.Verdict v = Scoring.verdict(results, context(policy, TestOutcome.PASSED));

        assertThat(v.score()).isEqualByComparingTo("100");
        assertThat(v.level()).isEqualTo(ReadinessLevel.NOT_READY);
        assertThat(v.confidence()).isEqualTo(Confidence.LOW);
        assertThat(v.thinEvidence())
                .startsWith("not enough evidence for a verdict: 1 of 2 gates measured, 40.0 % of the weight < required"
                        + " 50 % (readiness.minimumMeasuredWeight); produce the evidence of system-compatibility"
                        + " (MISSING)");
    }

    @Test
    void aSkippedCriticalGateCapsTheVerdictAtNotReadyWithLowConfidence() throws Exception {
        Policy policy = policy(
                        List.of(),
                        GateSpec.builder("test-pass-rate").critical("true").build())
                .withMinimumMeasuredWeight(BigDecimal.ZERO);
        List<GateResult> results = List.of(
                GateResult.passed(gate(policy, "system-compatibility"), Percent.HUNDRED, 1, 1, "m", List.of()),
                GateResult.skipped(
                        gate(policy, "test-pass-rate"), "this build skipped the Surefire tests", "skipTests"));

        Scoring.Verdict v = Scoring.verdict(results, context(policy));

        assertThat(v.score()).isEqualByComparingTo("100");
        assertThat(v.level()).isEqualTo(ReadinessLevel.NOT_READY);
        assertThat(v.confidence()).isEqualTo(Confidence.LOW);
    }

    @Test
    void aBlockingGateBlocksWhateverTheScore() throws Exception {
        Policy policy = policy(List.of());
        GateResult failed =
                GateResult.failed(gate(policy, "test-pass-rate"), Percent.of(94, 100), 94, 100, "m", List.of());

        Scoring.Verdict v = Scoring.verdict(List.of(failed), context(policy, TestOutcome.FAILED));

        assertThat(v.level()).isEqualTo(ReadinessLevel.BLOCKED);
        assertThat(v.blocking()).containsExactly(failed);
        assertThat(Evaluator.levelOf(v.score(), false)).isEqualTo(ReadinessLevel.PRODUCTION_READY);
    }

    @Test
    void theMeasuredShareMustReachTheMinimumExactly() {
        assertThat(Scoring.underMeasured(new BigDecimal("0.5"), BigDecimal.valueOf(50)))
                .isFalse();
        assertThat(Scoring.underMeasured(new BigDecimal("0.4999"), BigDecimal.valueOf(50)))
                .isTrue();
        assertThat(Scoring.underMeasured(BigDecimal.ZERO, BigDecimal.ZERO)).isFalse();
    }

    @Test
    void confidenceFollowsTheMeasuredShareAndFailuresInsideAPassingVerdict() {
        BigDecimal hundred = BigDecimal.valueOf(100);
        assertThat(Scoring.confidence(hundred, false, BigDecimal.ONE, false, false))
                .isEqualTo(Confidence.VERY_HIGH);
        assertThat(Scoring.confidence(hundred, false, new BigDecimal("0.89"), false, false))
                .isEqualTo(Confidence.HIGH);
        assertThat(Scoring.confidence(hundred, false, new BigDecimal("0.69"), false, false))
                .isEqualTo(Confidence.MEDIUM);
        assertThat(Scoring.confidence(hundred, false, BigDecimal.ONE, false, true))
                .as("a failing test inside a passing pass rate")
                .isEqualTo(Confidence.HIGH);
        assertThat(Scoring.confidence(hundred, false, BigDecimal.ONE, true, false))
                .as("below the minimum measured weight")
                .isEqualTo(Confidence.LOW);
        assertThat(Scoring.confidence(BigDecimal.valueOf(72), false, new BigDecimal("0.95"), false, false))
                .as("the score's own confidence when it is lower than the cap")
                .isEqualTo(Confidence.MEDIUM);
    }

    @ParameterizedTest
    @CsvSource({"96, false, VERY_HIGH", "96, true, MEDIUM", "90, false, HIGH", "75, false, MEDIUM", "69.99, false, LOW"
    })
    void confidenceFollowsScoreAndCriticalFailures(String score, boolean critical, Confidence expected) {
        assertThat(Scoring.confidence(new BigDecimal(score), critical)).isEqualTo(expected);
    }
}
