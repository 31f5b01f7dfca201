package dev.readiness.assess;

import static dev.readiness.assess.GateResult.missing;
import static dev.readiness.assess.GateResult.notConfigured;
import static dev.readiness.assess.Wording.count;
import static dev.readiness.assess.Wording.firstSentence;

import dev.readiness.evidence.coverage.AnnotationRetention;
import dev.readiness.evidence.coverage.Counter;
import dev.readiness.evidence.coverage.CoverageEvidence;
import dev.readiness.evidence.coverage.Offender;
import dev.readiness.evidence.coverage.TagCoverage;
import dev.readiness.policy.GateDefinition;
import dev.readiness.policy.Metric;
import dev.readiness.policy.TagDefinition;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code coverage}: a JaCoCo counter's covered share over all analysed classes or the classes of a tag; a failure
 * names the lines needed and the classes with the most missed lines.
 */
final class CoverageGate implements MetricGate {

    @Override
    public Metric metric() {
        return Metric.COVERAGE;
    }

    @Override
    public Skip skippedBy(GateDefinition gate, EvidenceScope scope) {
        return scope.surefireSkippedBy() == null
                ? null
                : new Skip(scope.surefireSkippedBy(), "coverage comes from the tests, which this build skipped");
    }

    @Override
    public GateResult evaluate(GateDefinition gate, GateContext ctx) {
        CoverageEvidence coverage = ctx.evidence().coverage();
        if (gate.changedLines() && coverage.changed() == null) {
            return notConfigured(gate, ChangedLineGate.NO_WINDOW);
        }
        Counter counter;
        List<Offender> offenders;
        String where;
        if (gate.tag() != null) {
            TagDefinition tag = ctx.policy().tag(gate.tag()).orElseThrow();
            if (!tag.configured()) {
                return Gates.tagWithoutSelectors(gate, tag);
            }
            if (!coverage.available()) {
                return missing(gate, firstSentence(coverage.missingReason()), List.of());
            }
            TagCoverage tagCoverage = coverage.tags().get(tag.name());
            if (tagCoverage != null
                    && tagCoverage.matchedNothing()
                    && !tagCoverage.sourceRetainedAnnotations().isEmpty()) {
                // wherever the code is, no class file carries such an annotation: no module can ever match
                return missing(
                        gate,
                        "tag '" + tag.name() + "' matches no analysed class (" + selectors(tag) + "): "
                                + sourceRetention(tagCoverage.sourceRetainedAnnotations()),
                        List.of());
            }
            if ((tagCoverage == null || tagCoverage.matchedNothing())
                    && ctx.policy().moduleOfReactor()) {
                return notConfigured(
                        gate,
                        "tag '" + tag.name() + "' matches no class of this module (" + selectors(tag)
                                + "); the reactor verdict judges the classes it selects in the other modules");
            }
            if (tagCoverage == null || tagCoverage.matchedNothing()) {
                return missing(
                        gate,
                        "tag '" + tag.name() + "' matches no analysed class (" + selectors(tag)
                                + "); check the selectors against the class names in "
                                + paths(coverage.classDirectories())
                                + annotationsNotSeen(tagCoverage),
                        List.of());
            }
            counter = tagCoverage.coverage().get(gate.counter());
            offenders = tagCoverage.offenders();
            where = "tag '" + tag.name() + "'";
        } else {
            if (!coverage.available()) {
                return missing(gate, firstSentence(coverage.missingReason()), List.of());
            }
            counter = coverage.overall().get(gate.counter());
            offenders = coverage.offenders();
            where = "all classes";
        }
        if (gate.changedLines()) {
            return ChangedLineGate.evaluate(gate, coverage.changed(), where);
        }
        String unit = unit(gate);
        if (counter.total() == 0) {
            return missing(gate, "no " + unit + " to measure in " + where, List.of());
        }
        BigDecimal value = Percent.of(counter.covered(), counter.total());
        boolean passed = Percent.meets(counter.covered(), counter.total(), gate.threshold());
        String actual = Percent.display(value) + " % of " + unit;
        if (passed) {
            return GateResult.passed(
                    gate,
                    value,
                    counter.covered(),
                    counter.total(),
                    gate.id() + ": " + actual + " >= required " + Percent.plain(gate.threshold()) + " % in " + where,
                    List.of());
        }
        long needed = Percent.partNeeded(counter.total(), gate.threshold()) - counter.covered();
        List<String> details = new ArrayList<>();
        details.add("cover " + count(needed, unit).replaceFirst(" ", " more ") + " in " + where + " ("
                + counter.missed() + " of " + counter.total() + " missed)");
        offenders.stream().filter(o -> o.missedLines() > 0).limit(LISTED).forEach(o -> details.add(offender(o)));
        long more = offenders.stream().filter(o -> o.missedLines() > 0).count() - LISTED;
        if (more > 0) {
            details.add("…and " + more + " more");
        }
        String worst = offenders.stream()
                .filter(o -> o.missedLines() > 0)
                .findFirst()
                .map(o -> ", most in " + o.className())
                .orElse("");
        return GateResult.failed(
                gate,
                value,
                counter.covered(),
                counter.total(),
                gate.id() + ": " + actual + " < required " + Percent.plain(gate.threshold()) + " % in " + where + " ("
                        + count(counter.missed(), unit) + " missed" + worst + ")",
                details);
    }

