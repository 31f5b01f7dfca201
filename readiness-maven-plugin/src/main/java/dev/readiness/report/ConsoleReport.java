package dev.readiness.report;

import dev.readiness.assess.Assessment;
import dev.readiness.assess.GateResult;
import dev.readiness.assess.GateStatus;
import dev.readiness.assess.ModuleSummary;
import dev.readiness.assess.Percent;
import dev.readiness.evidence.coverage.CounterKind;
import dev.readiness.history.Trend;
import dev.readiness.history.TrendDirection;
import dev.readiness.policy.ReadinessLevel;
import dev.readiness.text.SafeText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The compact verdict block for the build log (and for the exception message when the build fails). */
public final class ConsoleReport {
    private static final String ROW = "%-30s %-14s %8s %10s %7s %-8s";
    private static final String MODULE_ROW = "  %-28s %-24s %6s %6s %-22s";

    private ConsoleReport() {}

    /**
     * The verdict block: "BLOCKED by" first when blocked, then the gate table, score and level. Every line is
     * {@linkplain SafeText#line safe for a terminal}, and every list is {@linkplain Cap capped}.
     */
    public static List<String> lines(Assessment a) {
        return lines(a, Cap.CONSOLE).stream().map(SafeText::line).toList();
    }

    private static List<String> lines(Assessment a, int listed) {
        List<String> lines = new ArrayList<>();
        lines.add("Readiness of " + a.project().groupId() + ":" + a.project().artifactId() + ":"
                + a.project().version());
        if (a.level() == ReadinessLevel.BLOCKED) {
            lines.add("BLOCKED by:");
            Cap.list(a.blockingIssues(), listed, "blocking issues").forEach(i -> lines.add("  " + i));
        }
        lines.add(String.format(Locale.ROOT, ROW, "gate", "status", "value", "required", "weight", "critical")
                .stripTrailing());
        for (GateResult r :
                a.gates().subList(0, Math.min(Cap.TABLE_ROWS, a.gates().size()))) {
            lines.add(String.format(
                            Locale.ROOT,
                            ROW,
                            r.gate().id(),
                            r.status().name(),
                            r.value() == null ? "-" : Percent.display(r.value()) + " %",
                            ">= " + Percent.plain(r.gate().threshold()) + " %",
                            Percent.plain(r.gate().weight()),
                            r.gate().critical() ? "yes" : "no")
                    .stripTrailing());
        }
        if (a.gates().size() > Cap.TABLE_ROWS) {
            lines.add(Cap.more(a.gates().size() - Cap.TABLE_ROWS, "gates"));
        }
        lines.add(verdictLine(a));
        if (a.trend() != null) {
            lines.add(trendLine(a.trend()));
        }
        if (a.reactor() != null) {
            lines.add("Modules (" + a.reactor().modules().size() + ", reactor order):");
            lines.add(String.format(Locale.ROOT, MODULE_ROW, "module", "own verdict", "unit", "IT", "line coverage")
                    .stripTrailing());
            List<ModuleSummary> modules = a.reactor().modules();
            for (ModuleSummary m : modules.subList(0, Math.min(Cap.TABLE_ROWS, modules.size()))) {
                lines.add(String.format(
                                        Locale.ROOT,
                                        MODULE_ROW,
                                        m.name(),
                                        Texts.moduleVerdict(m),
                                        m.unitTests().total(),
                                        m.integrationTests().total(),
                                        Texts.moduleCoverage(m, CounterKind.LINE))
                                .stripTrailing()
                        + (m.notes().isEmpty() ? "" : "  " + Texts.moduleNotes(m)));
            }
            if (modules.size() > Cap.TABLE_ROWS) {
                lines.add(Cap.more(modules.size() - Cap.TABLE_ROWS, "modules"));
            }
            if (a.reactor().partial()) {
                lines.add("Not in this build: " + String.join(", ", a.reactor().notInBuild()));
            }
        }
        return lines;
    }

    /** One line: score, level, approval, confidence and measured share. */
    public static String verdictLine(Assessment a) {
        String score = a.score() == null ? "n/a (no gate measured)" : Percent.display(a.score());
        long measured = a.gates().stream().filter(r -> r.status().measured()).count();
        long enabled = a.gates().stream()
                .filter(r -> r.status() != GateStatus.DISABLED)
                .count();
        return "Score " + score + " — " + a.level() + " (deployment "
                + (a.deploymentApproved() ? "approved" : "not approved")
                + ", confidence " + a.confidence().jsonName().replace('_', ' ') + "; " + measured + " of " + enabled
                + " gates measured, " + percentOf(a.measuredWeight()) + " % of the weight)";
    }

    /** The score's trend: direction, change since the previous build, range. */
    public static String trendLine(Trend t) {
        if (t.direction() == TrendDirection.INSUFFICIENT_DATA) {
            return "Trend: insufficient data (" + t.count() + " previous scored build" + (t.count() == 1 ? "" : "s")
                    + " in the history; 2 are needed)";
        }
        String delta = t.delta() == null
                ? ""
                : ", " + (t.delta().signum() >= 0 ? "+" : "") + Percent.display(t.delta())
                        + " since the previous build (" + Percent.display(t.previous()) + ")";
        return "Trend: " + t.direction().jsonName() + " vs the mean of the last " + t.count() + " builds" + delta
                + "; range " + Percent.display(t.low()) + "–" + Percent.display(t.high());
    }

    private static String percentOf(BigDecimal share) {
        return Percent.display(share.multiply(BigDecimal.valueOf(100)));
    }
}
