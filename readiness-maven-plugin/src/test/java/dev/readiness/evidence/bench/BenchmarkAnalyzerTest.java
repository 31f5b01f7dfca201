package dev.readiness.evidence.bench;

import static dev.readiness.evidence.bench.Jmh.entry;
import static dev.readiness.evidence.bench.Jmh.entryWith;
import static dev.readiness.evidence.bench.Jmh.secondary;
import static dev.readiness.evidence.bench.Jmh.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.evidence.EvidenceException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-made edge cases of the comparison rule. */
class BenchmarkAnalyzerTest {
    private static final String NAN = "\"NaN\"";

    @TempDir
    Path dir;

    private final BenchmarkAnalyzer analyzer = new BenchmarkAnalyzer();

    private BenchmarkEvidence compare(String baseline, String current, String... secondary) throws Exception {
        write(dir, "baseline.json", baseline);
        write(dir, "current.json", current);
        return analyzer.analyze(new BenchmarkRequest(dir, "current.json", "baseline.json", null, List.of(secondary)));
    }

    private BenchmarkComparison only(BenchmarkEvidence evidence) {
        assertThat(evidence.comparisons()).hasSize(1);
        return evidence.comparisons().get(0);
    }

    @Test
    void slowerAverageTimeBeyondToleranceWithSeparateErrorBarsRegresses() throws Exception {
        BenchmarkComparison c =
                only(compare(entry("a.B.m", "avgt", "100", "2", "ns/op"), entry("a.B.m", "avgt", "120", "3", "ns/op")));

        assertThat(c.regressed()).isTrue();
        assertThat(c.changePercent()).isEqualByComparingTo("20.00");
        assertThat(c.verdict())
                .isEqualTo("a.B.m (avgt): 100 ± 2 -> 120 ± 3 ns/op, 20.0 % worse, beyond the 10 %"
                        + " tolerance and the error bars: regressed");
    }

    @Test
    void worseWithinToleranceIsNotARegressionEvenWithSeparateErrorBars() throws Exception {
        BenchmarkComparison c = only(
                compare(entry("a.B.m", "avgt", "100", "0.1", "ns/op"), entry("a.B.m", "avgt", "109", "0.1", "ns/op")));

        assertThat(c.regressed()).isFalse();
        assertThat(c.changePercent()).isEqualByComparingTo("9.00");
        assertThat(c.verdict()).endsWith("9.0 % worse, within the 10 % tolerance: not regressed");
    }

    @Test
    void exactlyTheToleranceIsNotARegression() throws Exception {
        BenchmarkComparison c =
                only(compare(entry("a.B.m", "avgt", "100", NAN, "ns/op"), entry("a.B.m", "avgt", "110", NAN, "ns/op")));

        assertThat(c.regressed()).isFalse();
    }

    @Test
    void justBeyondTheToleranceIsARegressionWithoutRounding() throws Exception {
        BenchmarkComparison c = only(compare(
                entry("a.B.m", "avgt", "100", NAN, "ns/op"), entry("a.B.m", "avgt", "110.0000001", NAN, "ns/op")));

        assertThat(c.regressed()).isTrue();
        assertThat(c.changePercent()).isEqualByComparingTo("10.00");
    }

    @Test
    void beyondToleranceButOverlappingErrorBarsIsNotARegression() throws Exception {
        // [85, 115] and [110, 140] overlap
        BenchmarkComparison c = only(
                compare(entry("a.B.m", "avgt", "100", "15", "ns/op"), entry("a.B.m", "avgt", "125", "15", "ns/op")));

        assertThat(c.regressed()).isFalse();
        assertThat(c.verdict())
                .endsWith("25.0 % worse, beyond the 10 % tolerance but within the error bars: not regressed");
    }

    @Test
    void errorBarsThatJustTouchCountAsOverlapping() throws Exception {
        // [90, 110] and [110, 130]
        BenchmarkComparison c = only(
                compare(entry("a.B.m", "avgt", "100", "10", "ns/op"), entry("a.B.m", "avgt", "120", "10", "ns/op")));

        assertThat(c.regressed()).isFalse();
    }

