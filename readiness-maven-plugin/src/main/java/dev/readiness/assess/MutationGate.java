package dev.readiness.assess;

import static dev.readiness.assess.GateResult.missing;
import static dev.readiness.assess.GateResult.notConfigured;
import static dev.readiness.assess.Wording.count;

import dev.readiness.evidence.mutation.Mutant;
import dev.readiness.evidence.mutation.MutationEvidence;
import dev.readiness.evidence.mutation.MutationStatus;
import dev.readiness.policy.GateDefinition;
import dev.readiness.policy.Metric;
import dev.readiness.policy.MutationMeasure;
import dev.readiness.policy.TagDefinition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code mutation}: the share of PIT's mutants the tests detect, over all mutated classes or the classes (and
 * annotated methods) of a tag; {@code score} divides by all mutants (PIT's "Killed N (x%)"), {@code strength} by the
 * covered ones (PIT's "Test strength"). Compared exactly: one survivor in 1,000 fails a 100 % gate. A failure lists the
 * undetected mutants, worst classes first, and the mutants no test covers separately.
 */
final class MutationGate implements MetricGate {

    /** The pitest-maven execution that writes the report this gate reads; shown when the report is missing. */
    static final String SNIPPET = "add PIT to the build, bound before readiness: <plugin><groupId>org.pitest</groupId>"
            + "<artifactId>pitest-maven</artifactId><version>1.30.2</version><dependencies><dependency>"
            + "<groupId>org.pitest</groupId><artifactId>pitest-junit5-plugin</artifactId><version>1.2.3</version>"
            + "</dependency></dependencies><executions><execution><id>pit</id><phase>verify</phase><goals>"
            + "<goal>mutationCoverage</goal></goals></execution></executions><configuration><outputFormats>"
            + "<outputFormat>XML</outputFormat></outputFormats></configuration></plugin> (declare it before"
            + " readiness-maven-plugin, or bind it to integration-test)";

    @Override
    public Metric metric() {
        return Metric.MUTATION;
    }

    /** PIT runs the unit tests and honours {@code skipTests}: a build that skipped them measured no mutant. */
    @Override
    public Skip skippedBy(GateDefinition gate, EvidenceScope scope) {
        return scope.surefireSkippedBy() == null
                ? null
                : new Skip(scope.surefireSkippedBy(), "PIT runs the unit tests, which this build skipped");
    }

    @Override
    public GateResult evaluate(GateDefinition gate, GateContext ctx) {
        MutationEvidence ev = ctx.evidence().mutation();
        String where;
        List<Mutant> mutants;
        if (gate.tag() != null) {
            TagDefinition tag = ctx.policy().tag(gate.tag()).orElseThrow();
            if (!tag.configured()) {
                return Gates.tagWithoutSelectors(gate, tag);
            }
            where = "tag '" + tag.name() + "'";
        } else {
            where = "all mutated classes";
        }
        if (ev == null || !ev.available()) {
            return missing(
                    gate,
                    ev == null ? "no PIT report was read (readiness.mutationReports)" : ev.missingReason(),
                    List.of(SNIPPET));
        }
        if (gate.tag() != null) {
            mutants = ev.tags().getOrDefault(gate.tag(), List.of());
            if (mutants.isEmpty() && ctx.policy().moduleOfReactor()) {
                return notConfigured(
                        gate,
                        "tag '" + gate.tag() + "' selects no mutated class of this module; the reactor verdict"
                                + " judges the mutants it selects in the other modules");
            }
            if (mutants.isEmpty()) {
                return missing(
                        gate,
                        "PIT generated no mutant in " + where + " ("
                                + count(ev.mutants().size(), "mutants")
                                + " in "
                                + String.join(
                                        ", ",
                                        ev.reports().stream()
                                                .map(Object::toString)
                                                .toList())
                                + "); check PIT's targetClasses and the tag's selectors",
                        List.of());
            }
        } else {
            mutants = ev.mutants();
            if (mutants.isEmpty()) {
                return missing(gate, "PIT generated no mutant (check its targetClasses)", List.of());
            }
        }
        MutationEvidence.Counts counts = MutationEvidence.count(mutants);
        boolean strength = gate.measure() == MutationMeasure.STRENGTH;
        long whole = strength ? counts.covered() : counts.total();
        String of = strength ? "covered mutants" : "mutants";
        if (whole == 0) {
            return missing(
                    gate,
                    "no test covers any of the " + count(counts.total(), "mutants") + " in " + where
                            + ", so the test strength is not measured",
                    noCoverage(mutants));
        }
        BigDecimal value = Percent.of(counts.detected(), whole);
        boolean passed = Percent.meets(counts.detected(), whole, gate.threshold());
        String actual =
                Percent.display(value) + " % of " + of + " detected (" + counts.detected() + " of " + whole + ")";
        if (passed) {
            return GateResult.passed(
                    gate,
                    value,
                    counts.detected(),
                    whole,
                    gate.id() + ": " + actual + " >= required " + Percent.plain(gate.threshold()) + " % in " + where,
                    List.of());
        }
        List<Mutant> undetected = mutants.stream()
                .filter(m -> !m.status().detected() && (!strength || m.status().covered()))
                .toList();
        List<String> details = new ArrayList<>();
        long needed = Percent.partNeeded(whole, gate.threshold()) - counts.detected();
        details.add("kill " + count(needed, "more mutants") + " in " + where + " (" + (whole - counts.detected())
                + " of " + whole + " not detected)");
        List<Mutant> survivors = MutationEvidence.survivors(undetected);
        survivors.stream().limit(LISTED).forEach(m -> details.add(m.mutatedClass() + ": " + m.display()));
        if (survivors.size() > LISTED) {
            details.add("…and " + (survivors.size() - LISTED) + " more surviving, see readiness.json");
        }
        details.addAll(noCoverage(mutants));
        String worst = survivors.isEmpty() && !undetected.isEmpty()
                ? ", most in " + undetected.get(0).mutatedClass()
                : survivors.isEmpty() ? "" : ", most in " + survivors.get(0).mutatedClass();
        long survived = counts.byStatus().getOrDefault(MutationStatus.SURVIVED, 0L);
        long uncovered = counts.byStatus().getOrDefault(MutationStatus.NO_COVERAGE, 0L);
        String tally = survived + " survived" + (uncovered > 0 ? ", " + uncovered + " without coverage" : "");
        return GateResult.failed(
                gate,
                value,
                counts.detected(),
                whole,
                gate.id() + ": " + actual + " < required " + Percent.plain(gate.threshold()) + " % in " + where + " ("
                        + tally + worst + ")",
                details);
    }

    /** The mutants no test covers, listed apart: they need a test first, not a better assertion. */
    private static List<String> noCoverage(List<Mutant> mutants) {
        List<Mutant> uncovered = MutationEvidence.uncovered(mutants);
        List<String> out = new ArrayList<>();
        if (uncovered.isEmpty()) {
            return out;
        }
        out.add(count(uncovered.size(), "mutants") + " without test coverage (no test runs the code):");
        uncovered.stream().limit(LISTED).forEach(m -> out.add("no coverage: " + m.mutatedClass() + ": " + m.display()));
        if (uncovered.size() > LISTED) {
            out.add("…and " + (uncovered.size() - LISTED) + " more without coverage, see readiness.json");
        }
        return out;
    }
}
