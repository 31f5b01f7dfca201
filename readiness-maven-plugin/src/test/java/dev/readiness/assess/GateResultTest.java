package dev.readiness.assess;

import static dev.readiness.assess.GateFixtures.gate;
import static dev.readiness.assess.GateFixtures.policy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.history.RatchetResult;
import dev.readiness.policy.GateDefinition;
import dev.readiness.policy.GateSpec;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class GateResultTest {

    @Test
    void theGateScoreIsTheValueOverTheThresholdFromTheExactCountsCappedAtHundred() throws Exception {
        GateDefinition overall = gate(policy(List.of()), "overall-test-coverage"); // threshold 85

        GateResult below = GateResult.failed(overall, Percent.of(80, 100), 80, 100, "m", List.of());
        GateResult above = GateResult.passed(overall, Percent.of(99, 100), 99, 100, "m", List.of());

        assertThat(below.gateScore()).isEqualByComparingTo("94.117647");
        assertThat(above.gateScore()).isEqualByComparingTo("100");
        assertThat(below.status()).isEqualTo(GateStatus.FAILED);
        assertThat(above.status()).isEqualTo(GateStatus.PASSED);
    }

    @Test
    void aZeroThresholdScoresHundred() throws Exception {
        GateDefinition zero = gate(
                policy(
                        List.of(),
                        GateSpec.builder("overall-test-coverage").threshold("0").build()),
                "overall-test-coverage");

        assertThat(GateResult.measured(zero, true, BigDecimal.ZERO, 0, 10, "m", List.of())
                        .gateScore())
                .isEqualByComparingTo("100");
    }

    @Test
    void onlyAFailedCriticalGateBlocks() throws Exception {
        GateDefinition critical = gate(policy(List.of()), "test-pass-rate");
        GateDefinition nonCritical = gate(policy(List.of()), "system-compatibility");

        assertThat(GateResult.failed(critical, BigDecimal.ONE, 1, 100, "m", List.of())
                        .blocking())
                .isTrue();
        assertThat(GateResult.passed(critical, Percent.HUNDRED, 1, 1, "m", List.of())
                        .blocking())
                .isFalse();
        assertThat(GateResult.failed(nonCritical, BigDecimal.ONE, 1, 100, "m", List.of())
                        .blocking())
                .isFalse();
    }

    @Test
    void aMissingGateBlocksByItsOnMissingAndCarriesNoValue() throws Exception {
        GateDefinition fail = gate(policy(List.of()), "test-pass-rate");
        GateDefinition warn =
                gate(policy(List.of(), GateFixtures.onMissing("test-pass-rate", "warn")), "test-pass-rate");

        GateResult failing = GateResult.missing(fail, "no reports", List.of("run the tests"));

        assertThat(failing.message()).isEqualTo("test-pass-rate: MISSING — no reports");
        assertThat(failing.blocking()).isTrue();
        assertThat(failing.value()).isNull();
        assertThat(failing.gateScore()).isNull();
        assertThat(failing.details()).containsExactly("run the tests");
        assertThat(GateResult.missing(warn, "no reports", List.of()).blocking()).isFalse();
    }

    @Test
    void unmeasuredOutcomesNeverBlockAndSayTheirStatus() throws Exception {
        GateDefinition critical = gate(policy(List.of()), "test-pass-rate");

        assertThat(List.of(
                        GateResult.notConfigured(critical, "why"),
                        GateResult.disabled(critical),
                        GateResult.skipped(critical, "what", "skipTests"),
                        GateResult.inconclusive(critical, "why", List.of())))
                .allSatisfy(r -> {
                    assertThat(r.blocking()).isFalse();
                    assertThat(r.value()).isNull();
                    assertThat(r.status().measured()).isFalse();
                })
                .extracting(GateResult::message)
                .containsExactly(
                        "test-pass-rate: NOT_CONFIGURED — why",
                        "test-pass-rate: disabled in the POM",
                        "test-pass-rate: SKIPPED — not measured in this build: what (skipTests); evidence of earlier"
                                + " builds is not used. Run mvn verify without skipTests for a verdict",
                        "test-pass-rate: INCONCLUSIVE — why");
    }

    @Test
    void aRegressedGateFailsAndBlocksWhenCriticalKeepingItsMeasuredValue() throws Exception {
        GateDefinition critical = gate(policy(List.of()), "test-pass-rate");
        GateResult passed = GateResult.passed(critical, Percent.HUNDRED, 1, 1, "m", List.of());
        RatchetResult dropped = new RatchetResult(RatchetResult.Status.FAILED, BigDecimal.TEN, "dropped");

        GateResult regressed = passed.regressed(dropped, "regressed", List.of("restore"));

        assertThat(regressed.status()).isEqualTo(GateStatus.FAILED);
        assertThat(regressed.blocking()).isTrue();
        assertThat(regressed.value()).isEqualByComparingTo("100");
        assertThat(regressed.gateScore()).isEqualByComparingTo(passed.gateScore());
        assertThat(regressed.ratchet()).isSameAs(dropped);
        GateResult judged = passed.withRatchet(dropped);
        assertThat(judged.ratchet()).isSameAs(dropped);
        assertThat(judged).usingRecursiveComparison().ignoringFields("ratchet").isEqualTo(passed);
    }
}
