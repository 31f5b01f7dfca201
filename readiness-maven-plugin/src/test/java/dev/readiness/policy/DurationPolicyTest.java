package dev.readiness.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code duration} metric's configuration: opt-in, its own elements, defaults, no threshold. */
class DurationPolicyTest {
    private final PolicyFactory factory = new PolicyFactory();

    private Policy build(GateSpec... specs) throws PolicyException {
        return factory.build(List.of(), List.of(), List.of(specs), null, null, null, null);
    }

    private static GateDefinition gate(Policy p, String id) {
        return p.gates().stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void noDefaultGateMeasuresDurations() throws PolicyException {
        assertThat(build().gates()).noneMatch(g -> g.metric() == Metric.DURATION);
    }

    @Test
    void aDurationGateDefaultsToTenBuildsTwentyPercentOneSecondNoBudgetAndAllTests() throws PolicyException {
        GateDefinition g = gate(
                build(GateSpec.builder("test-time")
                        .metric("duration")
                        .weight("0")
                        .build()),
                "test-time");

        assertThat(g.builds()).isEqualTo(10);
        assertThat(g.tolerance()).isEqualByComparingTo("20");
        assertThat(g.minSeconds()).isEqualByComparingTo("1");
        assertThat(g.maxSeconds()).isNull();
        assertThat(g.maxClassSeconds()).isNull();
        assertThat(g.source()).isEqualTo(TestSource.ALL);
        assertThat(g.threshold()).isEqualByComparingTo("100");
        assertThat(g.scope())
                .isEqualTo("time of all tests and each test class vs the median of the last 10 builds (+20 % and +1 s"
                        + " allowed)");
    }

    @Test
    void itsElementsAreRead() throws PolicyException {
        GateDefinition g = gate(
                build(GateSpec.builder("it-time")
                        .metric("duration")
                        .weight("0")
                        .source("failsafe")
                        .builds("5")
                        .tolerance("150")
                        .minSeconds("2.5")
                        .maxSeconds("600")
                        .maxClassSeconds("60")
                        .build()),
                "it-time");

        assertThat(g.scope())
                .isEqualTo("time of Failsafe tests and each test class vs the median of the last 5 builds (+150 % and"
                        + " +2.5 s allowed), suite at most 600 s, a class at most 60 s");
    }

    @Test
    void wrongElementsAndValuesAreErrorsNamingTheGate() {
        assertThatThrownBy(() -> build(GateSpec.builder("t")
                        .metric("duration")
                        .weight("0")
                        .threshold("90")
                        .group("slow")
                        .noRegression("true")
                        .minSeconds("-1")
                        .maxClassSeconds("lots")
                        .tolerance("-5")
                        .build()))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("<gate> 't': <threshold> does not apply to <metric>duration</metric>")
                .hasMessageContaining("<gate> 't': <group> does not apply to <metric>duration</metric>")
                .hasMessageContaining("<gate> 't': <noRegression> does not apply to <metric>duration</metric>")
                .hasMessageContaining("<gate> 't' <minSeconds> -1 is negative")
                .hasMessageContaining("<gate> 't' <maxClassSeconds>: 'lots' is not a number")
                .hasMessageContaining("is negative; it is the percent a time may grow");
        assertThatThrownBy(() -> build(
                        GateSpec.builder("test-pass-rate").maxSeconds("10").build()))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("<minSeconds>, <maxSeconds> and <maxClassSeconds> apply only to"
                        + " <metric>duration</metric>, this gate's metric is pass-rate");
    }
}
