package dev.readiness.evidence.bench;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One score of one benchmark metric, as JMH reports it.
 *
 * @param score the score (JMH's mean over all measurement iterations of all forks)
 * @param error JMH's {@code scoreError}, the half-width of the 99.9 % confidence interval; {@code null} when JMH wrote
 *     {@code "NaN"} (fewer than three measurements, e.g. one fork with one or two iterations)
 * @param unit JMH's unit, e.g. {@code ops/ms}, {@code ns/op}, {@code B/op}
 */
public record Measurement(BigDecimal score, BigDecimal error, String unit) {

    public Measurement {
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(unit, "unit");
    }

    /** True when JMH gave an error bar for the score. */
    public boolean hasError() {
        return error != null;
    }
}
