package dev.readiness.assess;

import static dev.readiness.assess.GateFixtures.NO_TESTS;
import static dev.readiness.assess.GateFixtures.evidence;
import static dev.readiness.assess.GateFixtures.gate;
import static dev.readiness.assess.GateFixtures.policy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.evidence.bench.BenchmarkComparison;
import dev.readiness.evidence.bench.BenchmarkEvidence;
import dev.readiness.evidence.bench.BenchmarkKey;
import dev.readiness.evidence.bench.Measurement;
import dev.readiness.evidence.coverage.CoverageEvidence;
import dev.readiness.policy.Metric;
import dev.readiness.policy.Policy;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark gate on hand-made comparisons; {@link BenchmarkAndDocumentationGatesTest} runs it on real JMH output. */
class BenchmarkGateTest {
    private static final Path RESULTS = Path.of("/p/target/jmh-result.json");
    private static final Path BASELINE = Path.of("/p/jmh-baseline.json");

    private final BenchmarkGate benchmarkGate = new BenchmarkGate();

    private GateResult evaluate(BenchmarkEvidence bench) throws Exception {
        Policy policy = policy(List.of());
        Evidence ev = evidence(NO_TESTS, NO_TESTS, CoverageEvidence.missing(List.of(), "none"), bench, null, null);
        return benchmarkGate.evaluate(gate(policy, "performance-benchmarks"), GateContext.of(policy, ev));
    }

    private static BenchmarkComparison comparison(String name, boolean regressed) {
        Measurement m = new Measurement(BigDecimal.ONE, BigDecimal.ZERO, "us/op");
        return new BenchmarkComparison(
                BenchmarkKey.of("com.acme.Bench." + name, "avgt"),
                BenchmarkComparison.PRIMARY,
                m,
                m,
                BigDecimal.ZERO,
                regressed,
                "com.acme.Bench." + name + (regressed ? ": regressed" : ": unchanged"));
    }

    private static BenchmarkEvidence compared(int notRegressed, int regressed) {
        List<BenchmarkComparison> comparisons = new ArrayList<>();
        for (int i = 0; i < notRegressed; i++) {
            comparisons.add(comparison("ok" + i, false));
        }
        for (int i = 0; i < regressed; i++) {
            comparisons.add(comparison("slow" + i, true));
        }
        return new BenchmarkEvidence(RESULTS, BASELINE, comparisons, List.of(), List.of(), null);
    }

    @Test
    void evaluatesTheBenchmarksMetric() {
        assertThat(benchmarkGate.metric()).isEqualTo(Metric.BENCHMARKS);
    }

    @Test
    void aRegressionBelowTheThresholdFailsAndIsNamed() throws Exception {
        GateResult g = evaluate(compared(8, 2));

        assertThat(g.status()).isEqualTo(GateStatus.FAILED);
        assertThat(g.numerator()).isEqualTo(8);
        assertThat(g.denominator()).isEqualTo(10);
        assertThat(g.message())
                .isEqualTo("performance-benchmarks: 80.0 % of benchmarks not regressed (8 of 10) < required 90 %"
                        + " (regressed: com.acme.Bench.slow0 (avgt), com.acme.Bench.slow1 (avgt))");
        assertThat(g.details()).containsExactly("com.acme.Bench.slow0: regressed", "com.acme.Bench.slow1: regressed");
    }

    @Test
    void noRegressionPasses() throws Exception {
        GateResult g = evaluate(compared(3, 0));

        assertThat(g.status()).isEqualTo(GateStatus.PASSED);
        assertThat(g.message())
                .isEqualTo("performance-benchmarks: 100.0 % of benchmarks not regressed (3 of 3) >= required 90 %");
    }

    @Test
    void withoutResultsOrBaselineTheGateIsNotConfigured() throws Exception {
        GateResult g = evaluate(null);

        assertThat(g.status()).isEqualTo(GateStatus.NOT_CONFIGURED);
        assertThat(g.message()).contains("neither JMH results nor a baseline");
    }

    @Test
    void absentEvidenceOrNothingComparedIsMissing() throws Exception {
        GateResult absent =
                evaluate(BenchmarkEvidence.missing(RESULTS, BASELINE, "no baseline at /p/jmh-baseline.json"));
        GateResult nothing = evaluate(compared(0, 0));

        assertThat(absent.status()).isEqualTo(GateStatus.MISSING);
        assertThat(absent.message()).isEqualTo("performance-benchmarks: MISSING — no baseline at /p/jmh-baseline.json");
        assertThat(nothing.status()).isEqualTo(GateStatus.MISSING);
        assertThat(nothing.message()).contains("no benchmark is both in");
    }
}
