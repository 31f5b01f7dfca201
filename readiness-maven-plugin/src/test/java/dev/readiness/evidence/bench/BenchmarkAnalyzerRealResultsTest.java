package dev.readiness.evidence.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Results written by real JMH 1.37 runs (see src/test/resources/jmh/README.md). */
class BenchmarkAnalyzerRealResultsTest {
    private static final BenchmarkKey SUM_256 = key("sumLoop", "thrpt", "256");
    private static final BenchmarkKey SUM_16 = key("sumLoop", "thrpt", "16");

    private final BenchmarkAnalyzer analyzer = new BenchmarkAnalyzer();

    private static BenchmarkKey key(String method, String mode, String size) {
        return new BenchmarkKey(
                "fix.FixtureBench." + method, mode, new java.util.TreeMap<>(java.util.Map.of("size", size)));
    }

    private static BenchmarkRequest request(String results, String baseline, String... secondary) {
        return new BenchmarkRequest(Jmh.REAL, results, baseline, null, List.of(secondary));
    }

    @Test
    void flagsOnlyTheDeliberatelySlowedBenchmarkWhoseErrorBarsSeparate() throws Exception {
        BenchmarkEvidence evidence = analyzer.analyze(request("current.json", "baseline.json"));

        assertThat(evidence.available()).isTrue();
        assertThat(evidence.compared()).isEqualTo(6);
        assertThat(evidence.notRegressed()).isEqualTo(5);
        assertThat(evidence.regressedKeys()).containsExactly(SUM_256);
        assertThat(evidence.percentNotRegressed()).contains(new BigDecimal("83.33"));
        assertThat(evidence.added()).isEmpty();
        assertThat(evidence.removed()).isEmpty();
        assertThat(evidence.notes()).isEmpty();

        BenchmarkComparison regression = evidence.regressions().get(0);
        assertThat(regression.metric()).isEqualTo("primary");
        assertThat(regression.baseline().unit()).isEqualTo("ops/ms");
        assertThat(regression.baseline().score()).isEqualByComparingTo("11867.148281917112");
        assertThat(regression.baseline().error()).isEqualByComparingTo("3642.618959721852");
        assertThat(regression.current().score()).isEqualByComparingTo("1035.0673224010552");
        assertThat(regression.changePercent()).isEqualByComparingTo("91.28");
        assertThat(regression.verdict())
                .isEqualTo("fix.FixtureBench.sumLoop (thrpt, size=256): 11867 ± 3643 -> 1035 ± 531.8 ops/ms,"
                        + " 91.3 % worse, beyond the 10 % tolerance and the error bars: regressed");
    }

    @Test
    void aMuchSlowerScoreWithWideErrorBarsIsNotARegression() throws Exception {
        BenchmarkEvidence evidence = analyzer.analyze(request("current.json", "baseline.json"));

        BenchmarkComparison noisy = evidence.comparisons().stream()
                .filter(c -> c.key().equals(SUM_16))
                .findFirst()
                .orElseThrow();
        assertThat(noisy.changePercent()).isGreaterThan(new BigDecimal("80"));
        assertThat(noisy.regressed()).isFalse();
        assertThat(noisy.verdict()).endsWith("beyond the 10 % tolerance but within the error bars: not regressed");
    }

    @Test
    void comparesTheGcAllocationRateWhenAsked() throws Exception {
        BenchmarkEvidence evidence = analyzer.analyze(request("current.json", "baseline.json", "gc.alloc.rate.norm"));

        assertThat(evidence.comparisons()).hasSize(12);
        assertThat(evidence.comparisons().get(0).metric()).isEqualTo("primary");
        assertThat(evidence.comparisons().get(1).metric()).isEqualTo("gc.alloc.rate.norm");
        assertThat(evidence.regressions())
                .extracting(BenchmarkComparison::key, BenchmarkComparison::metric)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SUM_256, "primary"),
                        org.assertj.core.groups.Tuple.tuple(SUM_256, "gc.alloc.rate.norm"));
        // counted per benchmark: still one regressed benchmark of six
        assertThat(evidence.compared()).isEqualTo(6);
        assertThat(evidence.notRegressed()).isEqualTo(5);
    }

    @Test
    void resultsComparedWithThemselvesHaveNoRegression() throws Exception {
        BenchmarkEvidence evidence = analyzer.analyze(request("baseline.json", "baseline.json", "gc.alloc.rate.norm"));

        assertThat(evidence.compared()).isEqualTo(6);
        assertThat(evidence.notRegressed()).isEqualTo(6);
        assertThat(evidence.notes()).singleElement().asString().contains("the same file");
        assertThat(evidence.comparisons()).allSatisfy(c -> {
            assertThat(c.changePercent()).isEqualByComparingTo("0");
            assertThat(c.verdict()).endsWith("unchanged: not regressed");
        });
    }

    @Test
    void aSingleIterationRunHasNoErrorBarSoTheToleranceAloneDecides() throws Exception {
        BenchmarkEvidence evidence = analyzer.analyze(request("single-iteration.json", "baseline.json"));

        assertThat(evidence.compared()).isEqualTo(1);
        BenchmarkComparison format = evidence.comparisons().get(0);
        assertThat(format.key()).isEqualTo(key("format", "avgt", "16"));
        assertThat(format.current().error()).isNull();
        assertThat(format.baseline().error()).isNotNull();
        // 1.618 -> 3.670 us/op: beyond the tolerance; the baseline's error bar (± 5.3) would overlap, but is not used
        assertThat(format.regressed()).isTrue();
        assertThat(format.verdict()).contains("± NaN").contains("no error bar");
        assertThat(evidence.removed()).hasSize(5).contains(SUM_16, SUM_256);
        assertThat(evidence.added()).isEmpty();
    }

    @Test
    void resolvesRelativeLocationsAgainstTheBaseDirectory() throws Exception {
        BenchmarkEvidence evidence = analyzer.analyze(new BenchmarkRequest(
                Jmh.REAL.getParent(), "real/current.json", "real/../real/baseline.json", null, null));

        assertThat(evidence.results()).isEqualTo(Jmh.REAL.resolve("current.json"));
        assertThat(evidence.baseline()).isEqualTo(Jmh.REAL.resolve("baseline.json"));
        assertThat(evidence.baseline()).isAbsolute();
        assertThat(Path.of(evidence.baseline().toString()).normalize()).isEqualTo(evidence.baseline());
    }
}
