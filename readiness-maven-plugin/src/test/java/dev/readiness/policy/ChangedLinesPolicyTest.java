package dev.readiness.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code <lines>} and {@code <minLines>} of coverage gates: parsed, defaulted and refused with the valid values. */
class ChangedLinesPolicyTest {
    private static Policy build(GateSpec... specs) throws PolicyException {
        return new PolicyFactory().build(List.of(), List.of(), List.of(specs), null, null, null, null);
    }

    private static GateSpec.Builder changed(String id) {
        return GateSpec.builder(id)
                .metric("coverage")
                .lines("changed")
                .threshold("80")
                .weight("0.05");
    }

    private static GateDefinition gate(Policy p, String id) {
        return p.gates().stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void defaultGatesMeasureAllLines() throws Exception {
        Policy p = build();
        assertThat(p.gates()).filteredOn(g -> g.metric() == Metric.COVERAGE).allSatisfy(g -> {
            assertThat(g.lines()).isEqualTo(LineWindow.ALL);
            assertThat(g.changedLines()).isFalse();
            assertThat(g.minLines()).isZero();
        });
        assertThat(gate(p, "test-pass-rate").lines()).isNull();
    }

    @Test
    void aChangedLinesGateKeepsItsMinLinesAndSaysSoInItsScope() throws Exception {
        Policy p = build(changed("changed-code").minLines(" 10 ").build());
        GateDefinition g = gate(p, "changed-code");
        assertThat(g.lines()).isEqualTo(LineWindow.CHANGED);
        assertThat(g.minLines()).isEqualTo(10);
        assertThat(g.scope()).isEqualTo("LINE coverage of changed lines of all classes");
    }

    @Test
    void aDefaultGateCanBeTurnedToChangedLines() throws Exception {
        Policy p = build(
                GateSpec.builder("critical-component-coverage").lines("CHANGED").build());
        assertThat(gate(p, "critical-component-coverage").changedLines()).isTrue();
    }

    @Test
    void invalidValuesAreRefusedWithTheValidOnes() {
        assertThatThrownBy(() -> build(
                        changed("a").lines("new").build(),
                        changed("b").minLines("-1").build(),
                        changed("c").minLines("ten").build(),
                        changed("d").counter("METHOD").build(),
                        GateSpec.builder("e")
                                .metric("pass-rate")
                                .lines("changed")
                                .threshold("80")
                                .weight("0.05")
                                .build(),
                        GateSpec.builder("f")
                                .metric("coverage")
                                .minLines("5")
                                .threshold("80")
                                .weight("0.05")
                                .build()))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("6 problems")
                .hasMessageContaining("<gate> 'a' <lines>: 'new' is not valid; valid: all, changed")
                .hasMessageContaining("<gate> 'b': <minLines> '-1' is not a whole number ≥ 0")
                .hasMessageContaining("<gate> 'c': <minLines> 'ten' is not a whole number ≥ 0")
                .hasMessageContaining("<gate> 'd': <lines>changed</lines> measures the LINE or BRANCH counter")
                .hasMessageContaining("<gate> 'e': <lines> and <minLines> apply only to <metric>coverage</metric>")
                .hasMessageContaining("<gate> 'f': <minLines> applies only to <lines>changed</lines>");
    }
}
