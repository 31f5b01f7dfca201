package dev.readiness.assess;

import static dev.readiness.assess.GateFixtures.NO_TESTS;
import static dev.readiness.assess.GateFixtures.evidence;
import static dev.readiness.assess.GateFixtures.gate;
import static dev.readiness.assess.GateFixtures.policy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.evidence.coverage.CoverageEvidence;
import dev.readiness.evidence.mutation.Mutant;
import dev.readiness.evidence.mutation.MutationEvidence;
import dev.readiness.evidence.mutation.MutationStatus;
import dev.readiness.policy.GateDefinition;
import dev.readiness.policy.GateSpec;
import dev.readiness.policy.Metric;
import dev.readiness.policy.Policy;
import dev.readiness.policy.TagDefinition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mutation gate on hand-made mutants; the reader and the tags on PIT's own reports: MutationAnalyzerTest. */
class MutationGateTest {
    private static final TagDefinition SAFETY =
            TagDefinition.of("safety-critical", List.of(), List.of("com.acme.util.Saturation"), List.of());

    private final MutationGate mutationGate = new MutationGate();

    private static GateSpec safetyGate(String threshold, String measure) {
        return GateSpec.builder("safety-critical-mutation")
                .metric("mutation")
                .tag("safety-critical")
                .threshold(threshold)
                .weight("0.05")
                .critical("true")
                .measure(measure)
                .build();
    }

    private GateResult evaluate(GateSpec spec, MutationEvidence mutation) throws Exception {
        return evaluate(spec, mutation, false);
    }

    private GateResult evaluate(GateSpec spec, MutationEvidence mutation, boolean moduleOfReactor) throws Exception {
        Policy policy = policy(List.of(SAFETY), spec);
        if (moduleOfReactor) {
            policy = policy.asModuleOfReactor();
        }
        Evidence ev = evidence(NO_TESTS, NO_TESTS, CoverageEvidence.missing(List.of(), "none"), null, null, null)
                .withMutation(mutation);
        return mutationGate.evaluate(gate(policy, spec.id()), GateContext.of(policy, ev));
    }

    private static Mutant mutant(String cls, int line, MutationStatus status) {
        return new Mutant(
                cls.substring(cls.lastIndexOf('.') + 1) + ".java",
                cls,
                "clamp",
                "(DDD)D",
                line,
                "org.pitest.mutationtest.engine.gregor.mutators.ConditionalsBoundaryMutator",
                List.of(line),
                List.of(1),
                status,
                null,
                "changed conditional boundary");
    }

    private static MutationEvidence inSafety(List<Mutant> mutants) {
        return new MutationEvidence(
                List.of(Path.of("target/pit-reports/mutations.xml")),
                mutants,
                Map.of("safety-critical", mutants),
                0,
                null,
                List.of());
    }

    private static List<Mutant> killedPlus(int killed, Mutant... others) {
        List<Mutant> all = new ArrayList<>();
        for (int i = 0; i < killed; i++) {
            all.add(mutant("com.acme.util.Saturation", 1000 + i, MutationStatus.KILLED));
        }
        all.addAll(List.of(others));
        return all;
    }

    @Test
    void evaluatesTheMutationMetric() {
        assertThat(mutationGate.metric()).isEqualTo(Metric.MUTATION);
    }

    @Test
    void oneSurvivorInAThousandFailsAHundredPercentGateNamingTheMutant() throws Exception {
        GateResult g = evaluate(
                safetyGate("100", null),
                inSafety(killedPlus(999, mutant("com.acme.util.Saturation", 31, MutationStatus.SURVIVED))));

        assertThat(g.status()).isEqualTo(GateStatus.FAILED);
        assertThat(g.blocking()).isTrue();
        assertThat(g.numerator()).isEqualTo(999);
        assertThat(g.denominator()).isEqualTo(1000);
        assertThat(g.message())
                .isEqualTo("safety-critical-mutation: 99.9 % of mutants detected (999 of 1000) < required 100 % in tag"
                        + " 'safety-critical' (1 survived, most in com.acme.util.Saturation)");
        assertThat(g.details())
                .containsExactly(
                        "kill 1 more mutant in tag 'safety-critical' (1 of 1000 not detected)",
                        "com.acme.util.Saturation: Saturation.java:31 — ConditionalsBoundary: changed conditional"
                                + " boundary (survived)");
    }

    @Test
    void passesAtTheThresholdExactly() throws Exception {
        GateResult g = evaluate(
                safetyGate("85", null),
                inSafety(killedPlus(
                        17,
                        mutant("com.acme.util.Saturation", 1, MutationStatus.SURVIVED),
                        mutant("com.acme.util.Saturation", 2, MutationStatus.NO_COVERAGE),
                        mutant("com.acme.util.Saturation", 3, MutationStatus.SURVIVED))));

        assertThat(g.status()).isEqualTo(GateStatus.PASSED);
        assertThat(g.value()).isEqualByComparingTo("85");
        assertThat(g.message())
                .endsWith("85.0 % of mutants detected (17 of 20) >= required 85 % in tag 'safety-critical'");
    }

