package dev.readiness.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 items 9 and 13: numbers that pass "0–100" but crash or hang later, and policies too large to record, are
 * refused where the configuration is read, naming the element.
 */
class PolicyBoundsTest {
    private final PolicyFactory factory = new PolicyFactory();

    private Policy build(List<GateSpec> specs) throws PolicyException {
        return factory.build(List.of(), List.of(), specs, null, null, null, null);
    }

    @Test
    void aThresholdWithTenThousandDecimalsIsRefusedNamingTheElement() {
        assertThatThrownBy(() -> build(List.of(GateSpec.builder("overall-test-coverage")
                        .threshold("1e-10000")
                        .build())))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("<gate> 'overall-test-coverage' <threshold>: '1e-10000' has more than 9 decimal");
    }

    @Test
    void aHugeWeightOrToleranceIsRefusedNamingTheElement() {
        assertThatThrownBy(() -> build(List.of(GateSpec.builder("overall-test-coverage")
                        .weight("1e10000")
                        .build())))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("<gate> 'overall-test-coverage' <weight>: '1e10000' is larger than 10000000000");
        assertThatThrownBy(() -> build(List.of(GateSpec.builder("overall-test-coverage")
                        .noRegression("true")
                        .tolerance("1e10000")
                        .build())))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("<gate> 'overall-test-coverage' <tolerance>: '1e10000' is larger than");
        assertThatThrownBy(() -> build(List.of(GateSpec.builder("overall-test-coverage")
                        .noRegression("true")
                        .tolerance("150")
                        .build())))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("<tolerance> 150 is more than 100");
    }

    /** Used to spin for ~20 s and then overflow; the refusal is immediate (no timing asserted). */
    @Test
    void anExponentOfMinusOneBillionIsRefused() {
        assertThatThrownBy(() -> build(List.of(GateSpec.builder("test-pass-rate")
                        .threshold("1e-999999999")
                        .build())))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("<gate> 'test-pass-rate' <threshold>");
    }

    @Test
    void ordinaryNumbersInAnyNotationStillWork() throws Exception {
        Policy p = build(List.of(
                GateSpec.builder("overall-test-coverage")
                        .threshold("8.5e1")
                        .weight("0.150000")
                        .noRegression("true")
                        .tolerance("0.5")
                        .build(),
                GateSpec.builder("test-pass-rate")
                        .threshold("99.999999")
                        .weight("1E+1")
                        .build()));
        GateDefinition coverage = p.gates().stream()
                .filter(g -> g.id().equals("overall-test-coverage"))
                .findFirst()
                .orElseThrow();
        assertThat(coverage.threshold()).isEqualByComparingTo("85");
        assertThat(coverage.tolerance()).isEqualByComparingTo("0.5");
    }

    /** Item 13: a policy whose history record could not be read back is refused when it is read. */
    @Test
    void morGatesThanOneHistoryRecordCanHoldAreRefused() {
        List<GateSpec> specs = new ArrayList<>();
        for (int i = 0; i < PolicyFactory.MAX_GATES; i++) {
            specs.add(GateSpec.builder("extra-" + i)
                    .metric("pass-rate")
                    .threshold("90")
                    .weight("0.01")
                    .build());
        }
        assertThatThrownBy(() -> build(specs))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("<gates>: " + (PolicyFactory.MAX_GATES + 8) + " gates configured")
                .hasMessageContaining("more than the " + PolicyFactory.MAX_GATES);
    }

    @Test
    void aGateIdWithControlCharactersOrTooLongIsRefused() {
        assertThatThrownBy(() -> build(List.of(GateSpec.builder("bad\u001b[2Jid")
                        .metric("pass-rate")
                        .threshold("90")
                        .weight("1")
                        .build())))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("without control characters")
                .hasMessageNotContaining("\u001b");
        assertThatThrownBy(() -> build(List.of(GateSpec.builder("x".repeat(201))
                        .metric("pass-rate")
                        .threshold("90")
                        .weight("1")
                        .build())))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("at most 200 characters");
    }
}
