package dev.readiness.assess;

import static dev.readiness.assess.GateFixtures.NO_TESTS;
import static dev.readiness.assess.GateFixtures.evidence;
import static dev.readiness.assess.GateFixtures.gate;
import static dev.readiness.assess.GateFixtures.lines;
import static dev.readiness.assess.GateFixtures.policy;
import static dev.readiness.assess.GateFixtures.skipped;
import static dev.readiness.assess.GateFixtures.tests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.evidence.coverage.CoverageEvidence;
import dev.readiness.evidence.tests.TestOutcome;
import dev.readiness.policy.Metric;
import dev.readiness.policy.Policy;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GatesTest {

    @Test
    void everyMetricHasExactlyOneRegisteredGate() {
        assertThat(Gates.REGISTERED).extracting(MetricGate::metric).containsExactlyInAnyOrder(Metric.values());
        Arrays.stream(Metric.values())
                .forEach(m -> assertThat(Gates.of(m).metric()).isEqualTo(m));
    }

    @Test
    void aSecondGateForTheSameMetricIsRejected() {
        assertThatThrownBy(() -> Gates.byMetric(List.of(new CoverageGate(), new CoverageGate())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("two gates are registered for the metric COVERAGE");
    }

    @Test
    void aDisabledGateIsNotEvaluated() throws Exception {
        Policy policy = policy(List.of(), GateFixtures.disabled("overall-test-coverage"));
        Evidence ev = evidence(NO_TESTS, NO_TESTS, CoverageEvidence.missing(List.of(), "none"), null, null, null);

        GateResult g = Gates.evaluate(gate(policy, "overall-test-coverage"), GateContext.of(policy, ev));

        assertThat(g.status()).isEqualTo(GateStatus.DISABLED);
        assertThat(g.message()).isEqualTo("overall-test-coverage: disabled in the POM");
        assertThat(g.value()).isNull();
    }

    @Test
    void aGateWhoseTestsThisBuildSkippedIsSkippedNotMeasuredOnOldEvidence() throws Exception {
        Policy policy = policy(List.of());
        CoverageEvidence old = GateFixtures.coverage(lines(9, 1), Map.of(), List.of());
        Evidence ev = evidence(tests(TestOutcome.PASSED), NO_TESTS, old, null, null, skipped("skipTests", null));
        GateContext ctx = GateContext.of(policy, ev);

        GateResult coverage = Gates.evaluate(gate(policy, "overall-test-coverage"), ctx);
        GateResult failsafe = Gates.evaluate(gate(policy, "system-compatibility"), ctx);

        assertThat(coverage.status()).isEqualTo(GateStatus.SKIPPED);
        assertThat(coverage.blocking()).isFalse();
        assertThat(coverage.message())
                .isEqualTo("overall-test-coverage: SKIPPED — not measured in this build: coverage comes from the"
                        + " tests, which this build skipped (skipTests); evidence of earlier builds is not used. Run"
                        + " mvn verify without skipTests for a verdict");
        assertThat(failsafe.status()).as("the Failsafe tests were not skipped").isEqualTo(GateStatus.MISSING);
    }
}