    private static String unit(GateDefinition gate) {
        return switch (gate.counter()) {
            case INSTRUCTION -> "instructions";
            case BRANCH -> "branches";
            case LINE -> "lines";
            case COMPLEXITY -> "complexity";
            case METHOD -> "methods";
            case CLASS -> "classes";
        };
    }

    /** {@code com.acme.Saturation#clamp(double): 2 lines missed (Saturation.java lines 31, 40-41)}. */
    static String offender(Offender o) {
        String where = o.className() + (o.methodName() == null ? "" : "#" + o.methodName());
        String lines = count(o.missedLines(), "lines") + " missed";
        if (o.missedLineNumbers().isEmpty()) {
            return where + ": " + lines;
        }
        String file = o.sourceFile() == null
                ? ""
                : o.sourceFile().substring(o.sourceFile().lastIndexOf('/') + 1) + " ";
        String label = o.missedLineNumbers().size() == 1 ? "line " : "lines ";
        return where + ": " + lines + " (" + file + label + o.missedLineRanges(8) + ")";
    }

    /**
     * Why annotations of these types select nothing, e.g. {@code com.acme.Foo has @Retention(SOURCE): it is not in the
     * class files, so it cannot select classes; use RetentionPolicy.CLASS or RUNTIME}.
     */
    static String sourceRetention(List<String> annotations) {
        boolean one = annotations.size() == 1;
        return String.join(", ", annotations) + (one ? " has" : " have") + " @Retention(SOURCE): "
                + (one ? "it is" : "they are") + " not in the class files, so " + (one ? "it" : "they")
                + " cannot select classes; use RetentionPolicy.CLASS or RUNTIME";
    }

    /** What the analysed classes say about the tag's annotation types when it matched nothing; empty if nothing. */
    private static String annotationsNotSeen(TagCoverage tagCoverage) {
        if (tagCoverage == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        tagCoverage.annotationRetention().forEach((name, retention) -> {
            if (retention == AnnotationRetention.NOT_FOUND) {
                sb.append("; the annotation type ")
                        .append(name)
                        .append(" was not found among the analysed classes (check its name; if it comes from a"
                                + " dependency, it must have @Retention(CLASS) or RUNTIME to select classes)");
            } else if (retention == AnnotationRetention.NOT_AN_ANNOTATION) {
                sb.append("; ").append(name).append(" is not an annotation type");
            }
        });
        return sb.toString();
    }

    private static String selectors(TagDefinition tag) {
        List<String> parts = new ArrayList<>();
        if (!tag.packages().isEmpty()) {
            parts.add("packages " + String.join(", ", tag.packages()));
        }
        if (!tag.classes().isEmpty()) {
            parts.add("classes " + String.join(", ", tag.classes()));
        }
        if (!tag.annotations().isEmpty()) {
            parts.add("annotations " + String.join(", ", tag.annotations()));
        }
        return String.join("; ", parts);
    }

    private static String paths(List<Path> paths) {
        return paths.isEmpty()
                ? "the class directories"
                : paths.stream().map(Path::toString).collect(Collectors.joining(", "));
    }
}
