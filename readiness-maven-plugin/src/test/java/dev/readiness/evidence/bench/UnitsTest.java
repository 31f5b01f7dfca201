package dev.readiness.evidence.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitsTest {
    @Test
    void convertsTimePerOperation() {
        assertThat(Units.factor("ns/op", "us/op")).isEqualByComparingTo("0.001");
        assertThat(Units.factor("s/op", "ms/op")).isEqualByComparingTo("1000");
        assertThat(Units.factor("min/op", "s/op")).isEqualByComparingTo("60");
    }

    @Test
    void convertsOperationsPerTime() {
        assertThat(Units.factor("ops/ms", "ops/s")).isEqualByComparingTo("1000");
        assertThat(Units.factor("ops/s", "ops/us")).isEqualByComparingTo("0.000001");
    }

    @Test
    void convertsRatesWhoseTimeUnitIsSpelledDifferently() {
        assertThat(Units.factor("MB/sec", "MB/s")).isEqualByComparingTo("1");
        assertThat(Units.factor("MB/sec", "MB/ms")).isEqualByComparingTo("0.001");
    }

    @Test
    void refusesUnitsOfDifferentKinds() {
        assertThat(Units.factor("B/op", "ns/op")).isNull();
        assertThat(Units.factor("ops/s", "ns/op")).isNull();
        assertThat(Units.factor("counts", "ms")).isNull();
        assertThat(Units.factor("KB/op", "B/op")).isNull();
    }

    @Test
    void throughputIsOperationsPerTime() {
        assertThat(Units.isThroughput("ops/ms")).isTrue();
        assertThat(Units.isThroughput("ns/op")).isFalse();
        assertThat(Units.isThroughput("MB/sec")).isFalse();
        assertThat(BenchmarkAnalyzer.secondaryHigherIsBetter("gc.alloc.rate", "MB/sec"))
                .isFalse();
        assertThat(BenchmarkAnalyzer.secondaryHigherIsBetter("custom.rate", "ops/s"))
                .isTrue();
        assertThat(BenchmarkAnalyzer.secondaryHigherIsBetter("custom.latency", "us/op"))
                .isFalse();
    }
}
