package dev.readiness.evidence.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.policy.CounterKind;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoverageRecordsTest {

    @Test
    void counterAddsItemWise() {
        assertThat(new Counter(3, 4).plus(new Counter(1, 2))).isEqualTo(new Counter(4, 6));
        assertThat(new Counter(3, 4).total()).isEqualTo(7);
        assertThat(Counter.ZERO.total()).isZero();
        assertThatThrownBy(() -> new Counter(-1, 0)).hasMessageContaining("must not be negative");
    }

    @Test
    void coverageRequiresAllSixCountersAndIsImmutable() {
        Map<CounterKind, Counter> five = new EnumMap<>(CounterKind.class);
        for (CounterKind kind : CounterKind.values()) {
            five.put(kind, new Counter(1, 1));
        }
        Coverage coverage = new Coverage(five);
        five.put(CounterKind.LINE, Counter.ZERO);
        assertThat(coverage.get(CounterKind.LINE)).isEqualTo(new Counter(1, 1));
        assertThatThrownBy(() -> coverage.counters().put(CounterKind.LINE, Counter.ZERO))
                .isInstanceOf(UnsupportedOperationException.class);

        five.remove(CounterKind.CLASS);
        assertThatThrownBy(() -> new Coverage(five)).hasMessageContaining("CLASS");
        assertThat(Coverage.empty().counters())
                .hasSize(6)
                .allSatisfy((k, v) -> assertThat(v).isEqualTo(Counter.ZERO));
    }

    @Test
    void missingEvidenceCarriesTheReasonAndIsNotAvailable() {
        CoverageEvidence missing = CoverageEvidence.missing(List.of(Path.of("target/jacoco.exec")), "because");

        assertThat(missing.available()).isFalse();
        assertThat(missing.missingReason()).isEqualTo("because");
        assertThat(missing.analyzedClasses()).isZero();
        assertThat(missing.tags()).isEmpty();
    }

    @Test
    void methodLabelUsesSimpleParameterTypes() {
        assertThat(CoverageAnalyzer.methodLabel("clamp", "(DDD)D")).isEqualTo("clamp(double, double, double)");
        assertThat(CoverageAnalyzer.methodLabel("<init>", "(Ljava/lang/String;[I)V"))
                .isEqualTo("<init>(String, int[])");
        assertThat(CoverageAnalyzer.methodLabel("run", "()V")).isEqualTo("run()");
    }
}
