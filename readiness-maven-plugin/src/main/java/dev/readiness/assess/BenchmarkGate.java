package dev.readiness.assess;

import static dev.readiness.assess.GateResult.missing;
import static dev.readiness.assess.GateResult.notConfigured;

import dev.readiness.evidence.bench.BenchmarkComparison;
import dev.readiness.evidence.bench.BenchmarkEvidence;
import dev.readiness.policy.GateDefinition;
import dev.readiness.policy.Metric;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code benchmarks}: the share of JMH benchmarks not regressed against the baseline; {@code INCONCLUSIVE} when the
 * baseline was measured in another environment.
 */
final class BenchmarkGate implements MetricGate {

    @Override
    public Metric metric() {
        return Metric.BENCHMARKS;
    }

    @Override
    public GateResult evaluate(GateDefinition gate, GateContext ctx) {
        BenchmarkEvidence ev = ctx.evidence().benchmarks();
        if (ev == null) {
            return notConfigured(
                    gate,
                    "the project has neither JMH results nor a baseline to compare them with; set"
                            + " readiness.benchmarkResults and readiness.benchmarkBaseline, or disable the gate");
        }
        if (!ev.available()) {
            return missing(gate, ev.missingReason(), List.of());
        }
        if (ev.compared() == 0) {
            return missing(
                    gate,
                    "no benchmark is both in " + ev.results() + " and in the baseline " + ev.baseline()
                            + "; run the same benchmarks, or write a new baseline with readiness:baseline",
                    List.of());
        }
        long ok = ev.notRegressed();
        long total = ev.compared();
        List<String> regressed = ev.regressions().stream()
                .map(c -> c.key().label() + (BenchmarkComparison.PRIMARY.equals(c.metric()) ? "" : " " + c.metric()))
                .distinct()
                .toList();
        List<String> differences = ev.environmentDifferences();
        if (!differences.isEmpty()) {
            List<String> details = new ArrayList<>();
            details.add("environment differs from the baseline's: " + String.join("; ", differences));
            ev.comparisons().stream()
                    .filter(c -> c.regressed())
                    .forEach(c -> details.add("not judged: " + c.verdict()));
            details.add("record a baseline in this environment: mvn verify readiness:baseline, then commit "
                    + ev.baseline().getFileName());
            return GateResult.inconclusive(
                    gate,
                    "the baseline " + ev.baseline().getFileName() + " was measured in"
                            + " another environment (" + String.join("; ", differences) + "), so " + ok + " of "
                            + total + " benchmarks not regressed is not a measurement of this code"
                            + (regressed.isEmpty() ? "" : "; would-be regressions: " + String.join(", ", regressed))
                            + ". Record a baseline here with mvn verify readiness:baseline",
                    details);
        }
        BigDecimal value = Percent.of(ok, total);
        boolean passed = Percent.meets(ok, total, gate.threshold());
        List<String> details = new ArrayList<>();
        ev.comparisons().stream().filter(c -> c.regressed()).forEach(c -> details.add(c.verdict()));
        ev.added().forEach(k -> details.add("new, not in the baseline (not scored): " + k.label()));
        ev.removed().forEach(k -> details.add("in the baseline, not run now (not scored): " + k.label()));
        details.addAll(ev.notes());
        String actual = Percent.display(value) + " % of benchmarks not regressed (" + ok + " of " + total + ")";
        return GateResult.measured(
                gate,
                passed,
                value,
                ok,
                total,
                gate.id() + ": " + actual + (passed ? " >= required " : " < required ")
                        + Percent.plain(gate.threshold()) + " %"
                        + (regressed.isEmpty() ? "" : " (regressed: " + String.join(", ", regressed) + ")"),
                details);
    }
}