    @Test
    void aNanErrorInTheBaselineLeavesTheDecisionToTheTolerance() throws Exception {
        BenchmarkComparison c = only(
                compare(entry("a.B.m", "avgt", "100", NAN, "ns/op"), entry("a.B.m", "avgt", "125", "500", "ns/op")));

        assertThat(c.baseline().error()).isNull();
        assertThat(c.current().error()).isEqualByComparingTo("500");
        assertThat(c.regressed()).isTrue();
        assertThat(c.verdict()).contains("100 ± NaN -> 125 ± 500 ns/op").contains("no error bar");
    }

    @Test
    void lowerThroughputIsWorseAndHigherThroughputIsBetter() throws Exception {
        BenchmarkComparison slower = only(
                compare(entry("a.B.m", "thrpt", "1000", "10", "ops/s"), entry("a.B.m", "thrpt", "800", "10", "ops/s")));
        assertThat(slower.regressed()).isTrue();
        assertThat(slower.changePercent()).isEqualByComparingTo("20.00");

        BenchmarkComparison faster = only(compare(
                entry("a.B.m", "thrpt", "1000", "10", "ops/s"), entry("a.B.m", "thrpt", "1500", "10", "ops/s")));
        assertThat(faster.regressed()).isFalse();
        assertThat(faster.changePercent()).isEqualByComparingTo("-50.00");
        assertThat(faster.verdict()).endsWith("50.0 % better: not regressed");
    }

    @Test
    void higherAverageTimeIsWorseAndLowerIsBetter() throws Exception {
        BenchmarkComparison faster = only(
                compare(entry("a.B.m", "avgt", "1000", "10", "ns/op"), entry("a.B.m", "avgt", "500", "10", "ns/op")));
        assertThat(faster.regressed()).isFalse();
        assertThat(faster.changePercent()).isEqualByComparingTo("-50.00");
    }

    @Test
    void sampleAndSingleShotModesAreLowerIsBetter() throws Exception {
        BenchmarkEvidence evidence = compare(
                entry("a.B.s", "sample", "1.0", NAN, "ms/op") + ",\n" + entry("a.B.t", "ss", "1.0", NAN, "s/op"),
                entry("a.B.s", "sample", "2.0", NAN, "ms/op") + ",\n" + entry("a.B.t", "ss", "0.5", NAN, "s/op"));

        assertThat(evidence.regressedKeys()).containsExactly(BenchmarkKey.of("a.B.s", "sample"));
        assertThat(evidence.notRegressed()).isEqualTo(1);
    }

    @Test
    void convertsMicrosecondsToNanosecondsBeforeComparing() throws Exception {
        // 1.2 us/op == 1200 ns/op: unchanged
        BenchmarkComparison same = only(
                compare(entry("a.B.m", "avgt", "1.2", "0.01", "us/op"), entry("a.B.m", "avgt", "1200", "10", "ns/op")));
        assertThat(same.regressed()).isFalse();
        assertThat(same.current().unit()).isEqualTo("us/op");
        assertThat(same.current().score()).isEqualByComparingTo("1.2");
        assertThat(same.current().error()).isEqualByComparingTo("0.01");
        assertThat(same.changePercent()).isEqualByComparingTo("0");

        // 1.2 us/op -> 1500 ns/op is 25 % slower
        BenchmarkComparison slower = only(
                compare(entry("a.B.m", "avgt", "1.2", "0.01", "us/op"), entry("a.B.m", "avgt", "1500", "10", "ns/op")));
        assertThat(slower.regressed()).isTrue();
        assertThat(slower.changePercent()).isEqualByComparingTo("25.00");
        assertThat(slower.verdict()).contains("1.2 ± 0.01 -> 1.5 ± 0.01 us/op");
    }

    @Test
    void convertsThroughputUnits() throws Exception {
        // 5000 ops/s == 5 ops/ms
        BenchmarkComparison c = only(
                compare(entry("a.B.m", "thrpt", "5000", NAN, "ops/s"), entry("a.B.m", "thrpt", "5", NAN, "ops/ms")));
        assertThat(c.changePercent()).isEqualByComparingTo("0");
        assertThat(c.current().score()).isEqualByComparingTo("5000");
        assertThat(c.current().unit()).isEqualTo("ops/s");
    }

