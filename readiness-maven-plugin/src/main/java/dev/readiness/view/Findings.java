package dev.readiness.view;

import dev.readiness.assess.Assessment;
import dev.readiness.assess.GateResult;
import dev.readiness.assess.GateStatus;
import dev.readiness.evidence.coverage.ChangedCoverage;
import dev.readiness.evidence.coverage.CoverageEvidence;
import dev.readiness.evidence.coverage.Offender;
import dev.readiness.evidence.coverage.TagCoverage;
import dev.readiness.evidence.mutation.Mutant;
import dev.readiness.evidence.mutation.MutationEvidence;
import dev.readiness.evidence.tests.TestCaseResult;
import dev.readiness.policy.Metric;
import dev.readiness.policy.OnMissing;
import dev.readiness.text.SafeText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * Builds the {@link Finding}s of an assessment, worst first: errors, then warnings, then notes; within a level in the
 * order of {@link #KINDS} and, within a kind, in the order the evidence ranks them (policy order of the gates, most
 * missed lines first, report order of the tests). A finding is listed once (by its identity). A finding whose file
 * is not found (no debug information, a source root the build does not declare) is placed on the project's POM
 * without lines.
 *
 * <p>Adding a kind of finding (uncovered changed lines, surviving mutants) is one method returning a stream of
 * findings and one entry in {@link #KINDS}; every code-review view renders it without change.
 */
final class Findings {
    static final String FAILING_TEST = Finding.FAILING_TEST;
    static final String FLAKY_TEST = Finding.FLAKY_TEST;

    /** Longest message, in code points. */
    static final int MAX_MESSAGE = 1000;

    /** The kinds of finding, in the order they are listed within a level. */
    private static final List<BiFunction<Assessment, SourceLocator, Stream<Finding>>> KINDS = List.of(
            Findings::failedGates,
            Findings::failingTests,
            Findings::uncoveredClasses,
            Findings::uncoveredChangedLines,
            Findings::survivingMutants,
            Findings::flakyTests);

    private Findings() {}

    static List<Finding> of(Assessment a, SourceLocator locator) {
        Map<String, Finding> byIdentity = new LinkedHashMap<>();
        KINDS.stream().flatMap(kind -> kind.apply(a, locator)).forEach(f -> byIdentity.putIfAbsent(f.identity(), f));
        List<Finding> sorted = new ArrayList<>(byIdentity.values());
        sorted.sort(Comparator.comparing(Finding::level)); // stable: keeps the order within a level
        return List.copyOf(sorted);
    }

    /** Whether a gate's result is a finding: failed, blocking, or not measured although it should have been. */
    private static boolean isFinding(GateResult r) {
        return r.status() == GateStatus.FAILED
                || r.blocking()
                || r.status() == GateStatus.MISSING && r.gate().onMissing() != OnMissing.IGNORE;
    }

    private static Finding.Level level(GateResult r) {
        return r.blocking() ? Finding.Level.ERROR : Finding.Level.WARNING;
    }

    private static Stream<Finding> failedGates(Assessment a, SourceLocator locator) {
        return a.gates().stream()
                .filter(Findings::isFinding)
                .map(r -> new Finding(
                        r.gate().id(),
                        level(r),
                        "gate",
                        r.gate().id() + ": " + r.status(),
                        line(r.message()),
                        locator.pom(),
                        List.of(),
                        "gate|" + r.gate().id()));
    }

    /** The classes with missed lines in the scope of each failed coverage gate. */
    private static Stream<Finding> uncoveredClasses(Assessment a, SourceLocator locator) {
        CoverageEvidence c = a.coverage();
        if (c == null || !c.available()) {
            return Stream.empty();
        }
        return a.gates().stream()
                .filter(r -> r.gate().metric() == Metric.COVERAGE
                        && !r.gate().changedLines()
                        && r.status() == GateStatus.FAILED)
                .flatMap(r -> offenders(c, r).stream()
                        .filter(o -> o.missedLines() > 0)
                        .map(o -> uncovered(r, o, locator)));
    }

    private static List<Offender> offenders(CoverageEvidence c, GateResult r) {
        if (r.gate().tag() == null) {
            return c.offenders();
        }
        TagCoverage t = c.tags().get(r.gate().tag());
        return t == null ? List.of() : t.offenders();
    }

    private static Finding uncovered(GateResult r, Offender o, SourceLocator locator) {
        String subject = o.className() + (o.methodName() == null ? "" : "." + o.methodName());
        List<Finding.LineRange> lines = ranges(o.missedLineNumbers());
        String path = locator.source(o.sourceFile(), false);
        String where = lines.isEmpty() ? "" : " (missed lines " + Finding.lineText(lines, 20) + ")";
        return new Finding(
                r.gate().id(),
                level(r),
                "uncovered-class",
                r.gate().id() + ": " + SafeText.truncate(SafeText.line(subject), 200),
                line(subject + ": " + o.missedLines() + " of " + (o.missedLines() + o.coveredLines())
                        + " lines not covered by any test" + where + "; "
                        + r.gate().id() + " requires "
                        + r.gate().threshold().stripTrailingZeros().toPlainString() + " %"),
                path == null ? locator.pom() : path,
                path == null ? List.of() : lines,
                "uncovered-class|" + r.gate().id() + "|" + subject);
    }

    /** The files with uncovered changed lines in the scope of each failed changed-line gate, one finding per file. */
    private static Stream<Finding> uncoveredChangedLines(Assessment a, SourceLocator locator) {
        CoverageEvidence c = a.coverage();
        if (c == null || c.changed() == null || !c.changed().available()) {
            return Stream.empty();
        }
        ChangedCoverage changed = c.changed();
        return a.gates().stream()
                .filter(r -> r.gate().metric() == Metric.COVERAGE
                        && r.gate().changedLines()
                        && r.status() == GateStatus.FAILED)
                .flatMap(r -> changed.scope(r.gate().tag()).files().stream()
                        .filter(f -> !f.missed().isEmpty() || f.missedBranches() > 0)
                        .map(f -> changedFile(r, f)));
    }

    private static Finding changedFile(GateResult r, ChangedCoverage.ChangedFile f) {
        List<Integer> lines = f.missed().isEmpty() ? f.partlyCovered() : f.missed();
        List<Finding.LineRange> ranges = ranges(lines);
        String what = f.missed().isEmpty()
                ? f.missedBranches() + " branches of changed lines " + ChangedCoverage.ranges(lines) + " not covered"
                : "changed lines " + f.missedRanges() + " not covered by any test ("
                        + f.missed().size() + " of "
                        + (f.missed().size() + f.covered().size()) + " changed lines with code)";
        return new Finding(
                r.gate().id(),
                level(r),
                "uncovered-changed-lines",
                r.gate().id() + ": " + SafeText.truncate(SafeText.line(f.path()), 200),
                line(f.fileName() + ": " + what + "; " + r.gate().id() + " requires "
                        + r.gate().threshold().stripTrailingZeros().toPlainString() + " %"),
                f.path(),
                ranges,
                "uncovered-changed-lines|" + r.gate().id() + "|" + f.path());
    }

    /** The covered mutants no test detected in the scope of each failed mutation gate, one finding each. */
    private static Stream<Finding> survivingMutants(Assessment a, SourceLocator locator) {
        MutationEvidence m = a.mutation();
        if (m == null || !m.available()) {
            return Stream.empty();
        }
        return a.gates().stream()
                .filter(r -> r.gate().metric() == Metric.MUTATION && r.status() == GateStatus.FAILED)
                .flatMap(r -> MutationEvidence.survivors(
                                r.gate().tag() == null
                                        ? m.mutants()
                                        : m.tags().getOrDefault(r.gate().tag(), List.of()))
                        .stream()
                        .map(mutant -> survivor(r, mutant, locator)));
    }

    private static Finding survivor(GateResult r, Mutant m, SourceLocator locator) {
        String pkg = m.mutatedClass().contains(".")
                ? m.mutatedClass()
                        .substring(0, m.mutatedClass().lastIndexOf('.') + 1)
                        .replace('.', '/')
                : "";
        String path =
                m.sourceFile() == null || m.sourceFile().isBlank() ? null : locator.source(pkg + m.sourceFile(), false);
        List<Finding.LineRange> lines =
                path == null || m.line() < 1 ? List.of() : List.of(new Finding.LineRange(m.line(), m.line()));
        return new Finding(
                r.gate().id(),
                level(r),
                "surviving-mutant",
                r.gate().id() + ": "
                        + SafeText.truncate(SafeText.line(m.mutatedClass() + "." + m.mutatedMethod()), 200),
                line(m.display() + "; no test noticed this change of " + m.mutatedClass() + "." + m.mutatedMethod()
                        + "; " + r.gate().id() + " requires "
                        + r.gate().threshold().stripTrailingZeros().toPlainString() + " %"),
                path == null ? locator.pom() : path,
                lines,
                "surviving-mutant|" + r.gate().id() + "|" + m.mutatedClass() + "|" + m.mutatedMethod() + "|"
                        + m.methodDescription() + "|" + m.mutator() + "|" + m.description() + "|" + m.indexes());
    }

    /** Failing and erroring tests: errors when a pass-rate gate blocks the verdict, else warnings. */
    private static Stream<Finding> failingTests(Assessment a, SourceLocator locator) {
        boolean blocking = a.gates().stream().anyMatch(r -> r.gate().metric() == Metric.PASS_RATE && r.blocking());
        Finding.Level level = blocking ? Finding.Level.ERROR : Finding.Level.WARNING;
        return a.tests().notPassed().stream().map(c -> test(c, FAILING_TEST, level, locator));
    }

    private static Stream<Finding> flakyTests(Assessment a, SourceLocator locator) {
        return a.tests().flaky().stream().map(c -> test(c, FLAKY_TEST, Finding.Level.NOTE, locator));
    }

    private static Finding test(TestCaseResult c, String rule, Finding.Level level, SourceLocator locator) {
        String outer = c.className().contains("$")
                ? c.className().substring(0, c.className().indexOf('$'))
                : c.className();
        String file = outer.replace('.', '/');
        String path = locator.source(file + ".java", true);
        if (path == null) {
            path = locator.source(file + ".kt", true);
        }
        String what = switch (c.outcome()) {
            case FAILED -> "failed";
            case ERROR -> "errored";
            case FLAKY -> "passed only on rerun " + c.reruns();
            default -> c.outcome().name().toLowerCase(Locale.ROOT);
        };
        return new Finding(
                rule,
                level,
                rule,
                SafeText.truncate(SafeText.line(c.className() + "." + c.name()), 200),
                line(c.shownName() + " " + what + (c.message() == null ? "" : ": " + c.message())),
                path == null ? locator.pom() : path,
                List.of(),
                rule + "|" + c.className() + "|" + c.name());
    }

    private static String line(String text) {
        return SafeText.truncate(SafeText.line(text), MAX_MESSAGE);
    }

    /** Ascending line numbers as ranges of consecutive lines. */
    static List<Finding.LineRange> ranges(List<Integer> lines) {
        List<Finding.LineRange> ranges = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int start = lines.get(i);
            int end = start;
            while (i + 1 < lines.size() && lines.get(i + 1) == end + 1) {
                end = lines.get(++i);
            }
            i++;
            if (start >= 1) {
                ranges.add(new Finding.LineRange(start, end));
            }
        }
        return List.copyOf(ranges);
    }
}
