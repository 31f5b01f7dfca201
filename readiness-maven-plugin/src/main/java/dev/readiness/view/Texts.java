package dev.readiness.view;

import dev.readiness.assess.Assessment;
import dev.readiness.assess.GateResult;
import dev.readiness.assess.GateStatus;
import dev.readiness.assess.ModuleSummary;
import dev.readiness.assess.Percent;
import dev.readiness.evidence.coverage.Counter;
import dev.readiness.evidence.tests.TestCounts;
import dev.readiness.history.Trend;
import dev.readiness.policy.CounterKind;
import java.math.BigDecimal;

/** The wording of the report model: plain-text pieces, numbers locale-independent ({@link ModelFactory}). */
public final class Texts {
    private Texts() {}

    /** The score with one decimal rounded down, or {@code n/a} when no gate was measured. */
    public static String score(Assessment a) {
        return a.score() == null ? "n/a" : Percent.display(a.score());
    }

    /** A gate's measured value, e.g. {@code 94.9 %}, or {@code -} when not measured. */
    public static String value(GateResult r) {
        return r.value() == null ? "-" : Percent.display(r.value()) + " %";
    }

    /** A gate's requirement, e.g. {@code >= 95 %}. */
    public static String required(GateResult r) {
        return ">= " + Percent.plain(r.gate().threshold()) + " %";
    }

    /** Gates measured of the enabled ones, e.g. {@code 3/8 gates}. */
    public static String measuredCount(Assessment a) {
        long measured = a.gates().stream().filter(r -> r.status().measured()).count();
        long enabled = a.gates().stream()
                .filter(r -> r.status() != GateStatus.DISABLED)
                .count();
        return measured + "/" + enabled + " gates";
    }

    /** Gates measured of the enabled ones, and the measured share of the weight. */
    public static String measured(Assessment a) {
        long measured = a.gates().stream().filter(r -> r.status().measured()).count();
        long enabled = a.gates().stream()
                .filter(r -> r.status() != GateStatus.DISABLED)
                .count();
        return measured + " of " + enabled + " gates measured, "
                + Percent.display(a.measuredWeight().multiply(BigDecimal.valueOf(100))) + " % of the weight";
    }

    /** A module's own verdict, e.g. {@code CONDITIONAL_READY 88.5}, or {@code -} when it has none. */
    public static String moduleVerdict(ModuleSummary m) {
        if (m.verdict() == null) {
            return "-";
        }
        return m.verdict().level().name()
                + (m.verdict().score() == null
                        ? ""
                        : " " + Percent.display(m.verdict().score()));
    }

    /** A module's counter as a percentage with its counts, e.g. {@code 91.2 % (52/57)}, or {@code -}. */
    public static String moduleCoverage(ModuleSummary m, CounterKind kind) {
        if (m.coverage() == null || m.coverage().get(kind).total() == 0) {
            return "-";
        }
        Counter c = m.coverage().get(kind);
        return Percent.display(Percent.of(c.covered(), c.total())) + " % (" + c.covered() + "/" + c.total() + ")";
    }

    /** A module's test cases that did not pass of all, e.g. {@code 40 (1 failed)}. */
    public static String moduleTests(TestCounts c) {
        long notPassed = c.failed() + c.errors();
        return c.total() + (notPassed == 0 ? "" : " (" + notPassed + " not passed)");
    }

    /** A module's notes joined, or an empty string. */
    public static String moduleNotes(ModuleSummary m) {
        return String.join("; ", m.notes());
    }

    /** {@code approved} or {@code not approved}. */
    public static String approval(Assessment a) {
        return a.deploymentApproved() ? "approved" : "not approved";
    }

    /** The confidence in words, e.g. {@code very high}. */
    public static String confidence(Assessment a) {
        return a.confidence().jsonName().replace('_', ' ');
    }

    /**
     * One sentence about a trend, e.g. {@code improving: +3.2 since the previous 84.3 (range 80.1–90.0 over 4
     * previous builds)}.
     */
    public static String trend(Trend t) {
        StringBuilder sb = new StringBuilder(t.direction().jsonName().replace('_', ' '));
        if (t.delta() != null && t.previous() != null) {
            sb.append(": ")
                    .append(signed(t.delta()))
                    .append(" since the previous ")
                    .append(Percent.display(t.previous()));
        } else if (t.previous() != null) {
            sb.append(": previous ").append(Percent.display(t.previous()));
        }
        sb.append(" (");
        if (t.low() != null && t.high() != null) {
            sb.append("range ")
                    .append(Percent.display(t.low()))
                    .append("–")
                    .append(Percent.display(t.high()))
                    .append(", ");
        }
        return sb.append(t.count())
                .append(" previous build")
                .append(t.count() == 1 ? "" : "s")
                .append(')')
                .toString();
    }

    /** {@code +3.2}, {@code -0.4}, {@code 0.0}: one decimal, rounded toward zero. */
    public static String signed(BigDecimal delta) {
        String shown = Percent.display(delta);
        return delta.signum() > 0 ? "+" + shown : shown;
    }

    /**
     * Why the assessment rests on no evidence at all (no test case, no coverage, no measured gate), or {@code null}
     * when some evidence was found. The site report then explains itself instead of showing an empty verdict.
     */
    public static String noEvidence(Assessment a) {
        boolean measured = a.gates().stream().anyMatch(r -> r.status().measured());
        if (measured
                || a.tests().all().total() > 0
                || a.tests().malformedReports() > 0
                || a.coverage().available()) {
            return null;
        }
        return "no evidence was found: no Surefire or Failsafe test case, no JaCoCo execution data and no measured"
                + " gate; run the tests with coverage first, e.g. mvn verify site (with jacoco-maven-plugin's"
                + " prepare-agent goal), or point the readiness.* locations at the reports ("
                + firstSentence(a.coverage().missingReason()) + ")";
    }

    private static String firstSentence(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        int end = line.indexOf(". ");
        return end < 0 ? line : line.substring(0, end + 1);
    }
}
