package dev.readiness.assess;

import java.math.BigDecimal;
import java.util.List;

/**
 * Where the JMH evidence is.
 *
 * @param results the current JMH results JSON (path, relative to the project directory unless absolute)
 * @param baseline the baseline JMH results JSON
 * @param tolerancePercent how much worse than the baseline a benchmark may be before it counts as regressed
 * @param secondaryMetrics JMH secondary metrics compared as well, e.g. {@code gc.alloc.rate.norm}
 */
public record BenchmarkInput(
        String results, String baseline, BigDecimal tolerancePercent, List<String> secondaryMetrics) {
    public BenchmarkInput {
        secondaryMetrics = List.copyOf(secondaryMetrics);
    }
}
