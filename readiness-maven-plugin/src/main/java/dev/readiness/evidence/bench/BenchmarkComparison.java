package dev.readiness.evidence.bench;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One metric of one benchmark, compared with the baseline.
 *
 * @param key the benchmark, mode and parameters
 * @param metric {@value #PRIMARY} for the benchmark's own score, else the secondary metric's name as JMH writes it
 *     without the legacy {@code ·} prefix (e.g. {@code gc.alloc.rate.norm})
 * @param baseline the baseline's measurement, in the baseline's unit
 * @param current the current measurement, converted to the baseline's unit when the units differ only by their time
 *     unit (so both can be shown side by side)
 * @param changePercent how much worse the current score is than the baseline, in percent of the baseline, rounded to
 *     two decimals: positive is worse, negative is better, whatever the direction of the metric; {@code null} when the
 *     baseline score is 0 and the current one is not (the change is not a finite percentage)
 * @param regressed true when the current score is worse than the baseline by more than the tolerance and the
 *     confidence intervals (score ± error) do not overlap; the tolerance alone decides when either error is unknown
 * @param verdict one line for reports, e.g. {@code com.acme.Bench.parse (avgt): 1.20 ± 0.05 → 1.60 ± 0.04 us/op,
 *     33.4 % worse, beyond the 10 % tolerance and the error bars: regressed}
 */
public record BenchmarkComparison(
        BenchmarkKey key,
        String metric,
        Measurement baseline,
        Measurement current,
        BigDecimal changePercent,
        boolean regressed,
        String verdict) {

    /** The metric name of a benchmark's primary score. */
    public static final String PRIMARY = "primary";

    public BenchmarkComparison {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(verdict, "verdict");
    }

    /** True for the benchmark's own score, false for a secondary metric. */
    public boolean primary() {
        return PRIMARY.equals(metric);
    }
}
