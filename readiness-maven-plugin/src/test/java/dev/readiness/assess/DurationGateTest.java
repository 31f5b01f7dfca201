package dev.readiness.assess;

import static dev.readiness.assess.GateFixtures.NO_TESTS;
import static dev.readiness.assess.GateFixtures.policy;
import static dev.readiness.assess.GateFixtures.testsOnly;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.evidence.tests.TestCaseResult;
import dev.readiness.evidence.tests.TestEvidence;
import dev.readiness.evidence.tests.TestOutcome;
import dev.readiness.history.Durations;
import dev.readiness.history.HistoryRecord;
import dev.readiness.history.TestRuns;
import dev.readiness.policy.GateDefinition;
import dev.readiness.policy.Metric;
import dev.readiness.policy.ReadinessLevel;
import dev.readiness.policy.TestSource;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DurationGateTest {
    private static final Instant T0 = Instant.parse("2026-11-30T07:00:00Z");
    private static final String SLOW = "com.acme.SlowTest";
    /** A class that takes 100 s in every build, so that the suite total moves by less than the tolerance. */
    private static final String BIG = "com.acme.BigTest";

    private final DurationGate durationGate = new DurationGate();

    private static GateDefinition gate(String tolerance, String minSeconds) {
        return builder(tolerance, minSeconds).build();
    }

    private static GateDefinition.Builder builder(String tolerance, String minSeconds) {
        return GateDefinition.builder("test-time", Metric.DURATION)
                .source(TestSource.SUREFIRE)
                .threshold("100")
                .weight("0")
                .builds(10)
                .tolerance(new BigDecimal(tolerance))
                .minSeconds(new BigDecimal(minSeconds));
    }

    /** This build's Surefire reports: each class with one case taking the given milliseconds. */
    private static TestEvidence timed(Map<String, Long> classes) {
        List<TestCaseResult> cases = new ArrayList<>();
        classes.forEach((name, millis) -> cases.add(new TestCaseResult(
                name, "runs", TestOutcome.PASSED, 0, millis * 1000, null, Path.of("TEST-" + name + ".xml"))));
        return new TestEvidence(List.of(Path.of("TEST-x.xml")), List.of(), cases, List.of());
    }

    /** An earlier build whose Surefire classes took the given milliseconds. */
    private static HistoryRecord earlier(int minute, Map<String, Long> classes) {
        long total = classes.values().stream().mapToLong(Long::longValue).sum();
        return record(minute)
                .withTestRuns(new TestRuns(null, Map.of(), Map.of(), Map.of())
                        .withDurations(new Durations(
                                Map.of("surefire", new Durations.Suite(total, classes.size(), classes)))));
    }

    private static HistoryRecord record(int minute) {
        return HistoryRecord.of(
                T0.plusSeconds(60L * minute),
                "com.acme",
                "lib",
                "1.0",
                null,
                ReadinessLevel.NOT_READY,
                Map.of(),
                Map.of("total", 2L, "failed", 0L, "errors", 0L, "flaky", 0L),
                Map.of(),
                null,
                null);
    }

    /** Earlier builds in which SlowTest took each of the given milliseconds and BigTest 100 s. */
    private static List<HistoryRecord> slowTestTook(long... millis) {
        List<HistoryRecord> records = new ArrayList<>();
        for (int i = 0; i < millis.length; i++) {
            records.add(earlier(i, classes(millis[i])));
        }
        return records;
    }

    private static Map<String, Long> classes(long slowMillis) {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put(BIG, 100_000L);
        m.put(SLOW, slowMillis);
        return m;
    }

    private GateResult evaluate(GateDefinition gate, TestEvidence surefire, List<HistoryRecord> previous)
            throws Exception {
        HistoryContext history = previous == null ? null : new HistoryContext(previous, null, null, null);
        return durationGate.evaluate(gate, GateContext.of(policy(List.of()), testsOnly(surefire, NO_TESTS), history));
    }

    @Test
    void evaluatesTheDurationMetricAndIsRegistered() {
        assertThat(durationGate.metric()).isEqualTo(Metric.DURATION);
        assertThat(Gates.REGISTERED).anyMatch(g -> g.metric() == Metric.DURATION);
    }

    @Test
    void withoutHistoryTheGateIsMissingAndSaysHowToTurnItOn() throws Exception {
        GateResult g = evaluate(gate("20", "1"), timed(classes(1000)), null);

        assertThat(g.status()).isEqualTo(GateStatus.MISSING);
        assertThat(g.message()).contains("history is off", "readiness.skipHistory");
    }

    @Test
    void withoutTestReportsTheGateIsMissing() throws Exception {
        GateResult g = evaluate(gate("20", "1"), NO_TESTS, slowTestTook(1000, 1000, 1000));

        assertThat(g.status()).isEqualTo(GateStatus.MISSING);
        assertThat(g.message()).contains("no test case");
    }

    @Test
    void aCaseWithoutATimeLeavesTheDurationsNotMeasuredNeverZero() throws Exception {
        TestEvidence timed = timed(classes(1000));
        List<TestCaseResult> cases = new ArrayList<>(timed.cases());
        cases.add(new TestCaseResult(
                SLOW,
                "untimed",
                TestOutcome.PASSED,
                0,
                TestCaseResult.TIME_NOT_MEASURED,
                null,
                Path.of("TEST-" + SLOW + ".xml")));
        TestEvidence surefire = new TestEvidence(timed.reportFiles(), List.of(), cases, List.of());

        GateResult g = evaluate(gate("20", "1"), surefire, slowTestTook(1000, 1000, 1000));

        assertThat(g.status()).isEqualTo(GateStatus.MISSING);
        assertThat(g.value()).isNull();
        assertThat(g.message())
                .contains("1 of 3 test cases of the Surefire tests have no time in their report")
                .contains("com.acme.SlowTest.untimed in TEST-com.acme.SlowTest.xml")
                .contains("not measured");
        assertThat(Durations.suite(List.of(Map.entry(SLOW, 1000L), Map.entry(SLOW, TestCaseResult.TIME_NOT_MEASURED))))
                .isNull();
    }

    @Test
    void withFewerThanThreeEarlierBuildsWithTimesTheGateIsInconclusive() throws Exception {
        List<HistoryRecord> previous = new ArrayList<>(slowTestTook(1000, 1000));
        previous.add(record(9)); // written before durations were kept: no times, does not count

        GateResult g = evaluate(gate("20", "1"), timed(classes(50_000)), previous);

        assertThat(g.status()).isEqualTo(GateStatus.INCONCLUSIVE);
        assertThat(g.message())
                .isEqualTo(
                        "test-time: INCONCLUSIVE — 2 earlier builds with the times of the Surefire tests in the last 10"
                                + " recorded; at least 3 are needed for a median");
    }

    @Test
    void aClassSlowerThanTheMedianOfAnOddNumberOfBuildsByMoreThanBothLimitsFailsWithItsMove() throws Exception {
        // median of 1000, 9000, 2000 is 2000; 3200 is +1.2 s (> 1 s) and +60 % (> 50 %)
        GateResult g = evaluate(gate("50", "1"), timed(classes(3200)), slowTestTook(1000, 9000, 2000));

        assertThat(g.status()).isEqualTo(GateStatus.FAILED);
        assertThat(g.numerator()).isEqualTo(2);
        assertThat(g.denominator()).isEqualTo(3);
        assertThat(g.message())
                .isEqualTo("test-time: Surefire tests took 103.200 s (median 102.000 s of 3 builds); 1 of 3 timed"
                        + " (suite and classes) slower by > 50 % and > 1 s, 0 over budget");
        assertThat(g.details())
                .containsExactly(
                        "speed up or investigate 1 of 3 timed items (the suite and its test classes), slowest movers"
                                + " first",
                        SLOW + ": median 2.000 s → 3.200 s (+1.200 s, +60.0 %)");
    }

    @Test
    void theMedianOfAnEvenNumberOfBuildsIsTheMeanOfTheTwoMiddleOnesExactly() {
        assertThat(DurationGate.median(List.of(4000L, 1000L, 3000L, 2000L))).isEqualByComparingTo("2500");
        assertThat(DurationGate.median(List.of(1000L, 2001L))).isEqualByComparingTo("1500.5");
        assertThat(DurationGate.median(List.of(7L))).isEqualByComparingTo("7");
    }

    @Test
    void theNoiseGuardLetsAGrowthOfExactlyMinSecondsPassAndFailsOneMillisecondMore() throws Exception {
        List<HistoryRecord> previous = slowTestTook(10_000, 10_000, 10_000);

        assertThat(evaluate(gate("0", "1"), timed(classes(11_000)), previous).status())
                .isEqualTo(GateStatus.PASSED);
        assertThat(evaluate(gate("0", "1"), timed(classes(11_001)), previous).status())
                .isEqualTo(GateStatus.FAILED);
    }

    @Test
    void theToleranceLetsAGrowthOfExactlyItsPercentPassAndFailsOneMillisecondMore() throws Exception {
        List<HistoryRecord> previous = slowTestTook(10_000, 10_000, 10_000);

        assertThat(evaluate(gate("20", "0"), timed(classes(12_000)), previous).status())
                .isEqualTo(GateStatus.PASSED);
        GateResult g = evaluate(gate("20", "0"), timed(classes(12_001)), previous);
        assertThat(g.status()).isEqualTo(GateStatus.FAILED);
        assertThat(g.details()).contains(SLOW + ": median 10.000 s → 12.001 s (+2.001 s, +20.0 %)");
    }

    @Test
    void aLargeRelativeGrowthUnderTheNoiseGuardPasses() throws Exception {
        // +800 % but only +0.8 s
        GateResult g = evaluate(gate("20", "1"), timed(classes(900)), slowTestTook(100, 100, 100));

        assertThat(g.status()).isEqualTo(GateStatus.PASSED);
        assertThat(g.value()).isEqualByComparingTo("100");
    }

    @Test
    void aClassOverItsBudgetFailsEvenWithoutEnoughHistoryAndExactlyTheBudgetPasses() throws Exception {
        GateDefinition budget =
                builder("20", "1").maxClassSeconds(new BigDecimal("2")).build();
        Map<String, Long> now = Map.of(SLOW, 2001L, "com.acme.FastTest", 2000L);

        GateResult g = evaluate(budget, timed(now), List.of());

        assertThat(g.status()).isEqualTo(GateStatus.FAILED);
        assertThat(g.details()).containsExactly(SLOW + ": 2.001 s > budget 2 s");
        assertThat(g.message()).endsWith("at least 3 are needed for a median; 1 over budget");
    }

    @Test
    void theSuiteOverItsBudgetFails() throws Exception {
        GateDefinition budget =
                builder("20", "1").maxSeconds(new BigDecimal("100")).build();

        GateResult g = evaluate(budget, timed(classes(1000)), slowTestTook(1000, 1000, 1000));

        assertThat(g.status()).isEqualTo(GateStatus.FAILED);
        assertThat(g.details()).contains("suite (Surefire tests): 101.000 s > budget 100 s");
    }

    @Test
    void onlyTheLastBuildsOfTheWindowMakeTheMedian() throws Exception {
        // the three oldest builds were slow; a window of 3 sees only the fast ones
        List<HistoryRecord> previous = slowTestTook(9000, 9000, 9000, 1000, 1000, 1000);

        assertThat(evaluate(builder("20", "1").builds(3).build(), timed(classes(5000)), previous)
                        .status())
                .isEqualTo(GateStatus.FAILED);
        assertThat(evaluate(builder("20", "1").builds(6).build(), timed(classes(5000)), previous)
                        .status())
                .isEqualTo(GateStatus.PASSED);
    }

    @Test
    void theSlowestMoversAreListedWorstFirst() throws Exception {
        Map<String, Long> before = new TreeMap<>(Map.of(BIG, 100_000L, "a.A", 1000L, "b.B", 1000L));
        List<HistoryRecord> previous = List.of(earlier(0, before), earlier(1, before), earlier(2, before));

        GateResult g = evaluate(gate("20", "1"), timed(Map.of(BIG, 100_000L, "a.A", 3000L, "b.B", 6000L)), previous);

        assertThat(g.details().subList(1, 3))
                .containsExactly(
                        "b.B: median 1.000 s → 6.000 s (+5.000 s, +500.0 %)",
                        "a.A: median 1.000 s → 3.000 s (+2.000 s, +200.0 %)");
    }

    @Test
    void aNewClassIsNotComparedAndSaidSo() throws Exception {
        Map<String, Long> now = new TreeMap<>(classes(1000));
        now.put("com.acme.NewTest", 60_000L);

        GateResult g = evaluate(gate("100", "100"), timed(now), slowTestTook(1000, 1000, 1000));

        assertThat(g.status()).isEqualTo(GateStatus.PASSED);
        assertThat(g.details()).anyMatch(d -> d.startsWith("1 test class(es) had fewer than 3 earlier times"));
    }

    @Test
    void aBuildThatRecordedOtherSourcesIsNotComparedWithAllTests() {
        HistoryRecord surefireOnly = earlier(0, classes(1000));

        assertThat(DurationGate.earlier(List.of(surefireOnly), java.util.Set.of("surefire", "failsafe"), 10))
                .isEmpty();
        assertThat(DurationGate.earlier(List.of(surefireOnly), java.util.Set.of("surefire"), 10))
                .hasSize(1);
    }
}
