package dev.readiness.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class GateDefinitionTest {

    @Test
    void theDefaultGatesAreTheTableOfTheDesign() {
        assertThat(PolicyFactory.defaultGates())
                .extracting(g -> String.join(
                        " ",
                        g.id(),
                        g.scope(),
                        g.threshold().toPlainString(),
                        g.weight().toPlainString(),
                        g.critical() ? "critical" : "-",
                        g.onMissing().name(),
                        g.enabled() ? "enabled" : "disabled",
                        g.noRegression() ? "ratchet" : "-",
                        g.tolerance().toPlainString()))
                .containsExactly(
                        "overall-test-coverage LINE coverage of all classes 85 0.15 - WARN enabled - 0",
                        "critical-component-coverage LINE coverage of tag 'critical' 95 0.20 critical FAIL enabled - 0",
                        "safety-critical-coverage LINE coverage of tag 'safety-critical' 100 0.15 critical FAIL enabled"
                                + " - 0",
                        "test-pass-rate pass rate of Surefire tests 95 0.10 critical FAIL enabled - 0",
                        "system-compatibility pass rate of Failsafe tests 85 0.15 - WARN enabled - 0",
                        "performance-benchmarks JMH benchmarks not regressed vs baseline 90 0.10 - WARN enabled - 0",
                        "numerical-stability pass rate of Surefire tests in group 'stability' 95 0.10 critical FAIL"
                                + " enabled - 0",
                        "documentation-completeness public API elements with Javadoc 90 0.05 - WARN enabled - 0");
    }

    @Test
    void aBuiltGateLeavesEveryScopeComponentItsMetricDoesNotUseEmpty() {
        GateDefinition coverage = GateDefinition.coverage("c").threshold("80").build();
        GateDefinition passRate =
                GateDefinition.passRate("p", TestSource.ALL).threshold("80").build();

        assertThat(coverage.counter()).isEqualTo(CounterKind.LINE);
        assertThat(coverage.tag()).isNull();
        assertThat(coverage.source()).isNull();
        assertThat(passRate.source()).isEqualTo(TestSource.ALL);
        assertThat(passRate.group()).isNull();
        assertThat(passRate.counter()).isNull();
    }

    @Test
    void missingEvidenceFollowsCriticalUnlessOnMissingIsSet() {
        GateDefinition.Builder gate =
                GateDefinition.builder("g", Metric.DOCUMENTATION).threshold("90");

        assertThat(gate.build().onMissing()).isEqualTo(OnMissing.WARN);
        assertThat(gate.critical().build().onMissing()).isEqualTo(OnMissing.FAIL);
        assertThat(gate.onMissing(OnMissing.IGNORE).build().onMissing()).isEqualTo(OnMissing.IGNORE);
        assertThat(gate.build().weight()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(gate.build().tolerance()).isEqualByComparingTo(BigDecimal.ZERO);
    }
}