    @Test
    void unitsOfDifferentKindsAreAnErrorNamingTheResultsFile() throws Exception {
        write(dir, "baseline.json", entry("a.B.m", "avgt", "1", NAN, "ns/op"));
        Path current = write(dir, "current.json", entry("a.B.m", "avgt", "1", NAN, "B/op"));

        assertThatThrownBy(
                        () -> analyzer.analyze(new BenchmarkRequest(dir, "current.json", "baseline.json", null, null)))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining(current.toString())
                .hasMessageContaining("B/op")
                .hasMessageContaining("ns/op")
                .hasMessageContaining("readiness:baseline");
    }

    @Test
    void paramsMatchWhateverTheirOrderInTheFile() throws Exception {
        BenchmarkEvidence evidence = compare(
                entry("a.B.m", "avgt", "1", NAN, "ns/op", "b=2", "a=1"),
                entry("a.B.m", "avgt", "1", NAN, "ns/op", "a=1", "b=2"));

        BenchmarkComparison c = only(evidence);
        assertThat(c.key().params()).containsExactly(Map.entry("a", "1"), Map.entry("b", "2"));
        assertThat(c.key().label()).isEqualTo("a.B.m (avgt, a=1, b=2)");
        assertThat(evidence.added()).isEmpty();
    }

    @Test
    void differentParamValuesOrModesAreDifferentBenchmarks() throws Exception {
        BenchmarkEvidence evidence = compare(
                entry("a.B.m", "avgt", "1", NAN, "ns/op", "size=1") + ",\n"
                        + entry("a.B.m", "thrpt", "1", NAN, "ops/s"),
                entry("a.B.m", "avgt", "1", NAN, "ns/op", "size=2") + ",\n"
                        + entry("a.B.m", "avgt", "1", NAN, "ns/op"));

        assertThat(evidence.compared()).isZero();
        assertThat(evidence.percentNotRegressed()).isEmpty();
        assertThat(evidence.added())
                .extracting(BenchmarkKey::label)
                .containsExactly("a.B.m (avgt)", "a.B.m (avgt, size=2)");
        assertThat(evidence.removed())
                .extracting(BenchmarkKey::label)
                .containsExactly("a.B.m (avgt, size=1)", "a.B.m (thrpt)");
    }

    @Test
    void newAndRemovedBenchmarksAreListedNotScored() throws Exception {
        BenchmarkEvidence evidence = compare(
                entry("a.B.kept", "avgt", "1", NAN, "ns/op") + ",\n" + entry("a.B.gone", "avgt", "1", NAN, "ns/op"),
                entry("a.B.new", "avgt", "99", NAN, "ns/op") + ",\n" + entry("a.B.kept", "avgt", "5", NAN, "ns/op"));

        assertThat(evidence.compared()).isEqualTo(1);
        assertThat(evidence.notRegressed()).isZero();
        assertThat(evidence.percentNotRegressed()).contains(new BigDecimal("0.00"));
        assertThat(evidence.added()).containsExactly(BenchmarkKey.of("a.B.new", "avgt"));
        assertThat(evidence.removed()).containsExactly(BenchmarkKey.of("a.B.gone", "avgt"));
    }

    @Test
    void percentNotRegressedIsRoundedDown() throws Exception {
        BenchmarkEvidence evidence = compare(
                entry("a.B.x", "avgt", "1", NAN, "ns/op") + ",\n" + entry("a.B.y", "avgt", "1", NAN, "ns/op") + ",\n"
                        + entry("a.B.z", "avgt", "1", NAN, "ns/op"),
                entry("a.B.x", "avgt", "1", NAN, "ns/op") + ",\n" + entry("a.B.y", "avgt", "1", NAN, "ns/op") + ",\n"
                        + entry("a.B.z", "avgt", "9", NAN, "ns/op"));

        assertThat(evidence.notRegressed()).isEqualTo(2);
        assertThat(evidence.compared()).isEqualTo(3);
        assertThat(evidence.percentNotRegressed()).contains(new BigDecimal("66.66"));
    }

