package dev.readiness.assess;

import static dev.readiness.assess.Wording.count;

import dev.readiness.evidence.coverage.ChangedCoverage;
import dev.readiness.evidence.coverage.ChangedCoverage.ChangedFile;
import dev.readiness.evidence.coverage.ChangedCoverage.ChangedScope;
import dev.readiness.evidence.coverage.Counter;
import dev.readiness.policy.CounterKind;
import dev.readiness.policy.GateDefinition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The judgement of a coverage gate with {@code <lines>changed</lines>} (called by {@link CoverageGate} once the scope
 * is known to exist): the LINE or BRANCH counter of the changed lines in the gate's scope; fewer changed executable
 * lines than {@code <minLines>} (or none) is {@code INCONCLUSIVE}; a failure lists the uncovered changed lines as
 * {@code File.java:12-14, 20}, the files with the most missed lines first.
 */
final class ChangedLineGate {
    private ChangedLineGate() {}

    /** The reason of {@code NOT_CONFIGURED} when no change window is set. */
    static final String NO_WINDOW = "no change window: set readiness.baseRef (e.g. -Dreadiness.baseRef=origin/main) or"
            + " readiness.diffFile (a unified diff of the change) to measure the changed lines";

    static GateResult evaluate(GateDefinition gate, ChangedCoverage changed, String where) {
        if (!changed.available()) {
            return GateResult.missing(gate, changed.missingReason(), List.of());
        }
        ChangedScope scope = changed.scope(gate.tag());
        boolean branches = gate.counter() == CounterKind.BRANCH;
        Counter counter = branches ? scope.branches() : scope.lines();
        String unit = branches ? "branches on changed lines" : "changed lines";
        long executable = scope.lines().total();
        String subject = "changed lines of " + where + " (" + changed.origin() + ")";
        if (executable == 0 || executable < gate.minLines()) {
            String measured = executable == 0
                    ? "no changed line with code in " + where
                    : count(executable, "changed lines") + " with code in " + where + ", fewer than <minLines> "
                            + gate.minLines() + " (" + scope.lines().covered() + " covered)";
            return GateResult.inconclusive(
                    gate,
                    measured + "; " + count(changed.changedFiles(), "files") + " changed (" + changed.origin()
                            + "): too little to judge, not scored",
                    uncovered(scope, branches));
        }
        if (counter.total() == 0) {
            return GateResult.inconclusive(
                    gate,
                    "no branches on the " + count(executable, "changed lines") + " with code in " + where
                            + ": nothing to judge, not scored",
                    List.of());
        }
        BigDecimal value = Percent.of(counter.covered(), counter.total());
        boolean passed = Percent.meets(counter.covered(), counter.total(), gate.threshold());
        String actual =
                Percent.display(value) + " % of " + unit + " (" + counter.covered() + " of " + counter.total() + ")";
        String required = " required " + Percent.plain(gate.threshold()) + " % in " + subject;
        List<String> details = new ArrayList<>();
        if (passed) {
            details.addAll(notes(changed, scope));
            return GateResult.passed(
                    gate,
                    value,
                    counter.covered(),
                    counter.total(),
                    gate.id() + ": " + actual + " >=" + required,
                    details);
        }
        long needed = Percent.partNeeded(counter.total(), gate.threshold()) - counter.covered();
        details.add("cover " + count(needed, unit).replaceFirst(" ", " more ") + " (" + counter.missed() + " of "
                + counter.total() + " missed)");
        details.addAll(uncovered(scope, branches));
        details.addAll(notes(changed, scope));
        return GateResult.failed(
                gate, value, counter.covered(), counter.total(), gate.id() + ": " + actual + " <" + required, details);
    }

    /** {@code Foo.java:12-14, 20} per file with uncovered changed lines (or partly covered, for BRANCH). */
    static List<String> uncovered(ChangedScope scope, boolean branches) {
        List<String> out = new ArrayList<>();
        List<ChangedFile> files = scope.files().stream()
                .filter(f -> branches ? f.missedBranches() > 0 : !f.missed().isEmpty())
                .toList();
        for (ChangedFile f : files.subList(0, Math.min(MetricGate.LISTED, files.size()))) {
            out.add(
                    branches
                            ? f.path() + ":" + ChangedCoverage.ranges(f.partlyCovered()) + " ("
                                    + count(f.missedBranches(), "branches") + " missed)"
                            : f.path() + ":" + f.missedRanges());
        }
        if (files.size() > MetricGate.LISTED) {
            out.add("…and " + (files.size() - MetricGate.LISTED) + " more files");
        }
        return out;
    }

    private static List<String> notes(ChangedCoverage changed, ChangedScope scope) {
        List<String> out = new ArrayList<>();
        long noCode = scope.noCodeLines();
        if (noCode > 0) {
            out.add(count(noCode, "changed lines") + " without code (blank, comment, declaration or the continuation"
                    + " of a statement) not counted");
        }
        if (!changed.withoutClasses().isEmpty()) {
            out.add("changed source files without analysed classes: "
                    + String.join(", ", head(changed.withoutClasses())));
        }
        return out;
    }

    private static List<String> head(List<String> items) {
        if (items.size() <= MetricGate.LISTED) {
            return items;
        }
        List<String> out = new ArrayList<>(items.subList(0, MetricGate.LISTED));
        out.add("…and " + (items.size() - MetricGate.LISTED) + " more");
        return out;
    }
}
