package dev.readiness.evidence.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The current JMH results compared with the baseline, or why there is no such evidence.
 *
 * <p>The metric value is {@link #notRegressed()} out of {@link #compared()}: the benchmarks present in both files,
 * counted once each, a benchmark being regressed when its primary score or any requested secondary metric regressed.
 *
 * @param results the current JMH results file (absolute)
 * @param baseline the baseline file (absolute)
 * @param comparisons every compared metric, sorted by key, the primary metric first, then secondary metrics by name
 * @param added benchmarks in the current results only (new, not scored), sorted
 * @param removed benchmarks in the baseline only (gone, not scored), sorted
 * @param missingReason why there is no benchmark evidence and how to produce it; {@code null} when available
 * @param notes facts the report should show although they do not change the value, e.g. a requested secondary metric
 *     that one of the files does not contain; sorted
 * @param baselineEnvironment where the baseline was measured ({@code null} when not compared)
 * @param currentEnvironment where the current results were measured ({@code null} when not compared)
 */
public record BenchmarkEvidence(
        Path results,
        Path baseline,
        List<BenchmarkComparison> comparisons,
        List<BenchmarkKey> added,
        List<BenchmarkKey> removed,
        String missingReason,
        List<String> notes,
        BenchmarkEnvironment baselineEnvironment,
        BenchmarkEnvironment currentEnvironment) {

    /** Evidence whose environments are unknown. */
    public BenchmarkEvidence(
            Path results,
            Path baseline,
            List<BenchmarkComparison> comparisons,
            List<BenchmarkKey> added,
            List<BenchmarkKey> removed,
            String missingReason,
            List<String> notes) {
        this(results, baseline, comparisons, added, removed, missingReason, notes, null, null);
    }

    /**
     * Why the current results cannot be compared with the baseline (one line per differing property of the JVM, JMH
     * settings or machine); empty when they come from the same environment, or when nothing was compared.
     */
    public List<String> environmentDifferences() {
        if (baselineEnvironment == null || currentEnvironment == null) {
            return List.of();
        }
        return baselineEnvironment.differencesTo(currentEnvironment);
    }

    public BenchmarkEvidence {
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(baseline, "baseline");
        comparisons = List.copyOf(comparisons);
        added = sorted(added);
        removed = sorted(removed);
        notes = List.copyOf(new TreeSet<>(notes));
    }

    /** Evidence without notes. */
    public BenchmarkEvidence(
            Path results,
            Path baseline,
            List<BenchmarkComparison> comparisons,
            List<BenchmarkKey> added,
            List<BenchmarkKey> removed,
            String missingReason) {
        this(results, baseline, comparisons, added, removed, missingReason, List.of());
    }

    /**
     * No benchmark evidence.
     *
     * @param results where the current results were expected
     * @param baseline where the baseline was expected
     * @param reason what is missing, where it was expected and how to produce it
     */
    public static BenchmarkEvidence missing(Path results, Path baseline, String reason) {
        Objects.requireNonNull(reason, "reason");
        return new BenchmarkEvidence(results, baseline, List.of(), List.of(), List.of(), reason, List.of());
    }

    /** True when the results were compared with a baseline; false when {@link #missingReason()} explains why not. */
    public boolean available() {
        return missingReason == null;
    }

    /** The number of benchmarks present in both files (the denominator of the metric). */
    public long compared() {
        return comparisons.stream().map(BenchmarkComparison::key).distinct().count();
    }

    /** The number of compared benchmarks none of whose compared metrics regressed (the numerator of the metric). */
    public long notRegressed() {
        return compared() - regressedKeys().size();
    }

    /** The compared benchmarks with at least one regressed metric, sorted. */
    public List<BenchmarkKey> regressedKeys() {
        Set<BenchmarkKey> keys = new TreeSet<>();
        for (BenchmarkComparison comparison : comparisons) {
            if (comparison.regressed()) {
                keys.add(comparison.key());
            }
        }
        return List.copyOf(keys);
    }

    /** The regressed comparisons, in {@link #comparisons()} order. */
    public List<BenchmarkComparison> regressions() {
        return comparisons.stream().filter(BenchmarkComparison::regressed).toList();
    }

    /**
     * The percentage of compared benchmarks not regressed, rounded down to two decimals; empty when nothing was
     * compared (no evidence, or no benchmark in both files), which is not a value of 0.
     */
    public Optional<BigDecimal> percentNotRegressed() {
        long total = compared();
        if (total == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(notRegressed())
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(total), 2, RoundingMode.DOWN));
    }

    private static List<BenchmarkKey> sorted(List<BenchmarkKey> keys) {
        List<BenchmarkKey> copy = new ArrayList<>(keys);
        copy.sort(null);
        return List.copyOf(copy);
    }
}