    @Test
    void timedOutAndOtherErrorsCountAsDetectedLikePit() throws Exception {
        GateResult g = evaluate(
                safetyGate("100", null),
                inSafety(List.of(
                        mutant("com.acme.util.Saturation", 1, MutationStatus.TIMED_OUT),
                        mutant("com.acme.util.Saturation", 2, MutationStatus.MEMORY_ERROR),
                        mutant("com.acme.util.Saturation", 3, MutationStatus.RUN_ERROR),
                        mutant("com.acme.util.Saturation", 4, MutationStatus.NON_VIABLE),
                        mutant("com.acme.util.Saturation", 5, MutationStatus.KILLED))));

        assertThat(g.status()).isEqualTo(GateStatus.PASSED);
    }

    @Test
    void strengthLeavesUncoveredMutantsOutButStillListsThem() throws Exception {
        List<Mutant> mutants = killedPlus(
                4,
                mutant("com.acme.util.Saturation", 7, MutationStatus.NO_COVERAGE),
                mutant("com.acme.util.Saturation", 8, MutationStatus.NO_COVERAGE));

        GateResult strength = evaluate(safetyGate("100", "strength"), inSafety(mutants));
        GateResult score = evaluate(safetyGate("100", null), inSafety(mutants));

        assertThat(strength.status()).isEqualTo(GateStatus.PASSED);
        assertThat(strength.denominator()).isEqualTo(4);
        assertThat(score.status()).isEqualTo(GateStatus.FAILED);
        assertThat(score.message()).contains("(4 of 6)").contains("0 survived, 2 without coverage");
        assertThat(score.details())
                .contains(
                        "2 mutants without test coverage (no test runs the code):",
                        "no coverage: com.acme.util.Saturation: Saturation.java:7 — ConditionalsBoundary: changed"
                                + " conditional boundary (no coverage)");
    }

    @Test
    void listsSurvivorsOfTheWorstClassFirst() throws Exception {
        GateResult g = evaluate(
                safetyGate("100", null),
                inSafety(List.of(
                        mutant("com.acme.a.Few", 1, MutationStatus.SURVIVED),
                        mutant("com.acme.b.Many", 9, MutationStatus.SURVIVED),
                        mutant("com.acme.b.Many", 3, MutationStatus.SURVIVED))));

        assertThat(g.details().subList(1, 4))
                .extracting(d -> d.substring(0, d.indexOf(':')))
                .containsExactly("com.acme.b.Many", "com.acme.b.Many", "com.acme.a.Few");
    }

    @Test
    void isSkippedWhenTheUnitTestsWereSkippedAsPitHonoursSkipTests() throws Exception {
        GateDefinition gate = gate(policy(List.of(SAFETY), safetyGate("100", null)), "safety-critical-mutation");

        assertThat(mutationGate.skippedBy(gate, GateFixtures.skipped("skipTests", null)))
                .isEqualTo(new MetricGate.Skip("skipTests", "PIT runs the unit tests, which this build skipped"));
        assertThat(mutationGate.skippedBy(gate, GateFixtures.skipped(null, "skipITs")))
                .isNull();
    }

    @Test
    void noReportIsMissingWithThePitestSnippet() throws Exception {
        GateResult g = evaluate(
                safetyGate("100", null),
                MutationEvidence.missing("no PIT report (mutations.xml) in target/pit-reports", List.of()));

        assertThat(g.status()).isEqualTo(GateStatus.MISSING);
        assertThat(g.blocking()).isTrue();
        assertThat(g.message())
                .isEqualTo("safety-critical-mutation: MISSING — no PIT report (mutations.xml) in target/pit-reports");
        assertThat(g.details())
                .singleElement()
                .asString()
                .contains("<artifactId>pitest-maven</artifactId><version>1.30.2</version>")
                .contains("<artifactId>pitest-junit5-plugin</artifactId><version>1.2.3</version>")
                .contains("<outputFormat>XML</outputFormat>");
    }

    @Test
    void aTagWithoutSelectorsIsNotConfigured() throws Exception {
        GateSpec spec = GateSpec.builder("critical-mutation")
                .metric("mutation")
                .tag("critical")
                .threshold("85")
                .weight("0.05")
                .build();

        GateResult g = evaluate(spec, inSafety(killedPlus(3)));

        assertThat(g.status()).isEqualTo(GateStatus.NOT_CONFIGURED);
        assertThat(g.message()).contains("tag 'critical' has no selectors");
    }

    @Test
    void aTagWithoutMutantsIsMissingExceptForAModuleOfAReactor() throws Exception {
        MutationEvidence none = new MutationEvidence(
                List.of(Path.of("target/pit-reports/mutations.xml")),
                killedPlus(3),
                Map.of("safety-critical", List.of()),
                0,
                null,
                List.of());

        assertThat(evaluate(safetyGate("100", null), none).status()).isEqualTo(GateStatus.MISSING);
        assertThat(evaluate(safetyGate("100", null), none, true).status()).isEqualTo(GateStatus.NOT_CONFIGURED);
    }

    @Test
    void aGateOverAllClassesCountsEveryMutant() throws Exception {
        GateSpec spec = GateSpec.builder("overall-mutation")
                .metric("mutation")
                .threshold("60")
                .weight("0.05")
                .build();
        List<Mutant> all = killedPlus(3, mutant("com.acme.x.Other", 1, MutationStatus.SURVIVED));

        GateResult g = evaluate(spec, new MutationEvidence(List.of(), all, Map.of(), 0, null, List.of()));

        assertThat(g.status()).isEqualTo(GateStatus.PASSED);
        assertThat(g.message()).endsWith("75.0 % of mutants detected (3 of 4) >= required 60 % in all mutated classes");
    }
}