    @Test
    void aBaselineOfZeroMakesAnyWorseningARegressionWithoutAPercentage() throws Exception {
        BenchmarkEvidence evidence = compare(
                entryWith("a.B.m", "avgt", "1", NAN, "ns/op", secondary("gc.alloc.rate.norm", "0", NAN, "B/op")),
                entryWith("a.B.m", "avgt", "1", NAN, "ns/op", secondary("gc.alloc.rate.norm", "16", NAN, "B/op")),
                "gc.alloc.rate.norm");

        BenchmarkComparison alloc = evidence.comparisons().get(1);
        assertThat(alloc.metric()).isEqualTo("gc.alloc.rate.norm");
        assertThat(alloc.regressed()).isTrue();
        assertThat(alloc.changePercent()).isNull();
        assertThat(alloc.verdict()).contains("gc.alloc.rate.norm: 0 ± NaN -> 16 ± NaN B/op, infinitely worse");
        assertThat(evidence.notRegressed()).isZero();
    }

    @Test
    void moreAllocationIsWorse() throws Exception {
        BenchmarkEvidence evidence = compare(
                entryWith("a.B.m", "thrpt", "1", NAN, "ops/s", secondary("gc.alloc.rate.norm", "100", "1", "B/op")),
                entryWith(
                        "a.B.m", "thrpt", "1", NAN, "ops/s", secondary("\u00b7gc.alloc.rate.norm", "200", "1", "B/op")),
                "gc.alloc.rate.norm");

        assertThat(evidence.regressions())
                .singleElement()
                .satisfies(r -> assertThat(r.metric()).isEqualTo("gc.alloc.rate.norm"))
                .satisfies(r -> assertThat(r.changePercent()).isEqualByComparingTo("100"));
    }

    @Test
    void aRequestedSecondaryMetricMissingFromOneFileIsNotedNotScored() throws Exception {
        BenchmarkEvidence evidence = compare(
                entry("a.B.m", "avgt", "1", NAN, "ns/op"),
                entryWith("a.B.m", "avgt", "1", NAN, "ns/op", secondary("gc.alloc.rate.norm", "16", NAN, "B/op")),
                "gc.alloc.rate.norm");

        assertThat(evidence.comparisons())
                .extracting(BenchmarkComparison::metric)
                .containsExactly("primary");
        assertThat(evidence.notes())
                .singleElement()
                .asString()
                .contains("gc.alloc.rate.norm is missing for 1 compared benchmark(s)")
                .contains(dir.resolve("baseline.json").toString())
                .contains("-prof gc");
    }

    @Test
    void secondaryMetricsNotAskedForAreIgnored() throws Exception {
        BenchmarkEvidence evidence = compare(
                entryWith("a.B.m", "avgt", "1", NAN, "ns/op", secondary("gc.alloc.rate.norm", "1", NAN, "B/op")),
                entryWith("a.B.m", "avgt", "1", NAN, "ns/op", secondary("gc.alloc.rate.norm", "999", NAN, "B/op")));

        assertThat(evidence.comparisons()).hasSize(1);
        assertThat(evidence.notRegressed()).isEqualTo(1);
    }

    @Test
    void aLargerToleranceAcceptsALargerWorsening() throws Exception {
        write(dir, "baseline.json", entry("a.B.m", "avgt", "100", NAN, "ns/op"));
        write(dir, "current.json", entry("a.B.m", "avgt", "120", NAN, "ns/op"));

        BenchmarkEvidence evidence = analyzer.analyze(
                new BenchmarkRequest(dir, "current.json", "baseline.json", new BigDecimal("25"), List.of()));

        assertThat(evidence.regressions()).isEmpty();
        assertThat(only(evidence).verdict()).endsWith("within the 25 % tolerance: not regressed");
    }

    @Test
    void keysSortByBenchmarkModeThenParams() {
        BenchmarkKey a = new BenchmarkKey("a.B.m", "avgt", new TreeMap<>(Map.of("size", "1")));
        BenchmarkKey b = new BenchmarkKey("a.B.m", "avgt", new TreeMap<>(Map.of("size", "2")));
        BenchmarkKey c = BenchmarkKey.of("a.B.m", "thrpt");
        BenchmarkKey d = BenchmarkKey.of("a.B.n", "avgt");

        assertThat(List.of(d, c, b, a).stream().sorted().toList()).containsExactly(a, b, c, d);
    }
}
