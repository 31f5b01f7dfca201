package dev.readiness.assess;

import static dev.readiness.assess.GateFixtures.NO_TESTS;
import static dev.readiness.assess.GateFixtures.gate;
import static dev.readiness.assess.GateFixtures.policy;
import static dev.readiness.assess.GateFixtures.skipped;
import static dev.readiness.assess.GateFixtures.tests;
import static dev.readiness.assess.GateFixtures.testsOnly;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.evidence.tests.TestEvidence;
import dev.readiness.evidence.tests.TestOutcome;
import dev.readiness.policy.Metric;
import dev.readiness.policy.Policy;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassRateGateTest {
    private final PassRateGate passRateGate = new PassRateGate();

    private GateResult evaluate(String id, TestEvidence surefire, TestEvidence failsafe) throws Exception {
        Policy policy = policy(List.of());
        return passRateGate.evaluate(gate(policy, id), GateContext.of(policy, testsOnly(surefire, failsafe)));
    }

    @Test
    void evaluatesThePassRateMetric() {
        assertThat(passRateGate.metric()).isEqualTo(Metric.PASS_RATE);
    }

    @Test
    void aFailingRateSaysHowManyMustPassAndNamesTheTestsThatDidNotErrorsFirst() throws Exception {
        GateResult g = evaluate(
                "test-pass-rate",
                tests(TestOutcome.PASSED, TestOutcome.FAILED, TestOutcome.ERROR, TestOutcome.SKIPPED),
                NO_TESTS);

        assertThat(g.status()).isEqualTo(GateStatus.FAILED);
        assertThat(g.blocking()).as("test-pass-rate is critical").isTrue();
        assertThat(g.numerator()).isEqualTo(1);
        assertThat(g.denominator()).as("skipped tests are not executed").isEqualTo(3);
        assertThat(g.message()).isEqualTo("test-pass-rate: 33.3 % passed (1 of 3) < required 95 % of Surefire tests");
        assertThat(g.details())
                .containsExactly(
                        "make 2 more of the Surefire tests pass (2 not passed)",
                        "com.acme.FooTest.case2 error — expected <1> but was <2>",
                        "com.acme.FooTest.case1 failed — expected <1> but was <2>");
    }

    @Test
    void allPassedMeetsTheThreshold() throws Exception {
        GateResult g = evaluate("test-pass-rate", tests(TestOutcome.PASSED, TestOutcome.PASSED), NO_TESTS);

        assertThat(g.status()).isEqualTo(GateStatus.PASSED);
        assertThat(g.gateScore()).isEqualByComparingTo("100");
        assertThat(g.details()).isEmpty();
    }

    @Test
    void readsOnlyTheReportsOfItsSource() throws Exception {
        GateResult failsafe = evaluate("system-compatibility", tests(TestOutcome.FAILED), tests(TestOutcome.PASSED));

        assertThat(failsafe.status()).isEqualTo(GateStatus.PASSED);
        assertThat(failsafe.denominator()).isEqualTo(1);
    }

    @Test
    void withoutReportsTheGateIsMissingAndSaysWhereItLooked() throws Exception {
        GateResult g = evaluate("system-compatibility", tests(TestOutcome.PASSED), NO_TESTS);

        assertThat(g.status()).isEqualTo(GateStatus.MISSING);
        assertThat(g.message())
                .startsWith("system-compatibility: MISSING — no Failsafe reports (TEST-*.xml) in"
                        + " target/failsafe-reports");
    }

    @Test
    void onlySkippedTestsAreMissingNotZero() throws Exception {
        GateResult g = evaluate("test-pass-rate", tests(TestOutcome.SKIPPED), NO_TESTS);

        assertThat(g.status()).isEqualTo(GateStatus.MISSING);
        assertThat(g.message()).endsWith("no executed test among the Surefire tests (1 skipped)");
        assertThat(g.value()).isNull();
    }

    @Test
    void theDefaultGroupWithoutTestClassesIsNotConfigured() throws Exception {
        GateResult g = evaluate("numerical-stability", tests(TestOutcome.PASSED), NO_TESTS);

        assertThat(g.status()).isEqualTo(GateStatus.NOT_CONFIGURED);
        assertThat(g.message())
                .contains(
                        "test group 'stability' (tests tagged 'stability') does not exist here: there are no compiled test classes");
    }

    @Test
    void isSkippedWhenTheTestsOfItsSourceWereSkipped() throws Exception {
        Policy policy = policy(List.of());
        var unit = gate(policy, "test-pass-rate");
        var it = gate(policy, "system-compatibility");

        assertThat(passRateGate.skippedBy(unit, skipped("skipTests", "skipTests")))
                .isEqualTo(new MetricGate.Skip("skipTests", "this build skipped the Surefire tests"));
        assertThat(passRateGate.skippedBy(it, skipped(null, "skipITs")))
                .isEqualTo(new MetricGate.Skip("skipITs", "this build skipped the Failsafe tests"));
        assertThat(passRateGate.skippedBy(unit, skipped(null, "skipITs"))).isNull();
    }
}
