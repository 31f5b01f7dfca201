package dev.readiness.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.assess.Assessment;
import dev.readiness.assess.Evaluator;
import dev.readiness.assess.Evidence;
import dev.readiness.assess.GateResult;
import dev.readiness.assess.GateStatus;
import dev.readiness.assess.Percent;
import dev.readiness.assess.ProjectInfo;
import dev.readiness.evidence.coverage.Counter;
import dev.readiness.evidence.coverage.Coverage;
import dev.readiness.evidence.coverage.CoverageEvidence;
import dev.readiness.evidence.tests.TestCaseResult;
import dev.readiness.evidence.tests.TestClassIndex;
import dev.readiness.evidence.tests.TestEvidence;
import dev.readiness.evidence.tests.TestOutcome;
import dev.readiness.policy.CounterKind;
import dev.readiness.policy.GateSpec;
import dev.readiness.policy.Policy;
import dev.readiness.policy.PolicyException;
import dev.readiness.policy.PolicyFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Properties of the score and the level (DESIGN.md §5) over generated evidence and policies: two measured gates
 * (overall line coverage and the Surefire pass rate) with generated thresholds and weights, every other default gate
 * disabled. Evidence is built as {@code EvaluatorTest} builds it.
 *
 * <p>The inputs come from {@link Random} with fixed seeds, edge values first, so every build checks the same cases and
 * a failure names the seed and the inputs that broke the property (no property-testing library: the suite must be
 * deterministic, issue 24).
 */
class EvaluatorPropertiesTest {
    private static final ProjectInfo PROJECT = new ProjectInfo("com.acme", "lib", "1.0");
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final Path REPORT = Path.of("TEST-com.acme.FooTest.xml");
    private static final String COVERAGE_GATE = "overall-test-coverage";
    private static final String PASS_RATE_GATE = "test-pass-rate";

    /** The inputs of one evaluation. */
    record World(
            long covered,
            long missed,
            int passed,
            int failed,
            String coverageThreshold,
            String passThreshold,
            String coverageWeight,
            String passWeight) {
        World withCovered(long newCovered, long newMissed) {
            return new World(
                    newCovered,
                    newMissed,
                    passed,
                    failed,
                    coverageThreshold,
                    passThreshold,
                    coverageWeight,
                    passWeight);
        }

        World withTests(int newPassed, int newFailed) {
            return new World(
                    covered,
                    missed,
                    newPassed,
                    newFailed,
                    coverageThreshold,
                    passThreshold,
                    coverageWeight,
                    passWeight);
        }
    }

    /** The seed of every property: change it on purpose only (a new seed is a new set of cases). */
    private static final long SEED = 20261130L;

    private static final String[] EDGE_THRESHOLDS = {"0", "100", "85", "95", "99.999", "0.001"};
    private static final String[] EDGE_WEIGHTS = {"0.000000001", "1000000000", "0.15", "1"};

    /** Runs {@code property} on {@code tries} generated inputs; a failure names the try and the seed. */
    private static void forAll(int tries, Consumer<Random> property) {
        Random random = new Random(SEED);
        for (int i = 0; i < tries; i++) {
            long seed = random.nextLong();
            try {
                property.accept(new Random(seed));
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("property failed on try " + i + " (seed " + seed + "): " + e.getMessage(), e);
            }
        }
    }

    private static long longBetween(Random r, long min, long max) {
        // edge values a quarter of the time, as a property-testing library would mix them in
        switch (r.nextInt(8)) {
            case 0:
                return min;
            case 1:
                return max;
            default:
                return min + (long) (r.nextDouble() * (max - min));
        }
    }

    static World world(Random r) {
        return new World(
                longBetween(r, 0, 1_000_000_000L),
                longBetween(r, 0, 1_000_000_000L),
                (int) longBetween(r, 0, 40),
                (int) longBetween(r, 0, 40),
                threshold(r),
                threshold(r),
                weight(r),
                weight(r));
    }

    /** Thresholds 0–100 with up to 3 decimals, edges included. */
    static String threshold(Random r) {
        if (r.nextInt(4) == 0) {
            return EDGE_THRESHOLDS[r.nextInt(EDGE_THRESHOLDS.length)];
        }
        return BigDecimal.valueOf(longBetween(r, 0, 100_000), 3).toPlainString();
    }

    /** Weights from 1e-9 to 1e9. */
    static String weight(Random r) {
        if (r.nextInt(4) == 0) {
            return EDGE_WEIGHTS[r.nextInt(EDGE_WEIGHTS.length)];
        }
        return BigDecimal.valueOf(1 + r.nextInt(9))
                .scaleByPowerOfTen(r.nextInt(19) - 9)
                .toPlainString();
    }

    // --- properties ----------------------------------------------------------------------------------------

