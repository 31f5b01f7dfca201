package dev.readiness.assess;

import dev.readiness.evidence.bundle.BundleSet;
import dev.readiness.evidence.bundle.IncompleteBundles;
import dev.readiness.evidence.coverage.TagCoverage;
import dev.readiness.policy.GateDefinition;
import dev.readiness.policy.Metric;
import java.util.ArrayList;
import java.util.List;

/**
 * What the evidence bundles of a sharded build do to the gates: a missing shard makes the gates its evidence feeds
 * {@code MISSING}, naming the shard ({@code readiness.incompleteBundles=fail}); execution data recorded on other class
 * bytes than this build analyses makes the coverage gates over those classes (every class, or a tag that holds one of
 * them) {@code MISSING} with the reason {@code EVIDENCE_MISMATCH}.
 *
 * <p>{@code MISSING}, not {@code INCONCLUSIVE}: a missing critical gate blocks the verdict unless its {@code onMissing}
 * says otherwise (fail closed), while an inconclusive one is left out of the verdict. Coverage counted from data of
 * other class bytes is not "too little to judge" but wrong, and a missing shard's tests are absent evidence.
 */
final class BundleGates {
    /** True for the metrics measured from what the shards' tests produced. */
    private static boolean fromShards(Metric metric) {
        return switch (metric) {
            case COVERAGE, PASS_RATE, FLAKY, DURATION, MUTATION -> true;
            case BENCHMARKS, DOCUMENTATION -> false;
        };
    }

    /** The reason text of a coverage gate whose execution data does not match the classes analysed. */
    static final String EVIDENCE_MISMATCH = "EVIDENCE_MISMATCH";

    private BundleGates() {}

    /** The gate's result when the bundles decide it, else {@code null} (its metric judges the evidence). */
    static GateResult check(GateDefinition gate, Evidence evidence) {
        EvidenceScope scope = evidence.scope();
        BundleSet set = scope == null ? null : scope.bundles();
        if (set == null || !fromShards(gate.metric())) {
            return null;
        }
        if (set.incompleteSet() && (set.bundles().isEmpty() || set.incomplete() == IncompleteBundles.FAIL)) {
            return GateResult.missing(
                    gate,
                    set.missingText() + ", so this gate would judge part of the tests"
                            + " (readiness.incompleteBundles=fail). Rerun the missing CI job, or set"
                            + " readiness.incompleteBundles=warn to judge the shards that arrived.",
                    arrived(set));
        }
        List<BundleSet.Mismatch> affected =
                gate.metric() == Metric.COVERAGE ? affected(gate, set, evidence) : List.of();
        if (!affected.isEmpty()) {
            List<String> details = new ArrayList<>();
            affected.stream()
                    .limit(MetricGate.LISTED)
                    .forEach(m -> details.add(m.className().replace('/', '.') + ": shard "
                            + m.shard().display() + " recorded class id " + m.bundleId() + ", this build analyses "
                            + m.localId()));
            if (affected.size() > MetricGate.LISTED) {
                details.add("…and " + (affected.size() - MetricGate.LISTED) + " more");
            }
            long classes = affected.stream()
                    .map(BundleSet.Mismatch::className)
                    .distinct()
                    .count();
            return GateResult.missing(
                    gate,
                    EVIDENCE_MISMATCH + ": the execution data of shard "
                            + String.join(
                                    ", ",
                                    affected.stream()
                                            .map(m -> m.shard().display())
                                            .distinct()
                                            .toList())
                            + " was recorded on other class bytes than this build analyses (" + classes
                            + " class(es)), so its coverage cannot be counted: it would be a wrong number. Build every"
                            + " shard and the aggregating job from the same commit with the same JDK and compiler"
                            + " settings.",
                    details);
        }
        return null;
    }

    /**
     * The mismatched classes in the gate's scope: all of them for a gate over every class, those of its tag for a
     * tag's gate (the coverage of a tag whose classes all match the execution data is exact).
     */
    private static List<BundleSet.Mismatch> affected(GateDefinition gate, BundleSet set, Evidence evidence) {
        if (set.mismatches().isEmpty() || gate.tag() == null) {
            return set.mismatches();
        }
        TagCoverage tag =
                evidence.coverage() == null ? null : evidence.coverage().tags().get(gate.tag());
        if (tag == null) {
            return set.mismatches(); // the tag's classes are unknown: fail closed
        }
        java.util.Set<String> classes = new java.util.HashSet<>(tag.classes());
        return set.mismatches().stream()
                .filter(m -> classes.contains(m.className().replace('/', '.')))
                .toList();
    }

    private static List<String> arrived(BundleSet set) {
        return set.bundles().stream()
                .map(b -> "arrived: shard " + b.manifest().shard().display())
                .toList();
    }

    /** The fan-in's warnings for the verdict: its notes, shards judged without the missing ones. */
    static List<String> warnings(Evidence evidence) {
        BundleSet set = evidence.scope() == null ? null : evidence.scope().bundles();
        if (set == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (set.incompleteSet()) {
            out.add("Evidence bundles: " + set.missingText()
                    + (set.incomplete() == IncompleteBundles.WARN
                                    && !set.bundles().isEmpty()
                            ? "; the tests, coverage and mutants of the shards that arrived are judged"
                                    + " (readiness.incompleteBundles=warn)."
                            : "; the gates fed by the tests are MISSING."));
        }
        if (!set.mismatches().isEmpty()) {
            out.add("Evidence bundles: " + EVIDENCE_MISMATCH + " — the execution data of shard "
                    + String.join(", ", set.mismatchedShards()) + " belongs to other class bytes than this build"
                    + " analyses; the coverage gates over those classes are MISSING.");
        }
        set.notes().forEach(n -> out.add("Evidence bundles: " + n));
        return out;
    }
}
