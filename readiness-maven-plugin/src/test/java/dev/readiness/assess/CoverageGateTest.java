package dev.readiness.assess;

import static dev.readiness.assess.GateFixtures.CRITICAL;
import static dev.readiness.assess.GateFixtures.coverage;
import static dev.readiness.assess.GateFixtures.coverageOnly;
import static dev.readiness.assess.GateFixtures.gate;
import static dev.readiness.assess.GateFixtures.lines;
import static dev.readiness.assess.GateFixtures.policy;
import static dev.readiness.assess.GateFixtures.skipped;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.evidence.coverage.Coverage;
import dev.readiness.evidence.coverage.CoverageEvidence;
import dev.readiness.evidence.coverage.Offender;
import dev.readiness.evidence.coverage.TagCoverage;
import dev.readiness.policy.GateSpec;
import dev.readiness.policy.Metric;
import dev.readiness.policy.Policy;
import dev.readiness.policy.TagDefinition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoverageGateTest {
    private final CoverageGate coverageGate = new CoverageGate();

    private GateResult evaluate(Policy policy, String id, CoverageEvidence coverage) {
        return coverageGate.evaluate(gate(policy, id), GateContext.of(policy, coverageOnly(coverage)));
    }

    @Test
    void evaluatesTheCoverageMetric() {
        assertThat(coverageGate.metric()).isEqualTo(Metric.COVERAGE);
    }

    @Test
    void aShortfallNamesTheLinesNeededAndTheClassesWithTheMostMissedLines() throws Exception {
        Policy policy = policy(List.of(CRITICAL));
        TagCoverage tag = new TagCoverage(
                "critical",
                List.of("com.acme.control.Controller", "com.acme.control.Gain"),
                0,
                lines(90, 10),
                List.of(
                        new Offender("com.acme.control.Smc", null, "com/acme/control/Smc.java", 7, 3, List.of(4)),
                        new Offender("com.acme.control.Pid", null, null, 3, 9)));

        GateResult g = evaluate(
                policy, "critical-component-coverage", coverage(lines(90, 10), Map.of("critical", tag), List.of()));

        assertThat(g.status()).isEqualTo(GateStatus.FAILED);
        assertThat(g.blocking()).as("critical-component-coverage is critical").isTrue();
        assertThat(g.numerator()).isEqualTo(90);
        assertThat(g.denominator()).isEqualTo(100);
        assertThat(g.message())
                .isEqualTo("critical-component-coverage: 90.0 % of lines < required 95 % in tag 'critical'"
                        + " (10 lines missed, most in com.acme.control.Smc)");
        assertThat(g.details())
                .containsExactly(
                        "cover 5 more lines in tag 'critical' (10 of 100 missed)",
                        "com.acme.control.Smc: 7 lines missed (Smc.java line 4)",
                        "com.acme.control.Pid: 3 lines missed");
    }

    @Test
    void theThresholdIsMetExactlyNeverByRounding() throws Exception {
        Policy policy = policy(
                List.of(),
                GateSpec.builder("overall-test-coverage").threshold("95").build());

        GateResult at = evaluate(policy, "overall-test-coverage", coverage(lines(9500, 500), Map.of(), List.of()));
        GateResult below = evaluate(policy, "overall-test-coverage", coverage(lines(9499, 501), Map.of(), List.of()));

        assertThat(at.status()).isEqualTo(GateStatus.PASSED);
        assertThat(at.message()).isEqualTo("overall-test-coverage: 95.0 % of lines >= required 95 % in all classes");
        assertThat(below.status()).isEqualTo(GateStatus.FAILED);
        assertThat(below.blocking()).as("overall-test-coverage is not critical").isFalse();
    }

    @Test
    void measuresTheCounterTheGateNames() throws Exception {
        // lines(80, 20): LINE 80 of 100, BRANCH 40 of 60
        Policy policy = policy(
                List.of(),
                GateSpec.builder("overall-test-coverage")
                        .counter("BRANCH")
                        .threshold("50")
                        .build());

        GateResult g = evaluate(policy, "overall-test-coverage", coverage(lines(80, 20), Map.of(), List.of()));

        assertThat(g.numerator()).isEqualTo(40);
        assertThat(g.denominator()).isEqualTo(60);
        assertThat(g.message()).startsWith("overall-test-coverage: 66.6 % of branches >= required 50 %");
    }

    @Test
    void aTagWithoutSelectorsIsNotConfiguredAndSaysHowToTagTheCode() throws Exception {
        Policy policy = policy(List.of());

        GateResult g = evaluate(policy, "critical-component-coverage", coverage(lines(9, 1), Map.of(), List.of()));

        assertThat(g.status()).isEqualTo(GateStatus.NOT_CONFIGURED);
        assertThat(g.blocking()).isFalse();
        assertThat(g.message())
                .startsWith("critical-component-coverage: NOT_CONFIGURED — tag 'critical' has no selectors");
    }

    @Test
    void aTagMatchingNothingIsMissingInAProjectAndNotConfiguredInAReactorModule() throws Exception {
        Policy policy = policy(List.of(CRITICAL));
        CoverageEvidence nothing = coverage(
                lines(9, 1),
                Map.of("critical", new TagCoverage("critical", List.of(), 0, Coverage.empty(), List.of())),
                List.of());

        GateResult alone = evaluate(policy, "critical-component-coverage", nothing);
        GateResult module = evaluate(policy.asModuleOfReactor(), "critical-component-coverage", nothing);

        assertThat(alone.status()).isEqualTo(GateStatus.MISSING);
        assertThat(alone.message())
                .contains("matches no analysed class (packages com.acme.control.**)", "target/classes");
        assertThat(module.status()).isEqualTo(GateStatus.NOT_CONFIGURED);
        assertThat(module.message()).contains("the reactor verdict judges the classes it selects in the other modules");
    }

    @Test
    void withoutExecutionDataTheGateIsMissingWithTheFirstSentenceOfTheRemedy() throws Exception {
        Policy policy = policy(List.of(TagDefinition.of("critical", List.of("com.acme.**"), List.of(), List.of())));
        CoverageEvidence none =
                CoverageEvidence.missing(List.of(), "No JaCoCo execution data. Attach the agent:\n<plugin/>");

        for (String id : List.of("overall-test-coverage", "critical-component-coverage")) {
            GateResult g = evaluate(policy, id, none);
            assertThat(g.status()).isEqualTo(GateStatus.MISSING);
            assertThat(g.message()).isEqualTo(id + ": MISSING — No JaCoCo execution data");
            assertThat(g.value()).isNull();
        }
    }

    @Test
    void isSkippedOnlyWhenTheSurefireTestsWereSkipped() throws Exception {
        var gate = gate(policy(List.of()), "overall-test-coverage");

        assertThat(coverageGate.skippedBy(gate, skipped("skipTests", null)))
                .isEqualTo(new MetricGate.Skip("skipTests", "coverage comes from the tests, which this build skipped"));
        assertThat(coverageGate.skippedBy(gate, skipped(null, "skipITs"))).isNull();
    }

    @Test
    void offendersNameTheFileAndTheMissedLines() {
        assertThat(CoverageGate.offender(new Offender(
                        "com.acme.util.Saturation",
                        "clamp(double, double, double)",
                        "com/acme/util/Saturation.java",
                        1,
                        6,
                        List.of(31))))
                .isEqualTo(
                        "com.acme.util.Saturation#clamp(double, double, double): 1 line missed (Saturation.java line 31)");
        assertThat(CoverageGate.offender(
                        new Offender("com.acme.A", null, "com/acme/A.java", 4, 0, List.of(3, 4, 5, 9))))
                .isEqualTo("com.acme.A: 4 lines missed (A.java lines 3-5, 9)");
        assertThat(CoverageGate.offender(new Offender("com.acme.B", null, null, 2, 0)))
                .isEqualTo("com.acme.B: 2 lines missed");
    }
}
