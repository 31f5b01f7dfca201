package dev.readiness.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code flaky} metric's configuration: opt-in, its own elements, no threshold. */
class FlakyPolicyTest {
    private final PolicyFactory factory = new PolicyFactory();

    private Policy build(GateSpec... specs) throws PolicyException {
        return factory.build(List.of(), List.of(), List.of(specs), null, null, null, null);
    }

    private static GateDefinition gate(Policy p, String id) {
        return p.gates().stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void noDefaultGateMeasuresFlakyTests() throws PolicyException {
        assertThat(build().gates()).noneMatch(g -> g.metric() == Metric.FLAKY);
    }

    @Test
    void aFlakyGateDefaultsToTenBuildsNoFlakyTestAllowedAndAllTests() throws PolicyException {
        GateDefinition g = gate(
                build(GateSpec.builder("no-flaky-tests")
                        .metric("flaky")
                        .weight("0.05")
                        .build()),
                "no-flaky-tests");

        assertThat(g.builds()).isEqualTo(GateDefinition.DEFAULT_BUILDS).isEqualTo(10);
        assertThat(g.maxFlaky()).isZero();
        assertThat(g.source()).isEqualTo(TestSource.ALL);
        assertThat(g.threshold()).isEqualByComparingTo("100");
        assertThat(g.scope()).isEqualTo("flaky tests in the last 10 builds, at most 0");
    }

    @Test
    void buildsMaxFlakySourceAndGroupAreRead() throws PolicyException {
        GateDefinition g = gate(
                build(GateSpec.builder("stable-its")
                        .metric("flaky")
                        .weight("0.05")
                        .source("failsafe")
                        .group("slow")
                        .builds("1")
                        .maxFlaky("3")
                        .build()),
                "stable-its");

        assertThat(g.builds()).isEqualTo(1);
        assertThat(g.maxFlaky()).isEqualTo(3);
        assertThat(g.scope()).isEqualTo("flaky Failsafe tests in group 'slow' in the last 1 builds, at most 3");
    }

    @Test
    void aThresholdOnAFlakyGateIsAnErrorNamingMaxFlaky() {
        assertThatThrownBy(() -> build(GateSpec.builder("f")
                        .metric("flaky")
                        .weight("0.05")
                        .threshold("95")
                        .build()))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("<gate> 'f': <threshold> does not apply to <metric>flaky</metric>; set the most"
                        + " flaky tests allowed with <maxFlaky>");
    }

    @Test
    void buildsAndMaxFlakyOutsideTheirRangeOrOnAnotherMetricAreErrors() {
        assertThatThrownBy(() -> build(GateSpec.builder("f")
                        .metric("flaky")
                        .weight("0.05")
                        .builds("0")
                        .maxFlaky("-1")
                        .build()))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("<gate> 'f' <builds>: '0' is not a whole number from 1 to 1000")
                .hasMessageContaining("<gate> 'f' <maxFlaky>: '-1' is not a whole number from 0 to 1000");
        assertThatThrownBy(() -> build(GateSpec.builder("f")
                        .metric("flaky")
                        .weight("0.05")
                        .builds("1001")
                        .build()))
                .hasMessageContaining("'1001' is not a whole number from 1 to 1000");
        assertThatThrownBy(() ->
                        build(GateSpec.builder("test-pass-rate").builds("5").build()))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("<builds> applies only to <metric>flaky</metric> and <metric>duration</metric>,"
                        + " this gate's metric is pass-rate");
    }

    @Test
    void maxQuarantinedIsForPassRateGatesOnlyAndAWholeNumber() throws PolicyException {
        assertThat(gate(build(), "test-pass-rate").maxQuarantined())
                .as("no cap by default")
                .isNull();
        assertThat(gate(
                                build(GateSpec.builder("test-pass-rate")
                                        .maxQuarantined("2")
                                        .build()),
                                "test-pass-rate")
                        .maxQuarantined())
                .isEqualTo(2);
        assertThatThrownBy(() -> build(
                        GateSpec.builder("test-pass-rate").maxQuarantined("two").build()))
                .hasMessageContaining("<gate> 'test-pass-rate' <maxQuarantined>: 'two' is not a whole number");
        assertThatThrownBy(() -> build(GateSpec.builder("overall-test-coverage")
                        .maxQuarantined("1")
                        .build()))
                .hasMessageContaining("<maxQuarantined> applies only to <metric>pass-rate</metric>");
    }
}
