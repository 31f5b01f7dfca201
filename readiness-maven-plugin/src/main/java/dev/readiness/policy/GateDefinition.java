package dev.readiness.policy;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One validated gate of the policy (DESIGN.md §5).
 *
 * @param id unique gate id, e.g. {@code critical-component-coverage}
 * @param metric what is measured
 * @param tag for coverage and mutation gates: the tag whose code is measured, or {@code null} for all analysed classes
 * @param counter for coverage gates: the JaCoCo counter
 * @param source for pass-rate, flaky and duration gates: which reports
 * @param group for pass-rate gates: the test group, or {@code null} for every case of the source
 * @param threshold minimum value, 0–100
 * @param weight weight in the score, ≥ 0
 * @param critical a critical gate that fails blocks the verdict
 * @param onMissing what absent evidence does
 * @param enabled a disabled gate is reported as {@code DISABLED} and not evaluated
 * @param noRegression the gate also fails when its value drops more than {@code tolerance} points below the previous
 *     recorded value of the same branch (the ratchet)
 * @param tolerance points the value may drop under the ratchet, ≥ 0; for duration gates: the percent of its median a
 *     time may grow by
 * @param measure for mutation gates: score (detected / all mutants) or strength (detected / covered mutants)
 * @param lines for coverage gates: all lines ({@link LineWindow#ALL}) or only the lines changed relative to a base
 *     ({@link LineWindow#CHANGED}); {@code null} for other metrics
 * @param minLines for changed-line coverage gates: with fewer changed executable lines than this, the gate is
 *     {@code INCONCLUSIVE}; 0 for no guard
 * @param builds for flaky gates: how many builds the window holds (this one and the ones before it); for duration
 *     gates: how many earlier builds the median is taken of; ≥ 1; 0 for other metrics
 * @param maxFlaky for flaky gates: the most flaky tests the gate allows, ≥ 0; 0 for other metrics
 * @param maxQuarantined for pass-rate gates: the most quarantined test cases the gate accepts among its cases, or
 *     {@code null} for no cap
 * @param minSeconds for duration gates: the noise guard, the seconds a time must grow by (besides {@code tolerance}
 *     percent) to count as a regression; {@code null} for other metrics
 * @param maxSeconds for duration gates: the budget of the suite's total, in seconds, or {@code null} for none
 * @param maxClassSeconds for duration gates: the budget of any one test class, in seconds, or {@code null} for none
 */
public record GateDefinition(
        String id,
        Metric metric,
        String tag,
        CounterKind counter,
        TestSource source,
        String group,
        BigDecimal threshold,
        BigDecimal weight,
        boolean critical,
        OnMissing onMissing,
        boolean enabled,
        boolean noRegression,
        BigDecimal tolerance,
        MutationMeasure measure,
        LineWindow lines,
        int minLines,
        int builds,
        int maxFlaky,
        Integer maxQuarantined,
        BigDecimal minSeconds,
        BigDecimal maxSeconds,
        BigDecimal maxClassSeconds) {

    /** Builds in a flaky gate's window unless {@code <builds>} says otherwise. */
    public static final int DEFAULT_BUILDS = 10;

    public GateDefinition {
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(onMissing, "onMissing");
        if (builds < 0 || maxFlaky < 0) {
            throw new IllegalArgumentException("builds and maxFlaky must not be negative");
        }
    }

    /** A human description of what the gate measures, e.g. {@code LINE coverage of tag 'critical'}. */
    public String scope() {
        return switch (metric) {
            case COVERAGE ->
                counter + " coverage of " + (changedLines() ? "changed lines of " : "")
                        + (tag == null ? "all classes" : "tag '" + tag + "'");
            case PASS_RATE ->
                "pass rate of "
                        + switch (source) {
                            case SUREFIRE -> "Surefire tests";
                            case FAILSAFE -> "Failsafe tests";
                            case ALL -> "all tests";
                        }
                        + (group == null ? "" : " in group '" + group + "'");
            case BENCHMARKS -> "JMH benchmarks not regressed vs baseline";
            case DOCUMENTATION -> "public API elements with Javadoc";
            case MUTATION ->
                "mutants detected of "
                        + (measure == MutationMeasure.STRENGTH ? "covered mutants" : "all mutants")
                        + " in "
                        + (tag == null ? "all classes" : "tag '" + tag + "'");
            case FLAKY ->
                "flaky "
                        + switch (source == null ? TestSource.ALL : source) {
                            case SUREFIRE -> "Surefire tests";
                            case FAILSAFE -> "Failsafe tests";
                            case ALL -> "tests";
                        }
                        + (group == null ? "" : " in group '" + group + "'") + " in the last " + builds
                        + " builds, at most " + maxFlaky;
            case DURATION ->
                "time of "
                        + switch (source == null ? TestSource.ALL : source) {
                            case SUREFIRE -> "Surefire tests";
                            case FAILSAFE -> "Failsafe tests";
                            case ALL -> "all tests";
                        }
                        + " and each test class vs the median of the last " + builds + " builds (+"
                        + tolerance.toPlainString() + " % and +"
                        + (minSeconds == null ? "0" : minSeconds.toPlainString())
                        + " s allowed)"
                        + (maxSeconds == null ? "" : ", suite at most " + maxSeconds.toPlainString() + " s")
                        + (maxClassSeconds == null
                                ? ""
                                : ", a class at most " + maxClassSeconds.toPlainString() + " s");
        };
    }

    /** Whether this coverage gate measures only the lines changed relative to a base ({@code <lines>changed}). */
    public boolean changedLines() {
        return lines == LineWindow.CHANGED;
    }

    /**
     * A builder of gate {@code id} measuring {@code metric}: enabled, weight 0, no ratchet, not critical, and
     * {@code onMissing} following {@code critical} ({@code fail} for a critical gate, else {@code warn}) unless set.
     */
    public static Builder builder(String id, Metric metric) {
        return new Builder(id, metric);
    }

    /** A builder of a coverage gate on the LINE counter of all analysed classes (set a {@code tag} to narrow it). */
    public static Builder coverage(String id) {
        return builder(id, Metric.COVERAGE).counter(CounterKind.LINE);
    }

    /** A builder of a coverage gate on the LINE counter of the classes tagged {@code tag}. */
    public static Builder coverage(String id, String tag) {
        return coverage(id).tag(tag);
    }

    /** A builder of a mutation gate over all mutated classes, measuring the score (set a {@code tag} to narrow it). */
    public static Builder mutation(String id) {
        return builder(id, Metric.MUTATION).measure(MutationMeasure.SCORE);
    }

    /** A builder of a pass-rate gate over every test case of {@code source} (set a {@code group} to narrow it). */
    public static Builder passRate(String id, TestSource source) {
        return builder(id, Metric.PASS_RATE).source(source);
    }

    /** A builder of a pass-rate gate over the test cases of {@code source} in test group {@code group}. */
    public static Builder passRate(String id, TestSource source, String group) {
        return passRate(id, source).group(group);
    }

    /** Builds a {@link GateDefinition}; each setter names the component of the same name. */
    public static final class Builder {
        private final String id;
        private final Metric metric;
        private String tag;
        private CounterKind counter;
        private TestSource source;
        private String group;
        private BigDecimal threshold;
        private BigDecimal weight = BigDecimal.ZERO;
        private boolean critical;
        private OnMissing onMissing;
        private boolean enabled = true;
        private boolean noRegression;
        private BigDecimal tolerance = BigDecimal.ZERO;
        private MutationMeasure measure;
        private LineWindow lines;
        private int minLines;
        private int builds;
        private int maxFlaky;
        private Integer maxQuarantined;
        private BigDecimal minSeconds;
        private BigDecimal maxSeconds;
        private BigDecimal maxClassSeconds;

        private Builder(String id, Metric metric) {
            this.id = id;
            this.metric = metric;
        }

        public Builder tag(String name) {
            this.tag = name;
            return this;
        }

        public Builder counter(CounterKind kind) {
            this.counter = kind;
            return this;
        }

        public Builder source(TestSource reports) {
            this.source = reports;
            return this;
        }

        public Builder group(String name) {
            this.group = name;
            return this;
        }

        public Builder threshold(BigDecimal value) {
            this.threshold = value;
            return this;
        }

        /** The threshold written as a decimal, e.g. {@code "85"}. */
        public Builder threshold(String value) {
            return threshold(new BigDecimal(value));
        }

        public Builder weight(BigDecimal value) {
            this.weight = value;
            return this;
        }

        /** The weight written as a decimal, e.g. {@code "0.15"} (the scale is kept: it is what the reports show). */
        public Builder weight(String value) {
            return weight(new BigDecimal(value));
        }

        public Builder critical(boolean value) {
            this.critical = value;
            return this;
        }

        /** The gate is critical. */
        public Builder critical() {
            return critical(true);
        }

        public Builder onMissing(OnMissing value) {
            this.onMissing = value;
            return this;
        }

        public Builder enabled(boolean value) {
            this.enabled = value;
            return this;
        }

        public Builder noRegression(boolean value) {
            this.noRegression = value;
            return this;
        }

        public Builder tolerance(BigDecimal points) {
            this.tolerance = points;
            return this;
        }

        public Builder measure(MutationMeasure value) {
            this.measure = value;
            return this;
        }

        public Builder lines(LineWindow window) {
            this.lines = window;
            return this;
        }

        public Builder minLines(int count) {
            this.minLines = count;
            return this;
        }

        public Builder builds(int count) {
            this.builds = count;
            return this;
        }

        public Builder maxFlaky(int count) {
            this.maxFlaky = count;
            return this;
        }

        public Builder maxQuarantined(Integer count) {
            this.maxQuarantined = count;
            return this;
        }

        public Builder minSeconds(BigDecimal seconds) {
            this.minSeconds = seconds;
            return this;
        }

        public Builder maxSeconds(BigDecimal seconds) {
            this.maxSeconds = seconds;
            return this;
        }

        public Builder maxClassSeconds(BigDecimal seconds) {
            this.maxClassSeconds = seconds;
            return this;
        }

        public GateDefinition build() {
            return new GateDefinition(
                    id,
                    metric,
                    tag,
                    counter,
                    source,
                    group,
                    threshold,
                    weight,
                    critical,
                    onMissing != null ? onMissing : critical ? OnMissing.FAIL : OnMissing.WARN,
                    enabled,
                    noRegression,
                    tolerance,
                    metric == Metric.MUTATION && measure == null ? MutationMeasure.SCORE : measure,
                    metric == Metric.COVERAGE && lines == null ? LineWindow.ALL : lines,
                    minLines,
                    builds,
                    maxFlaky,
                    maxQuarantined,
                    minSeconds,
                    maxSeconds,
                    maxClassSeconds);
        }
    }
}
