package dev.readiness.evidence.bench;

import dev.readiness.evidence.EvidenceException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares the current JMH results with a baseline: the {@code performance-benchmarks} metric.
 *
 * <p>Stateless and thread-safe; one instance may serve concurrent builds.
 */
public final class BenchmarkAnalyzer {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Reads both files and compares every benchmark present in both.
     *
     * @param request the files, the tolerance and the secondary metrics to compare
     * @return the comparisons, or a {@link BenchmarkEvidence#missing missing} outcome when the results or the
     *     baseline file does not exist
     * @throws EvidenceException when a file exists but is not a readable, well-formed JMH results file, contains a
     *     benchmark twice, or a metric's units in the two files cannot be converted into each other
     */
    public BenchmarkEvidence analyze(BenchmarkRequest request) throws EvidenceException {
        Path resultsFile = request.resultsFile();
        Path baselineFile = request.baselineFile();
        if (!Files.exists(resultsFile)) {
            return BenchmarkEvidence.missing(
                    resultsFile, baselineFile, "No JMH results at " + resultsFile + ". " + produceResults());
        }
        if (!Files.exists(baselineFile)) {
            return BenchmarkEvidence.missing(
                    resultsFile,
                    baselineFile,
                    "No JMH baseline at " + baselineFile + " to compare " + resultsFile + " with. Create it from a"
                            + " trusted run with 'mvn readiness:baseline' (it copies the current results), or copy "
                            + resultsFile + " to " + baselineFile + ", and commit it; or point"
                            + " readiness.benchmarkBaseline to an existing baseline.");
        }
        requireRegularFile(resultsFile);
        requireRegularFile(baselineFile);
        Set<String> secondary = new TreeSet<>();
        for (String metric : request.secondaryMetrics()) {
            secondary.add(JmhResultReader.normalizeMetricName(metric));
        }
        Map<BenchmarkKey, JmhResult> current = new JmhResultReader(resultsFile, secondary).read();
        Map<BenchmarkKey, JmhResult> base = new JmhResultReader(baselineFile, secondary).read();

        List<BenchmarkComparison> comparisons = new ArrayList<>();
        List<BenchmarkKey> added = new ArrayList<>();
        Map<String, Integer> missingInResults = new TreeMap<>();
        Map<String, Integer> missingInBaseline = new TreeMap<>();
        for (JmhResult now : new TreeMap<>(current).values()) {
            JmhResult before = base.get(now.key());
            if (before == null) {
                added.add(now.key());
                continue;
            }
            comparisons.add(compare(
                    now.key(),
                    BenchmarkComparison.PRIMARY,
                    before.primary(),
                    now.primary(),
                    now.key().higherIsBetter(),
                    request.tolerancePercent(),
                    resultsFile));
            for (String metric : secondary) {
                Measurement b = before.secondary().get(metric);
                Measurement c = now.secondary().get(metric);
                if (b == null || c == null) {
                    if (b == null) {
                        missingInBaseline.merge(metric, 1, Integer::sum);
                    }
                    if (c == null) {
                        missingInResults.merge(metric, 1, Integer::sum);
                    }
                    continue;
                }
                comparisons.add(compare(
                        now.key(),
                        metric,
                        b,
                        c,
                        secondaryHigherIsBetter(metric, b.unit()),
                        request.tolerancePercent(),
                        resultsFile));
            }
        }
        List<BenchmarkKey> removed = new ArrayList<>();
        for (BenchmarkKey key : base.keySet()) {
            if (!current.containsKey(key)) {
                removed.add(key);
            }
        }
        List<String> notes = new ArrayList<>();
        missingInResults.forEach((metric, count) -> notes.add(missingNote(metric, count, resultsFile)));
        missingInBaseline.forEach((metric, count) -> notes.add(missingNote(metric, count, baselineFile)));
        if (resultsFile.equals(baselineFile)) {
            notes.add("The results and the baseline are the same file " + resultsFile
                    + ", so nothing can regress; point readiness.benchmarkBaseline to a committed baseline.");
        }
        return new BenchmarkEvidence(
                resultsFile,
                baselineFile,
                comparisons,
                added,
                removed,
                null,
                notes,
                BenchmarkEnvironment.read(baselineFile, null),
                BenchmarkEnvironment.read(resultsFile, request.currentMachine()));
    }

    /**
     * Compares one metric. Package-private for tests of the decision rule.
     *
     * @param higherIsBetter the metric's direction
     * @param tolerancePercent the allowed worsening, in percent of the baseline score
     * @param resultsFile named in the error when the units cannot be converted
     */
    static BenchmarkComparison compare(
            BenchmarkKey key,
            String metric,
            Measurement baseline,
            Measurement current,
            boolean higherIsBetter,
            BigDecimal tolerancePercent,
            Path resultsFile)
            throws EvidenceException {
        BigDecimal factor = Units.factor(current.unit(), baseline.unit());
        if (factor == null) {
            throw new EvidenceException(
                    resultsFile,
                    "Cannot compare " + key.label() + " " + metric + ": the results file " + resultsFile + " reports "
                            + current.unit() + " but the baseline reports " + baseline.unit()
                            + ". Recreate the baseline with the same benchmark settings ('mvn readiness:baseline').");
        }
        Measurement now = factor.compareTo(BigDecimal.ONE) == 0
                ? new Measurement(current.score(), current.error(), baseline.unit())
                : new Measurement(
                        current.score().multiply(factor, MathContext.DECIMAL128),
                        current.hasError() ? current.error().multiply(factor, MathContext.DECIMAL128) : null,
                        baseline.unit());

        // worse > 0 means the current score is worse, whatever the direction of the metric.
        BigDecimal worse = higherIsBetter
                ? baseline.score().subtract(now.score())
                : now.score().subtract(baseline.score());
        BigDecimal reference = baseline.score().abs();
        // Exact: worse / |baseline| * 100 > tolerance, without dividing.
        boolean beyondTolerance = worse.multiply(HUNDRED).compareTo(tolerancePercent.multiply(reference)) > 0;
        boolean errorsKnown = baseline.hasError() && now.hasError();
        boolean separated = !errorsKnown || separated(baseline, now, higherIsBetter);
        boolean regressed = beyondTolerance && separated;

        BigDecimal changePercent;
        if (reference.signum() == 0) {
            changePercent = worse.signum() == 0 ? BigDecimal.ZERO.setScale(2) : null;
        } else {
            changePercent = worse.multiply(HUNDRED).divide(reference, 2, RoundingMode.HALF_UP);
        }
        String verdict = verdict(
                key,
                metric,
                baseline,
                now,
                worse,
                changePercent,
                tolerancePercent,
                beyondTolerance,
                errorsKnown,
                regressed);
        return new BenchmarkComparison(key, metric, baseline, now, changePercent, regressed, verdict);
    }

    /** True when the confidence intervals do not overlap and the current one lies on the worse side. */
    private static boolean separated(Measurement baseline, Measurement current, boolean higherIsBetter) {
        if (higherIsBetter) {
            BigDecimal currentHigh = current.score().add(current.error());
            BigDecimal baselineLow = baseline.score().subtract(baseline.error());
            return currentHigh.compareTo(baselineLow) < 0;
        }
        BigDecimal currentLow = current.score().subtract(current.error());
        BigDecimal baselineHigh = baseline.score().add(baseline.error());
        return currentLow.compareTo(baselineHigh) > 0;
    }

    /** Allocation and other GC metrics are better lower; otherwise an {@code ops/<time>} unit is better higher. */
    static boolean secondaryHigherIsBetter(String metric, String unit) {
        if (metric.startsWith("gc.")) {
            return false;
        }
        return Units.isThroughput(unit);
    }

    private static String verdict(
            BenchmarkKey key,
            String metric,
            Measurement baseline,
            Measurement current,
            BigDecimal worse,
            BigDecimal changePercent,
            BigDecimal tolerance,
            boolean beyondTolerance,
            boolean errorsKnown,
            boolean regressed) {
        StringBuilder line = new StringBuilder(key.label());
        if (!BenchmarkComparison.PRIMARY.equals(metric)) {
            line.append(' ').append(metric);
        }
        line.append(": ")
                .append(format(baseline))
                .append(" -> ")
                .append(format(current))
                .append(' ')
                .append(baseline.unit())
                .append(", ");
        String tol = tolerance.stripTrailingZeros().toPlainString();
        if (worse.signum() == 0) {
            line.append("unchanged: not regressed");
        } else if (worse.signum() < 0) {
            line.append(percent(changePercent, true)).append(" better: not regressed");
        } else if (!beyondTolerance) {
            line.append(percent(changePercent, false))
                    .append(" worse, within the ")
                    .append(tol)
                    .append(" % tolerance: not regressed");
        } else if (!regressed) {
            line.append(percent(changePercent, false))
                    .append(" worse, beyond the ")
                    .append(tol)
                    .append(" % tolerance but within the error bars: not regressed");
        } else if (errorsKnown) {
            line.append(percent(changePercent, false))
                    .append(" worse, beyond the ")
                    .append(tol)
                    .append(" % tolerance and the error bars: regressed");
        } else {
            line.append(percent(changePercent, false))
                    .append(" worse, beyond the ")
                    .append(tol)
                    .append(" % tolerance (no error bar: JMH reported NaN, run more iterations or forks): regressed");
        }
        return line.toString();
    }

    private static String percent(BigDecimal changePercent, boolean better) {
        if (changePercent == null) {
            return "infinitely";
        }
        BigDecimal shown = better ? changePercent.negate() : changePercent;
        return shown.setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
    }

    private static String format(Measurement m) {
        return number(m.score()) + " ± " + (m.hasError() ? number(m.error()) : "NaN");
    }

    /** Four significant digits, all integer digits kept, no exponent; {@link Locale#ROOT} style. */
    static String number(BigDecimal value) {
        BigDecimal abs = value.abs();
        BigDecimal shown = abs.compareTo(BigDecimal.valueOf(1000)) >= 0
                ? value.setScale(0, RoundingMode.HALF_UP)
                : value.round(new MathContext(4, RoundingMode.HALF_UP)).stripTrailingZeros();
        return shown.toPlainString();
    }

    private static void requireRegularFile(Path file) throws EvidenceException {
        if (!Files.isRegularFile(file)) {
            throw new EvidenceException(
                    file, "The JMH results location " + file + " is not a regular file. Point it to the JSON file.");
        }
    }

    private static String missingNote(String metric, int count, Path file) {
        return String.format(
                Locale.ROOT,
                "Secondary metric %s is missing for %d compared benchmark(s) in %s, so it was not compared for them;"
                        + " run JMH with the profiler that produces it (e.g. -prof gc) for both files.",
                metric,
                count,
                file);
    }

    /** How to produce the results file; shared with the baseline writer. */
    static String produceResults() {
        return "Run the benchmarks with JSON output, e.g. 'java -jar target/benchmarks.jar -rf json -rff"
                + " target/jmh-result.json' (or pass '-rf json -rff target/jmh-result.json' to JMH in your"
                + " jmh-maven-plugin or exec-maven-plugin setup), or set readiness.benchmarkResults to where your build"
                + " writes them.";
    }
}
