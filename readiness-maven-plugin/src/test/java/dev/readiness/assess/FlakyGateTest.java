package dev.readiness.assess;

import static dev.readiness.assess.GateFixtures.NO_TESTS;
import static dev.readiness.assess.GateFixtures.policy;
import static dev.readiness.assess.GateFixtures.tests;
import static dev.readiness.assess.GateFixtures.testsOnly;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.evidence.tests.TestEvidence;
import dev.readiness.evidence.tests.TestOutcome;
import dev.readiness.history.HistoryRecord;
import dev.readiness.history.TestRuns;
import dev.readiness.policy.GateDefinition;
import dev.readiness.policy.Metric;
import dev.readiness.policy.Policy;
import dev.readiness.policy.ReadinessLevel;
import dev.readiness.policy.TestSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlakyGateTest {
    private static final String SAME = "sha256:" + "11".repeat(32);
    private static final String OTHER = "sha256:" + "22".repeat(32);
    private static final Instant T0 = Instant.parse("2026-11-30T07:00:00Z");
    /** GateFixtures.tests names its cases com.acme.FooTest#case0, #case1, … */
    private static final String CASE1 = "com.acme.FooTest#case1";

    private final FlakyGate flakyGate = new FlakyGate();

    private static GateDefinition gate(int builds, int maxFlaky) {
        return GateDefinition.builder("no-flaky-tests", Metric.FLAKY)
                .source(TestSource.ALL)
                .threshold("100")
                .weight("0.05")
                .builds(builds)
                .maxFlaky(maxFlaky)
                .build();
    }

    /** An earlier build: its fingerprint, its failed ids; complete unless {@code failedCount} says more failed. */
    private static HistoryRecord earlier(int minute, String fingerprint, long failedCount, String... failed) {
        Map<String, String> ids = new java.util.TreeMap<>();
        for (String id : failed) {
            ids.put(id, "expected <1> but was <2>");
        }
        return HistoryRecord.of(
                        T0.plusSeconds(60L * minute),
                        "com.acme",
                        "lib",
                        "1.0",
                        null,
                        ReadinessLevel.NOT_READY,
                        Map.of(),
                        Map.of("total", 2L, "failed", failedCount, "errors", 0L, "flaky", 0L),
                        Map.of(),
                        null,
                        null)
                .withTestRuns(new TestRuns(fingerprint, ids, Map.of(), Map.of()));
    }

    private GateResult evaluate(GateDefinition gate, TestEvidence surefire, HistoryContext history) throws Exception {
        Policy policy = policy(List.of());
        return flakyGate.evaluate(gate, GateContext.of(policy, testsOnly(surefire, NO_TESTS), history));
    }

    private static HistoryContext history(String fingerprint, HistoryRecord... previous) {
        return new HistoryContext(List.of(previous), null, null, fingerprint);
    }

    @Test
    void evaluatesTheFlakyMetricAndIsRegistered() {
        assertThat(flakyGate.metric()).isEqualTo(Metric.FLAKY);
        assertThat(Gates.REGISTERED).anyMatch(g -> g.metric() == Metric.FLAKY);
    }

    @Test
    void withoutHistoryTheGateIsMissingAndSaysHowToTurnItOn() throws Exception {
        GateResult g = evaluate(gate(10, 0), tests(TestOutcome.PASSED), null);

        assertThat(g.status()).isEqualTo(GateStatus.MISSING);
        assertThat(g.message()).contains("history is off", "readiness.skipHistory");
    }

    @Test
    void withoutTestReportsTheGateIsMissing() throws Exception {
        GateResult g = evaluate(gate(10, 0), NO_TESTS, history(SAME));

        assertThat(g.status()).isEqualTo(GateStatus.MISSING);
        assertThat(g.message()).contains("no test case");
    }

    @Test
    void aTestThatPassedOnARerunInThisBuildIsFlakyAndFailsAGateAllowingNone() throws Exception {
        GateResult g = evaluate(gate(10, 0), tests(TestOutcome.PASSED, TestOutcome.FLAKY), history(SAME));

        assertThat(g.status()).isEqualTo(GateStatus.FAILED);
        assertThat(g.message())
                .isEqualTo("no-flaky-tests: 1 flaky of 2 tests in the last 1 build (window 10) > allowed 0");
        assertThat(g.numerator()).isEqualTo(1);
        assertThat(g.denominator()).isEqualTo(2);
        assertThat(g.value()).isEqualByComparingTo("50");
        assertThat(g.details().get(0)).isEqualTo("fix or quarantine 1 of the 1 flaky tests (0 allowed)");
        assertThat(g.details().get(1))
                .isEqualTo(CASE1 + " — passed on a rerun in this build (\"expected <1> but was <2>\")");
    }

    @Test
    void exactlyTheAllowedNumberOfFlakyTestsPasses() throws Exception {
        GateResult g = evaluate(gate(10, 1), tests(TestOutcome.PASSED, TestOutcome.FLAKY), history(SAME));

        assertThat(g.status()).isEqualTo(GateStatus.PASSED);
        assertThat(g.message()).endsWith("<= allowed 1");
    }

    @Test
    void aTestThatFailsNowAndPassedInAnEarlierBuildOfTheSameInputIsFlaky() throws Exception {
        GateResult g = evaluate(
                gate(10, 0), tests(TestOutcome.PASSED, TestOutcome.FAILED), history(SAME, earlier(1, SAME, 0)));

        assertThat(g.status()).isEqualTo(GateStatus.FAILED);
        assertThat(g.details().get(1))
                .isEqualTo(CASE1 + " — failed in this build (\"expected <1> but was <2>\"), passed in"
                        + " 2026-11-30T07:01:00Z (same input 111111111111)");
    }

    @Test
    void aTestThatFailedEarlierAndPassesNowWithTheSameInputIsFlaky() throws Exception {
        GateResult g = evaluate(
                gate(10, 0), tests(TestOutcome.PASSED, TestOutcome.PASSED), history(SAME, earlier(1, SAME, 1, CASE1)));

        assertThat(g.status()).isEqualTo(GateStatus.FAILED);
        assertThat(g.details().get(1))
                .startsWith(CASE1 + " — failed in 2026-11-30T07:01:00Z")
                .endsWith("passed in" + " this build (same input 111111111111)");
    }

    @Test
    void anOutcomeThatChangedWithTheInputIsNotFlaky() throws Exception {
        GateResult g = evaluate(
                gate(10, 0), tests(TestOutcome.PASSED, TestOutcome.PASSED), history(SAME, earlier(1, OTHER, 1, CASE1)));

        assertThat(g.status()).isEqualTo(GateStatus.PASSED);
        assertThat(g.message()).contains("0 flaky of 2 tests in the last 2 builds");
    }

    @Test
    void theWindowHoldsThisBuildAndTheBuildsMinusOneBeforeIt() throws Exception {
        // builds=3: this build and the two before it; the disagreement with the build three before is outside
        List<HistoryRecord> records = new ArrayList<>();
        records.add(earlier(1, SAME, 1, CASE1));
        records.add(earlier(2, OTHER, 0));
        records.add(earlier(3, OTHER, 0));
        HistoryContext outside = new HistoryContext(records, null, null, SAME);
        HistoryContext inside = new HistoryContext(records.subList(0, 2), null, null, SAME);

        GateResult g3 = evaluate(gate(3, 0), tests(TestOutcome.PASSED, TestOutcome.PASSED), outside);
        GateResult g4 = evaluate(gate(4, 0), tests(TestOutcome.PASSED, TestOutcome.PASSED), outside);
        GateResult g3Inside = evaluate(gate(3, 0), tests(TestOutcome.PASSED, TestOutcome.PASSED), inside);

        assertThat(g3.status()).isEqualTo(GateStatus.PASSED);
        assertThat(g3.message()).contains("in the last 3 builds (window 3)");
        assertThat(g4.status()).isEqualTo(GateStatus.FAILED);
        assertThat(g3Inside.status()).isEqualTo(GateStatus.FAILED);
    }

    @Test
    void anEarlierBuildThatNamedOnlyItsFirstFailuresIsNotTakenAsAPass() throws Exception {
        // the earlier build of the same input had 2 failures but names none: case1 may have failed there too
        GateResult g = evaluate(
                gate(10, 0), tests(TestOutcome.PASSED, TestOutcome.FAILED), history(SAME, earlier(1, SAME, 2)));

        assertThat(g.status()).isEqualTo(GateStatus.PASSED);
        assertThat(g.details()).anyMatch(d -> d.contains("named only their first " + TestRuns.LIMIT + " failures"));
    }

    @Test
    void anEarlierBuildWithoutFingerprintOnlyContributesItsReruns() throws Exception {
        HistoryRecord old = earlier(1, null, 0);
        GateResult g = evaluate(gate(10, 0), tests(TestOutcome.PASSED, TestOutcome.FAILED), history(SAME, old));

        assertThat(g.status()).isEqualTo(GateStatus.PASSED);
        assertThat(g.details()).anyMatch(d -> d.contains("no input fingerprint (recorded before fingerprints were)"));
    }

    @Test
    void aFlakyTestOfAnEarlierBuildThatThisBuildDoesNotRunIsNotCounted() throws Exception {
        HistoryRecord gone = earlier(1, SAME, 0)
                .withTestRuns(new TestRuns(SAME, Map.of(), Map.of(), Map.of("com.acme.GoneTest#x", "boom")));
        HistoryRecord kept =
                earlier(2, SAME, 0).withTestRuns(new TestRuns(SAME, Map.of(), Map.of(), Map.of(CASE1, "boom")));

        GateResult g = evaluate(gate(10, 0), tests(TestOutcome.PASSED, TestOutcome.PASSED), history(SAME, gone, kept));

        assertThat(g.message()).contains("1 flaky of 2 tests");
        assertThat(g.details().get(1)).isEqualTo(CASE1 + " — passed on a rerun in 2026-11-30T07:02:00Z (\"boom\")");
    }

    @Test
    void flakyTestsBeyondTheListedOnesAreCountedAsMore() throws Exception {
        TestOutcome[] outcomes = new TestOutcome[MetricGate.LISTED + 2];
        java.util.Arrays.fill(outcomes, TestOutcome.FLAKY);
        GateResult g = evaluate(gate(10, 0), tests(outcomes), history(SAME));

        assertThat(g.details()).hasSize(1 + MetricGate.LISTED + 1).last().isEqualTo("…and 2 more");
    }
}
