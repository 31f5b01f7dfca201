package dev.readiness.policy;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One validated gate of the policy (DESIGN.md §5).
 *
 * @param id unique gate id, e.g. {@code critical-component-coverage}
 * @param metric what is measured
 * @param tag for coverage gates: the tag whose code is measured, or {@code null} for all analysed classes
 * @param counter for coverage gates: the JaCoCo counter
 * @param source for pass-rate gates: which reports
 * @param group for pass-rate gates: the test group, or {@code null} for every case of the source
 * @param threshold minimum value, 0–100
 * @param weight weight in the score, ≥ 0
 * @param critical a critical gate that fails blocks the verdict
 * @param onMissing what absent evidence does
 * @param enabled a disabled gate is reported as {@code DISABLED} and not evaluated
 * @param noRegression the gate also fails when its value drops more than {@code tolerance} points below the previous
 *     recorded value of the same branch (the ratchet)
 * @param tolerance points the value may drop under the ratchet, ≥ 0
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
        BigDecimal tolerance) {

    public GateDefinition {
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(onMissing, "onMissing");
    }

    /** A human description of what the gate measures, e.g. {@code LINE coverage of tag 'critical'}. */
    public String scope() {
        return switch (metric) {
            case COVERAGE -> counter + " coverage of " + (tag == null ? "all classes" : "tag '" + tag + "'");
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
        };
    }
}
