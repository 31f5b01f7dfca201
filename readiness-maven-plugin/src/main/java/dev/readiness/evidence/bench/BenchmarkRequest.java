package dev.readiness.evidence.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to compare.
 *
 * @param baseDir directory that relative locations are resolved against (the project's base directory)
 * @param results the current JMH results ({@code -rf json} output); {@code null} or blank means
 *     {@value #DEFAULT_RESULTS}
 * @param baseline the baseline results, same format; {@code null} or blank means {@value #DEFAULT_BASELINE}
 * @param tolerancePercent how much worse than the baseline a score may be before it can count as a regression, in
 *     percent (0 or more); {@code null} means {@value #DEFAULT_TOLERANCE_PERCENT}
 * @param secondaryMetrics secondary metrics to compare as well, by JMH name (e.g. {@code gc.alloc.rate.norm} from
 *     {@code -prof gc}); empty for the primary scores only
 * @param currentMachine the machine the current results were measured on when they do not record one (CPU model,
 *     cores, OS: {@link BenchmarkEnvironment#currentMachine()} for results of this build)
 */
public record BenchmarkRequest(
        Path baseDir,
        String results,
        String baseline,
        BigDecimal tolerancePercent,
        List<String> secondaryMetrics,
        Map<String, String> currentMachine) {

    /** A request for results measured on the machine running readiness. */
    public BenchmarkRequest(
            Path baseDir, String results, String baseline, BigDecimal tolerancePercent, List<String> secondaryMetrics) {
        this(baseDir, results, baseline, tolerancePercent, secondaryMetrics, BenchmarkEnvironment.currentMachine());
    }

    /** Where {@code java -jar target/benchmarks.jar -rf json -rff target/jmh-result.json} writes the results. */
    public static final String DEFAULT_RESULTS = "target/jmh-result.json";

    /** The conventional location of a committed baseline. */
    public static final String DEFAULT_BASELINE = "src/test/jmh/baseline.json";

    /** The default tolerance, in percent. */
    public static final String DEFAULT_TOLERANCE_PERCENT = "10";

    /**
     * Validates and normalises the request.
     *
     * @throws IllegalArgumentException when the tolerance is negative or a secondary metric name is blank
     */
    public BenchmarkRequest {
        Objects.requireNonNull(baseDir, "baseDir");
        results = results == null || results.isBlank() ? DEFAULT_RESULTS : results.strip();
        baseline = baseline == null || baseline.isBlank() ? DEFAULT_BASELINE : baseline.strip();
        tolerancePercent = tolerancePercent == null ? new BigDecimal(DEFAULT_TOLERANCE_PERCENT) : tolerancePercent;
        if (tolerancePercent.signum() < 0) {
            throw new IllegalArgumentException(
                    "The benchmark tolerance must be 0 % or more, not " + tolerancePercent.toPlainString() + " %.");
        }
        secondaryMetrics = secondaryMetrics == null ? List.of() : List.copyOf(secondaryMetrics);
        currentMachine = currentMachine == null ? Map.of() : Map.copyOf(currentMachine);
        for (String metric : secondaryMetrics) {
            if (metric.isBlank()) {
                throw new IllegalArgumentException("A secondary benchmark metric name must not be blank.");
            }
        }
    }

    /** The default files and tolerance, primary scores only. */
    public static BenchmarkRequest defaults(Path baseDir) {
        return new BenchmarkRequest(baseDir, null, null, null, List.of());
    }

    /** The results file, absolute and normalised. */
    public Path resultsFile() {
        return baseDir.resolve(results).toAbsolutePath().normalize();
    }

    /** The baseline file, absolute and normalised. */
    public Path baselineFile() {
        return baseDir.resolve(baseline).toAbsolutePath().normalize();
    }
}
