package dev.readiness.assess;

import dev.readiness.policy.GateDefinition;
import dev.readiness.policy.Metric;
import dev.readiness.policy.TagDefinition;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The registered {@link MetricGate}s, one per {@link Metric}, and the rules every gate shares. */
final class Gates {
    /** Every metric's gate: a new metric adds its class here, in one line. */
    static final List<MetricGate> REGISTERED = List.of(
            new CoverageGate(),
            new PassRateGate(),
            new BenchmarkGate(),
            new DocumentationGate(),
            new MutationGate(),
            new FlakyGate(),
            new DurationGate());

    private static final Map<Metric, MetricGate> BY_METRIC = byMetric(REGISTERED);

    private Gates() {}

    /** The gate's result: {@code DISABLED}, {@code SKIPPED} when this build skipped its tests, else its metric's. */
    static GateResult evaluate(GateDefinition gate, GateContext ctx) {
        if (!gate.enabled()) {
            return GateResult.disabled(gate);
        }
        MetricGate metricGate = of(gate.metric());
        EvidenceScope scope = ctx.evidence().scope();
        MetricGate.Skip skip = scope == null || !scope.testsSkipped() ? null : metricGate.skippedBy(gate, scope);
        if (skip != null) {
            return GateResult.skipped(gate, skip.what(), skip.by());
        }
        GateResult bundled = BundleGates.check(gate, ctx.evidence());
        if (bundled != null) {
            return bundled;
        }
        return metricGate.evaluate(gate, ctx);
    }

    /** {@code NOT_CONFIGURED}: the gate's tag has no selectors, so the code it should measure is undefined. */
    static GateResult tagWithoutSelectors(GateDefinition gate, TagDefinition tag) {
        return GateResult.notConfigured(
                gate,
                "tag '" + tag.name() + "' has no selectors; tag the code it should measure, e.g. <tags><tag><name>"
                        + tag.name() + "</name><packages>com.example.core.**</packages></tag></tags>, or disable the"
                        + " gate");
    }

    static MetricGate of(Metric metric) {
        MetricGate gate = BY_METRIC.get(metric);
        if (gate == null) {
            throw new IllegalStateException("no gate is registered for the metric " + metric + " (Gates.REGISTERED)");
        }
        return gate;
    }

    static Map<Metric, MetricGate> byMetric(List<MetricGate> gates) {
        Map<Metric, MetricGate> map = new EnumMap<>(Metric.class);
        for (MetricGate g : gates) {
            if (map.put(g.metric(), g) != null) {
                throw new IllegalStateException("two gates are registered for the metric " + g.metric());
            }
        }
        return Map.copyOf(map);
    }
}
