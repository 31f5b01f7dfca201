package dev.readiness.assess;

import static dev.readiness.assess.GateFixtures.gate;
import static dev.readiness.assess.GateFixtures.lines;
import static dev.readiness.assess.GateFixtures.policy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.evidence.coverage.CoverageEvidence;
import dev.readiness.policy.Policy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdviceTest {

    @Test
    void blockingGatesComeFirstThenTheHeavierOnesAndTheThinEvidenceRemedyLeads() throws Exception {
        Policy policy = policy(List.of());
        List<GateResult> results = List.of(
                // weight 0.15, not critical
                GateResult.failed(
                        gate(policy, "overall-test-coverage"), Percent.of(1, 2), 1, 2, "m", List.of("cover 1 more")),
                // weight 0.10, critical: blocking
                GateResult.failed(gate(policy, "test-pass-rate"), Percent.of(1, 2), 1, 2, "m", List.of("make 1 pass")),
                // weight 0.15, not critical
                GateResult.missing(gate(policy, "system-compatibility"), "no Failsafe reports", List.of()),
                GateResult.notConfigured(gate(policy, "numerical-stability"), "no group"));
        CoverageEvidence coverage = GateFixtures.coverage(lines(1, 1), Map.of(), List.of());

        assertThat(Advice.recommendations("measure more", results, coverage))
                .containsExactly(
                        "measure more",
                        "test-pass-rate: make 1 pass",
                        "overall-test-coverage: cover 1 more",
                        "system-compatibility: MISSING — no Failsafe reports");
        assertThat(Advice.recommendations(null, results, coverage)).first().isEqualTo("test-pass-rate: make 1 pass");
    }

    @Test
    void theAgentRemedyIsRecommendedOnceForAllMissingCoverageGates() throws Exception {
        Policy policy = policy(List.of());
        CoverageEvidence none = CoverageEvidence.missing(List.of(), "No JaCoCo execution data. Attach the agent.");
        List<GateResult> results = List.of(
                GateResult.missing(gate(policy, "overall-test-coverage"), "No JaCoCo execution data", List.of()),
                GateResult.missing(gate(policy, "safety-critical-coverage"), "No JaCoCo execution data", List.of()));

        assertThat(Advice.recommendations(null, results, none))
                .containsExactly("overall-test-coverage, safety-critical-coverage: No JaCoCo execution data. Attach"
                        + " the agent.");
    }
}