    @Test
    void scoreIsWithinZeroToHundredOrNull() {
        forAll(300, r -> {
            World w = world(r);
            Assessment a = evaluate(w);
            if (a.score() == null) {
                assertThat(a.gates()).as("%s", w).noneMatch(g -> g.status().measured());
            } else {
                assertThat(a.score()).as("%s", w).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
            }
        });
    }

    @Test
    void coveringMoreLinesNeverLowersTheScoreNorTheLevel() {
        forAll(300, r -> {
            World w = world(r);
            long more = longBetween(r, 1, 1_000_000);
            if (w.covered() + w.missed() == 0) {
                return; // from MISSING to measured is not a change of value
            }
            long gained = Math.min(more, w.missed());
            World better = w.withCovered(w.covered() + gained, w.missed() - gained);
            assertNotWorse(evaluate(w), evaluate(better));
            World bigger = w.withCovered(w.covered() + more, w.missed());
            assertNotWorse(evaluate(w), evaluate(bigger));
        });
    }

    @Test
    void passingMoreTestsNeverLowersTheScoreNorTheLevel() {
        forAll(300, r -> {
            World w = world(r);
            int more = (int) longBetween(r, 1, 40);
            if (w.passed() + w.failed() == 0) {
                return;
            }
            int fixed = Math.min(more, w.failed());
            assertNotWorse(evaluate(w), evaluate(w.withTests(w.passed() + fixed, w.failed() - fixed)));
            assertNotWorse(evaluate(w), evaluate(w.withTests(w.passed() + more, w.failed())));
        });
    }

    @Test
    void aDroppingGateValueNeverImprovesTheLevel() {
        forAll(300, r -> {
            World w = world(r);
            long lost = longBetween(r, 1, 1_000_000);
            World worse;
            if (r.nextBoolean()) {
                int broken = (int) Math.min(lost, w.passed());
                worse = w.withTests(w.passed() - broken, w.failed() + broken);
            } else {
                long uncovered = Math.min(lost, w.covered());
                worse = w.withCovered(w.covered() - uncovered, w.missed() + uncovered);
            }
            Assessment before = evaluate(w);
            Assessment after = evaluate(worse);
            assertThat(after.level()).as("%s -> %s", w, worse).isLessThanOrEqualTo(before.level());
            if (before.score() != null) {
                assertThat(after.score()).as("%s -> %s", w, worse).isLessThanOrEqualTo(before.score());
            }
        });
    }

    @Test
    void aGateThatPassesMeetsItsThresholdInExactRationalArithmetic() {
        forAll(300, r -> {
            World w = world(r);
            GateResult coverage = gate(evaluate(w), COVERAGE_GATE);
            long total = w.covered() + w.missed();
            if (total == 0) {
                assertThat(coverage.status()).as("%s", w).isEqualTo(GateStatus.MISSING);
                return;
            }
            boolean truth = rationalMeets(w.covered(), total, new BigDecimal(w.coverageThreshold()));
            assertThat(coverage.status()).as("%s", w).isEqualTo(truth ? GateStatus.PASSED : GateStatus.FAILED);
        });
    }

