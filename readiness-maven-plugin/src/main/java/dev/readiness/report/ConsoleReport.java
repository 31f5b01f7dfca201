package dev.readiness.report;

import dev.readiness.assess.Assessment;
import dev.readiness.assess.GateStatus;
import dev.readiness.history.Trend;
import dev.readiness.policy.ReadinessLevel;
import dev.readiness.text.SafeText;
import dev.readiness.view.ReportModel;
import dev.readiness.view.ReportModel.GateRow;
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
        return lines(ReportModel.of(a, null));
    }

    /** The verdict block of a model (see {@link #lines(Assessment)}). */
    public static List<String> lines(ReportModel m) {
        return block(m).stream().map(SafeText::line).toList();
    }

    private static List<String> block(ReportModel a) {
        ReportModel.Verdict v = a.verdict();
        List<String> lines = new ArrayList<>();
        lines.add("Readiness of " + v.coordinates());
        if (v.level() == ReadinessLevel.BLOCKED) {
            lines.add("BLOCKED by:");
            Cap.list(a.blockingIssues(), Cap.CONSOLE, "blocking issues").forEach(i -> lines.add("  " + i));
        }
        lines.add(String.format(Locale.ROOT, ROW, "gate", "status", "value", "required", "weight", "critical")
                .stripTrailing());
        for (GateRow r : a.gates().subList(0, Math.min(Cap.TABLE_ROWS, a.gates().size()))) {
            lines.add(String.format(
                            Locale.ROOT,
                            ROW,
                            r.id(),
                            r.status().name(),
                            r.valueText(),
                            r.requiredText(),
                            r.weightText(),
                            r.critical() ? "yes" : "no")
                    .stripTrailing());
        }
        if (a.gates().size() > Cap.TABLE_ROWS) {
            lines.add(Cap.more(a.gates().size() - Cap.TABLE_ROWS, "gates"));
        }
        lines.add(v.consoleLine());
        if (v.nonBlockingFailures() != null) {
            lines.add(v.nonBlockingFailures());
        }
        if (a.tests().all().total() > 0) {
            lines.add("Tests: " + a.tests().totalsText());
            a.tests().notPassedLines().forEach(l -> lines.add("  " + l));
            a.tests().flakyLines().forEach(l -> lines.add("  " + l));
        }
        if (a.evidence() != null) {
            lines.add(a.evidence().line());
        }
        ChangedLinesSection.console(lines, a.changedLines());
        if (a.trend() != null) {
            lines.add(a.trend().consoleLine());
        }
        if (a.reactor() != null) {
            modules(lines, a.reactor());
        }
        return lines;
    }

    private static void modules(List<String> lines, ReportModel.Reactor reactor) {
        List<ReportModel.Module> modules = reactor.modules();
        lines.add("Modules (" + modules.size() + ", reactor order):");
        lines.add(String.format(Locale.ROOT, MODULE_ROW, "module", "own verdict", "unit", "IT", "line coverage")
                .stripTrailing());
        for (ReportModel.Module m : modules.subList(0, Math.min(Cap.TABLE_ROWS, modules.size()))) {
            lines.add(String.format(
                                    Locale.ROOT,
                                    MODULE_ROW,
                                    m.name(),
                                    m.verdictText(),
                                    m.unitTests().total(),
                                    m.integrationTests().total(),
                                    m.lineCoverageText())
                            .stripTrailing()
                    + (m.notes().isEmpty() ? "" : "  " + m.notesText()));
        }
        if (modules.size() > Cap.TABLE_ROWS) {
            lines.add(Cap.more(modules.size() - Cap.TABLE_ROWS, "modules"));
        }
        if (reactor.partial()) {
            lines.add("Not in this build: " + String.join(", ", reactor.notInBuild()));
        }
    }

    /**
     * The one line a module of an aggregated reactor prints during its build: its own level and score and that the
     * reactor verdict follows, instead of its gate table and warnings (they are in its reports, and the reactor verdict
     * says what is true of the module in the reactor).
     */
    public static String moduleLine(Assessment a) {
        return moduleLine(ReportModel.of(a, null));
    }

    /** The module line of a model (see {@link #moduleLine(Assessment)}). */
    public static String moduleLine(ReportModel m) {
        ReportModel.Verdict v = m.verdict();
        return SafeText.line("Module " + v.artifactId() + ": " + v.level() + ", " + scored(v) + " ("
                + v.measuredOfEnabled() + " gates measured); its own verdict, not enforced — the reactor verdict"
                + " follows after the last module");
    }

    /**
     * The line that stands for a reactor verdict whose whole block the build's error carries (CI shows the final
     * error; printing the block twice only makes the log longer).
     */
    public static String reactorVerdictInError(Assessment a, ReadinessLevel minimum) {
        return reactorVerdictInError(ReportModel.of(a, null), minimum);
    }

    /** The reactor line of a model (see {@link #reactorVerdictInError(Assessment, ReadinessLevel)}). */
    public static String reactorVerdictInError(ReportModel m, ReadinessLevel minimum) {
        ReportModel.Verdict v = m.verdict();
        return SafeText.line("Reactor verdict: " + v.level() + ", " + scored(v) + ", below the required " + minimum
                + " — the verdict and what to fix follow below");
    }

    /**
     * The line that stands for a module's own verdict whose whole block follows below, in the build's error (or, with
     * {@code readiness.failOnViolation=false}, as warnings): the block is printed once, where CI shows it.
     */
    public static String verdictInError(Assessment a, ReadinessLevel minimum) {
        return verdictInError(ReportModel.of(a, null), minimum);
    }

    /** The line of a model (see {@link #verdictInError(Assessment, ReadinessLevel)}). */
    public static String verdictInError(ReportModel m, ReadinessLevel minimum) {
        ReportModel.Verdict v = m.verdict();
        return SafeText.line("Verdict of " + v.artifactId() + ": " + v.level() + ", " + scored(v)
                + ", below the required " + minimum + " — the verdict and what to fix follow below");
    }

    private static String scored(ReportModel.Verdict v) {
        return v.score() == null ? "no gate measured" : "score " + v.scoreText();
    }

    /** One line: score, level, approval, confidence and measured share. */
    public static String verdictLine(Assessment a) {
        return ReportModel.of(a, null).verdict().consoleLine();
    }

    /** The score's trend: direction, change since the previous build, range. */
    public static String trendLine(Trend t) {
        return ReportModel.trend(t).consoleLine();
    }

    /**
     * The WARNING lines after the verdict: each failed or inconclusive gate's message, then the evidence warnings,
     * each list capped at {@link Cap#CONSOLE} with a line naming how many more are in readiness.json.
     */
    public static List<String> warnings(Assessment a) {
        return warnings(ReportModel.of(a, null));
    }

    /** The WARNING lines of a model (see {@link #warnings(Assessment)}). */
    public static List<String> warnings(ReportModel m) {
        List<String> failed = m.gates().stream()
                .filter(r -> r.status() == GateStatus.FAILED || r.status() == GateStatus.INCONCLUSIVE)
                .map(GateRow::message)
                .toList();
        List<String> lines = new ArrayList<>(Cap.list(failed, Cap.CONSOLE, "failed or inconclusive gates"));
        lines.addAll(Cap.list(m.warnings(), Cap.CONSOLE, "warnings"));
        return lines;
    }
}
