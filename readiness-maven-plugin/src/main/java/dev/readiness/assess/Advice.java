package dev.readiness.assess;

import static dev.readiness.assess.MetricGate.LISTED;
import static dev.readiness.assess.Wording.count;

import dev.readiness.evidence.coverage.CoverageEvidence;
import dev.readiness.evidence.docs.DocumentationEvidence;
import dev.readiness.evidence.tests.MalformedReport;
import dev.readiness.policy.Metric;
import dev.readiness.policy.OnMissing;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The recommendations (what to fix first) and warnings (what the verdict may not show) of an assessment. */
final class Advice {
    private Advice() {}

    /**
     * What to fix, most important first: the thin-evidence remedy when the level was capped for it, then the failed
     * and missing gates, blocking ones first and then by weight; the JaCoCo agent remedy once for all coverage gates.
     */
    static List<String> recommendations(String thinEvidence, List<GateResult> results, CoverageEvidence coverage) {
        List<String> recommendations = new ArrayList<>();
        if (thinEvidence != null) {
            recommendations.add(thinEvidence);
        }
        recommendations.addAll(recommendations(results, coverage));
        return recommendations;
    }

    private static List<String> recommendations(List<GateResult> results, CoverageEvidence coverage) {
        List<String> out = new ArrayList<>();
        boolean coverageRemedyGiven = false;
        List<GateResult> sorted = results.stream()
                .filter(r -> r.status() == GateStatus.FAILED
                        || (r.status() == GateStatus.MISSING && r.gate().onMissing() != OnMissing.IGNORE))
                .sorted(Comparator.comparing(GateResult::blocking)
                        .reversed()
                        .thenComparing(r -> r.gate().weight(), Comparator.reverseOrder()))
                .toList();
        for (GateResult r : sorted) {
            if (r.status() == GateStatus.FAILED) {
                out.add(r.gate().id() + ": " + String.join("; ", r.details()));
            } else if (r.gate().metric() == Metric.COVERAGE && !coverage.available()) {
                if (!coverageRemedyGiven) {
                    coverageRemedyGiven = true;
                    out.add(coverageGateIds(results) + ": " + coverage.missingReason());
                }
            } else {
                out.add(r.message());
            }
        }
        return out;
    }

    private static String coverageGateIds(List<GateResult> results) {
        return results.stream()
                .filter(r -> r.gate().metric() == Metric.COVERAGE && r.status() == GateStatus.MISSING)
                .map(r -> r.gate().id())
                .collect(Collectors.joining(", "));
    }

    /** The scope warnings ({@link ScopeWarnings}: stale evidence, skipped tests), then those of the evidence read. */
    static List<String> warnings(Evidence evidence, List<GateResult> results) {
        List<String> warnings = new ArrayList<>(ScopeWarnings.of(evidence.scope(), evidence.coverage(), results));
        CoverageEvidence coverage = evidence.coverage();
        if (coverage.available() && !coverage.noMatchClasses().isEmpty()) {
            List<String> names = coverage.noMatchClasses();
            boolean bundles = evidence.scope() != null && evidence.scope().bundles() != null;
            warnings.add(count(names.size(), "classes") + (names.size() == 1 ? " does" : " do")
                    + " not match the execution data ("
                    + (bundles
                            ? "a shard compiled them differently"
                            : "stale exec file or classes rebuilt after the tests ran")
                    + "): "
                    + String.join(", ", names.subList(0, Math.min(LISTED, names.size())))
                    + (names.size() > LISTED ? " …and " + (names.size() - LISTED) + " more" : "")
                    + (bundles
                            ? "; build every shard and this job from the same commit with the same compiler settings"
                                    + " (" + BundleGates.EVIDENCE_MISMATCH + ")"
                            : "; run mvn clean verify so the classes and the execution data come from the same"
                                    + " build"));
        }
        if (coverage.available()) {
            coverage.tags().values().stream()
                    .filter(t -> !t.matchedNothing()
                            && !t.sourceRetainedAnnotations().isEmpty())
                    .forEach(t -> warnings.add("tag '" + t.tag() + "': "
                            + CoverageGate.sourceRetention(t.sourceRetainedAnnotations())
                            + " (the tag's other selectors matched " + count(t.matchedClasses(), "classes") + ")"));
        }
        Stream.of(evidence.surefire(), evidence.failsafe()).forEach(t -> {
            for (MalformedReport m : t.malformedReports()) {
                warnings.add("malformed test report " + m.file() + " at line " + m.line() + ": " + m.problem()
                        + " (a forked JVM killed while writing?); rerun the tests");
            }
            for (Path dup : t.duplicateReportFiles()) {
                warnings.add("identical test report read twice, counted once: " + dup);
            }
        });
        if (evidence.openTest() != null) {
            evidence.openTest().warnings().forEach(w -> warnings.add("open test reporting: " + w));
        }
        boolean documentationGate = results.stream()
                .anyMatch(r -> r.gate().metric() == Metric.DOCUMENTATION
                        && r.gate().enabled()
                        && r.gate().onMissing() != OnMissing.WARN); // WARN gates give their own warning below
        DocumentationEvidence docs = evidence.documentation();
        if (documentationGate
                && docs != null
                && docs.available()
                && !docs.unparsable().isEmpty()) {
            // said in every view whatever the gates' onMissing: a silent MISSING here once read as 100 % documented
            warnings.add("documentation: " + DocumentationGate.unparsableReason(docs));
        }
        if (evidence.mutation() != null) {
            evidence.mutation().notes().forEach(n -> warnings.add("mutation: " + n));
            if (evidence.mutation().duplicates() > 0) {
                warnings.add("mutation: " + count(evidence.mutation().duplicates(), "mutants")
                        + " reported by more than one PIT report, counted once");
            }
        }
        for (GateResult r : results) {
            if (r.status() == GateStatus.MISSING && r.gate().onMissing() == OnMissing.WARN) {
                warnings.add(r.message());
            }
        }
        boolean coverageMissing = results.stream()
                .anyMatch(r -> r.gate().metric() == Metric.COVERAGE
                        && r.status() == GateStatus.MISSING
                        && r.gate().onMissing() != OnMissing.IGNORE);
        if (coverageMissing && !coverage.available()) {
            warnings.add(coverage.missingReason());
        }
        return warnings;
    }
}