    @Test
    void percentMeetsIsTheExactRationalComparison() {
        forAll(2000, r -> {
            long part = longBetween(r, 0, Long.MAX_VALUE / 200);
            long wholeExtra = longBetween(r, 1, Long.MAX_VALUE / 200);
            String threshold = threshold(r);
            long whole = Math.max(1, Math.min(Long.MAX_VALUE / 200, part + wholeExtra % 1000));
            BigDecimal t = new BigDecimal(threshold);
            String inputs = part + "/" + whole + " vs " + threshold;
            assertThat(Percent.meets(part, whole, t)).as(inputs).isEqualTo(rationalMeets(part, whole, t));
            // the displayed value, rounded down, never exceeds the exact ratio
            BigDecimal shown = Percent.of(part, whole);
            assertThat(shown.multiply(BigDecimal.valueOf(whole)))
                    .as(inputs)
                    .isLessThanOrEqualTo(BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)));
        });
    }

    @Test
    void oneLineShortOfTheThresholdNeverRoundsIntoAPass() {
        forAll(500, r -> {
            long total = longBetween(r, 1, 1_000_000_000L);
            String threshold = threshold(r);
            BigDecimal t = new BigDecimal(threshold);
            long needed = Percent.partNeeded(total, t);
            String inputs = total + " lines vs " + threshold;
            if (needed > 0) {
                assertThat(Percent.meets(needed - 1, total, t)).as(inputs).isFalse();
                assertThat(rationalMeets(needed - 1, total, t)).as(inputs).isFalse();
            }
            if (needed <= total) {
                assertThat(Percent.meets(needed, total, t)).as(inputs).isTrue();
            }
        });
    }

    @Test
    void allZeroWeightsAreRejectedByThePolicy() {
        assertThatThrownBy(() -> policy(new World(1, 1, 1, 1, "85", "95", "0", "0.000")))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("every enabled <gate> has <weight>0</weight>");
    }

    @Test
    void aZeroWeightGateIsMeasuredButDoesNotMoveTheScore() {
        forAll(100, r -> {
            World w = world(r);
            World zeroCoverageWeight = new World(
                    w.covered(),
                    w.missed(),
                    w.passed(),
                    w.failed(),
                    w.coverageThreshold(),
                    w.passThreshold(),
                    "0",
                    w.passWeight());
            Assessment a = evaluate(zeroCoverageWeight);
            GateResult passRate = gate(a, PASS_RATE_GATE);
            if (passRate.status().measured()) {
                assertThat(a.score())
                        .as("%s", zeroCoverageWeight)
                        .isEqualByComparingTo(passRate.gateScore().setScale(2, java.math.RoundingMode.DOWN));
            } else {
                assertThat(a.score()).as("%s", zeroCoverageWeight).isNull();
            }
        });
    }

    // --- helpers -------------------------------------------------------------------------------------------

    /** {@code part / whole * 100 >= threshold} in integers: threshold = unscaled / 10^scale. */
    private static boolean rationalMeets(long part, long whole, BigDecimal threshold) {
        BigDecimal t = threshold.stripTrailingZeros();
        int scale = Math.max(0, t.scale());
        BigInteger unscaled = t.setScale(scale).unscaledValue();
        BigInteger left =
                BigInteger.valueOf(part).multiply(BigInteger.valueOf(100)).multiply(BigInteger.TEN.pow(scale));
        BigInteger right = unscaled.multiply(BigInteger.valueOf(whole));
        return left.compareTo(right) >= 0;
    }

    private static void assertNotWorse(Assessment before, Assessment after) {
        if (before.score() != null) {
            assertThat(after.score()).isNotNull();
            assertThat(after.score()).isGreaterThanOrEqualTo(before.score());
        }
        assertThat(after.level()).isGreaterThanOrEqualTo(before.level());
    }

    private static Policy policy(World w) throws PolicyException {
        List<GateSpec> specs = new ArrayList<>();
        for (var g : PolicyFactory.defaultGates()) {
            if (g.id().equals(COVERAGE_GATE)) {
                specs.add(spec(g.id(), w.coverageThreshold(), w.coverageWeight(), null));
            } else if (g.id().equals(PASS_RATE_GATE)) {
                specs.add(spec(g.id(), w.passThreshold(), w.passWeight(), null));
            } else {
                specs.add(spec(g.id(), null, null, "false"));
            }
        }
        return new PolicyFactory().build(List.of(), List.of(), specs, null, null, null, null);
    }

    private static GateSpec spec(String id, String threshold, String weight, String enabled) {
        return GateSpec.builder(id)
                .threshold(threshold)
                .weight(weight)
                .enabled(enabled)
                .build();
    }

    private static Assessment evaluate(World w) {
        Map<CounterKind, Counter> counters = new EnumMap<>(CounterKind.class);
        for (CounterKind kind : CounterKind.values()) {
            counters.put(kind, new Counter(0, 0));
        }
        counters.put(CounterKind.LINE, new Counter(w.covered(), w.missed()));
        CoverageEvidence coverage = new CoverageEvidence(
                List.of(Path.of("target/jacoco.exec")),
                List.of(Path.of("target/classes")),
                1,
                new Coverage(counters),
                List.of(),
                Map.of(),
                List.of(),
                null);
        List<TestCaseResult> cases = new ArrayList<>();
        for (int i = 0; i < w.passed() + w.failed(); i++) {
            TestOutcome outcome = i < w.passed() ? TestOutcome.PASSED : TestOutcome.FAILED;
            cases.add(new TestCaseResult(
                    "com.acme.FooTest",
                    "case" + i,
                    outcome,
                    0,
                    1000,
                    outcome == TestOutcome.PASSED ? null : "no",
                    REPORT));
        }
        TestEvidence surefire = cases.isEmpty()
                ? new TestEvidence(List.of(), List.of(), List.of(), List.of())
                : new TestEvidence(List.of(REPORT), List.of(), cases, List.of());
        Evidence evidence = new Evidence(
                surefire,
                List.of("target/surefire-reports"),
                new TestEvidence(List.of(), List.of(), List.of(), List.of()),
                List.of("target/failsafe-reports"),
                TestClassIndex.empty(),
                List.of("target/test-classes"),
                coverage);
        try {
            return new Evaluator().evaluate(policy(w), evidence, PROJECT, NOW);
        } catch (PolicyException e) {
            throw new IllegalStateException("generated policy rejected: " + w, e);
        }
    }

    private static GateResult gate(Assessment a, String id) {
        return a.gates().stream()
                .filter(g -> g.gate().id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
