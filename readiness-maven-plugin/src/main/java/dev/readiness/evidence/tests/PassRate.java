package dev.readiness.evidence.tests;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The pass rate of a set of test cases: {@code passed / executed}, from integer counts.
 *
 * @param passed cases counted as passed under the policy
 * @param executed cases counted as executed under the policy (the denominator)
 * @param counts the plain counts by outcome
 * @param notPassed the cases counted as not passed, worst first: {@link TestOutcome#ERROR}, {@link TestOutcome#FAILED},
 *     then {@link TestOutcome#FLAKY} and {@link TestOutcome#SKIPPED} when the policy counts them; within an outcome by
 *     class name, case name and report file
 */
public record PassRate(long passed, long executed, TestCounts counts, List<TestCaseResult> notPassed) {
    private static final Comparator<TestCaseResult> WORST_FIRST = Comparator.comparingInt(PassRate::rank)
            .thenComparing(TestCaseResult::className)
            .thenComparing(TestCaseResult::name)
            .thenComparing(c -> c.reportFile().toString());

    public PassRate {
        Objects.requireNonNull(counts, "counts");
        notPassed = List.copyOf(notPassed);
        if (passed < 0 || executed < 0 || passed > executed) {
            throw new IllegalArgumentException("need 0 <= passed <= executed, got " + passed + "/" + executed);
        }
    }

    /** Computes the pass rate of the cases under the policy. */
    public static PassRate of(Collection<TestCaseResult> cases, PassRatePolicy policy) {
        Objects.requireNonNull(policy, "policy");
        TestCounts counts = TestCounts.of(cases);
        long executed = policy.skippedCountAsNotPassed() ? counts.total() : counts.total() - counts.skipped();
        long passed = policy.flakyCountsAsPassed() ? counts.passed() : counts.passed() - counts.flaky();
        List<TestCaseResult> notPassed = new ArrayList<>();
        for (TestCaseResult c : cases) {
            boolean counted = switch (c.outcome()) {
                case ERROR, FAILED -> true;
                case FLAKY -> !policy.flakyCountsAsPassed();
                case SKIPPED -> policy.skippedCountAsNotPassed();
                case PASSED -> false;
            };
            if (counted) {
                notPassed.add(c);
            }
        }
        notPassed.sort(WORST_FIRST);
        return new PassRate(passed, executed, counts, notPassed);
    }

    /** True when at least one case was executed; otherwise there is no rate to report. */
    public boolean measurable() {
        return executed > 0;
    }

    /**
     * The rate in percent, rounded down to {@code scale} decimals (never rounded up into a pass).
     *
     * @throws IllegalStateException when not {@link #measurable()}
     */
    public BigDecimal percent(int scale) {
        if (!measurable()) {
            throw new IllegalStateException("no executed test case: the pass rate is not measurable");
        }
        return BigDecimal.valueOf(passed)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(executed), scale, RoundingMode.DOWN);
    }

    /**
     * True when {@code passed / executed >= thresholdPercent / 100}, compared exactly.
     *
     * @throws IllegalStateException when not {@link #measurable()}
     */
    public boolean meets(BigDecimal thresholdPercent) {
        if (!measurable()) {
            throw new IllegalStateException("no executed test case: the pass rate is not measurable");
        }
        return BigDecimal.valueOf(passed)
                        .multiply(BigDecimal.valueOf(100))
                        .compareTo(thresholdPercent.multiply(BigDecimal.valueOf(executed)))
                >= 0;
    }

    private static int rank(TestCaseResult c) {
        return switch (c.outcome()) {
            case ERROR -> 0;
            case FAILED -> 1;
            case FLAKY -> 2;
            case SKIPPED -> 3;
            case PASSED -> 4;
        };
    }
}
