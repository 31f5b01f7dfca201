package dev.readiness.assess;

import static dev.readiness.assess.GateResult.missing;
import static dev.readiness.assess.GateResult.notConfigured;

import dev.readiness.evidence.docs.DocumentationEvidence;
import dev.readiness.evidence.docs.UnparsableFile;
import dev.readiness.policy.GateDefinition;
import dev.readiness.policy.Metric;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code documentation}: the share of public and protected API elements of the main sources with a Javadoc comment,
 * and the required files; not measured (never passed) when a source file cannot be parsed.
 */
final class DocumentationGate implements MetricGate {

    @Override
    public Metric metric() {
        return Metric.DOCUMENTATION;
    }

    @Override
    public GateResult evaluate(GateDefinition gate, GateContext ctx) {
        DocumentationEvidence ev = ctx.evidence().documentation();
        if (ev == null) {
            return notConfigured(gate, "no main source root is configured (readiness.sourceRoots)");
        }
        if (!ev.available()) {
            return missing(gate, ev.missingReason(), List.of());
        }
        if (!ev.unparsable().isEmpty()) {
            // An unparsable file's elements are counted neither documented nor undocumented: any value computed
            // without them could be higher than the truth, so the gate is not measured rather than passed.
            return missing(gate, unparsableReason(ev), unparsableDetails(ev));
        }
        if (ev.total() == 0) {
            return missing(gate, "the main sources declare no public or protected API element", List.of());
        }
        BigDecimal value = Percent.of(ev.documented(), ev.total());
        boolean ratioMet = Percent.meets(ev.documented(), ev.total(), gate.threshold());
        boolean passed = ratioMet && ev.missingRequiredFiles().isEmpty();
        List<String> details = new ArrayList<>();
        ev.missingRequiredFiles().forEach(f -> details.add("required file missing: " + f));
        if (!ratioMet) {
            long needed = Percent.partNeeded(ev.total(), gate.threshold()) - ev.documented();
            details.add("document " + needed + " more public API element" + (needed == 1 ? "" : "s") + " ("
                    + (ev.total() - ev.documented()) + " of " + ev.total() + " undocumented)");
        }
        ev.classes().stream()
                .filter(c -> !c.undocumented().isEmpty())
                .limit(LISTED)
                .forEach(c ->
                        details.add(c.className() + ": " + c.undocumented().size() + " undocumented ("
                                + c.undocumented().stream()
                                        .limit(4)
                                        .map(u -> u.kind() + " " + u.signature() + " line " + u.line())
                                        .collect(Collectors.joining("; "))
                                + (c.undocumented().size() > 4 ? "; …" : "") + ")"));
        String actual = Percent.display(value) + " % of public API elements documented (" + ev.documented() + " of "
                + ev.total() + ")";
        String message = gate.id() + ": " + actual + (ratioMet ? " >= required " : " < required ")
                + Percent.plain(gate.threshold()) + " %"
                + (ev.missingRequiredFiles().isEmpty()
                        ? ""
                        : "; required file" + (ev.missingRequiredFiles().size() == 1 ? " " : "s ")
                                + String.join(", ", ev.missingRequiredFiles()) + " missing")
                + generatedNotCounted(ev);
        return GateResult.measured(gate, passed, value, ev.documented(), ev.total(), message, details);
    }

    /** Why the documentation gates are not measured when source files cannot be parsed; one sentence. */
    static String unparsableReason(DocumentationEvidence ev) {
        UnparsableFile first = ev.unparsable().get(0);
        return ev.unparsable().size() + " of " + ev.files() + " source files could not be parsed (first: "
                + first.file() + (first.line() > 0 ? " line " + first.line() : "") + ": " + first.problem()
                + "), so their public API is not counted and the share of documented elements is not measured;"
                + " set readiness.sourceEncoding (project.build.sourceEncoding) to the sources' encoding, or fix"
                + " the files";
    }

    private static List<String> unparsableDetails(DocumentationEvidence ev) {
        List<String> details = new ArrayList<>();
        ev.missingRequiredFiles().forEach(f -> details.add("required file missing: " + f));
        ev.unparsable().stream()
                .limit(LISTED)
                .forEach(u -> details.add(
                        "not parsed: " + u.file() + (u.line() > 0 ? " line " + u.line() : "") + ": " + u.problem()));
        if (ev.unparsable().size() > LISTED) {
            details.add("…and " + (ev.unparsable().size() - LISTED) + " more, see readiness.json");
        }
        return details;
    }

    /** The clause naming the generated source roots the documentation gates left out, or {@code ""}. */
    private static String generatedNotCounted(DocumentationEvidence ev) {
        return ev.generatedRoots().isEmpty()
                ? ""
                : " (generated sources not counted: "
                        + String.join(
                                ", ",
                                ev.generatedRoots().stream().map(Path::toString).toList())
                        + "; readiness.includeGeneratedSources=true counts them)";
    }
}
