package dev.readiness.report;

import dev.readiness.assess.Assessment;
import dev.readiness.assess.EvidenceScope;
import dev.readiness.assess.GateResult;
import dev.readiness.assess.GateStatus;
import dev.readiness.assess.ModuleSummary;
import dev.readiness.assess.Percent;
import dev.readiness.evidence.StaleEvidence;
import dev.readiness.evidence.coverage.ExecSession;
import dev.readiness.history.Trend;
import dev.readiness.history.TrendDirection;
import dev.readiness.policy.CounterKind;
import dev.readiness.policy.ReadinessLevel;
import dev.readiness.text.SafeText;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

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
        String nonBlocking = TestNames.nonBlockingFailures(a);
        if (nonBlocking != null) {
            lines.add(nonBlocking);
        }
        lines.addAll(testLines(a));
        String evidence = evidenceLine(a);
        if (evidence != null) {
            lines.add(evidence);
        }
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

    /**
     * The test totals (skipped and disabled stated), then the failing and erroring tests and the flaky ones by name
     * with their first message line — also when every gate passes (see {@link TestNames}).
     */
    static List<String> testLines(Assessment a) {
        List<String> lines = new ArrayList<>();
        if (a.tests().all().total() == 0) {
            return lines;
        }
        lines.add("Tests: " + TestNames.totals(a.tests()));
        TestNames.notPassed(a.tests()).forEach(l -> lines.add("  " + l));
        TestNames.flaky(a.tests()).forEach(l -> lines.add("  " + l));
        return lines;
    }

    /** Which evidence was counted: sessions and reports of this build, what was left out; {@code null} if unknown. */
    static String evidenceLine(Assessment a) {
        EvidenceScope scope = a.scope();
        if (scope == null) {
            return null;
        }
        List<ExecSession> counted = a.coverage().countedSessions();
        long staleSessions = a.coverage().staleSessions().size();
        String rule = scope.buildStart() != null
                ? "this build (started " + scope.buildStart() + ")"
                : "the newest test run (readiness ran on its own)";
        StringBuilder sb = new StringBuilder("Evidence of ").append(rule).append(": ");
        if (scope.surefireSkippedBy() != null) {
            sb.append("tests skipped (").append(scope.surefireSkippedBy()).append(")");
        } else {
            sb.append(counted.size()).append(" JaCoCo session").append(counted.size() == 1 ? "" : "s");
            Instant first = counted.stream()
                    .map(ExecSession::start)
                    .filter(Objects::nonNull)
                    .min(Comparator.naturalOrder())
                    .orElse(null);
            Instant last = counted.stream()
                    .map(ExecSession::dump)
                    .filter(Objects::nonNull)
                    .max(Comparator.naturalOrder())
                    .orElse(null);
            if (first != null && last != null) {
                sb.append(" (").append(first).append(" – ").append(last).append(')');
            }
            sb.append(", ")
                    .append(scope.reportFiles())
                    .append(" test report file")
                    .append(scope.reportFiles() == 1 ? "" : "s");
        }
        String fate = scope.staleEvidence() == StaleEvidence.WARN ? "counted although stale" : "left out as stale";
        if (staleSessions > 0 || !scope.staleReports().isEmpty()) {
            sb.append("; ")
                    .append(fate)
                    .append(": ")
                    .append(staleSessions)
                    .append(" session")
                    .append(staleSessions == 1 ? "" : "s")
                    .append(", ")
                    .append(scope.staleReports().size())
                    .append(" report file")
                    .append(scope.staleReports().size() == 1 ? "" : "s");
        }
        return sb.toString();
    }

    /**
     * The one line a module of an aggregated reactor prints during its build: its own level and score and that the
     * reactor verdict follows, instead of its gate table and warnings (they are in its reports, and the reactor verdict
     * says what is true of the module in the reactor).
     */
    public static String moduleLine(Assessment a) {
        String score = a.score() == null ? "no gate measured" : "score " + Percent.display(a.score());
        return SafeText.line("Module " + a.project().artifactId() + ": " + a.level() + ", " + score + " ("
                + measuredGates(a) + " gates measured); its own verdict, not enforced — the reactor verdict follows"
                + " after the last module");
    }

    /**
     * The line that stands for a reactor verdict whose whole block the build's error carries (CI shows the final
     * error; printing the block twice only makes the log longer).
     */
    public static String reactorVerdictInError(Assessment a, ReadinessLevel minimum) {
        String score = a.score() == null ? "no gate measured" : "score " + Percent.display(a.score());
        return SafeText.line("Reactor verdict: " + a.level() + ", " + score + ", below the required " + minimum
                + " — the verdict and what to fix follow below");
    }

    private static String measuredGates(Assessment a) {
        long measured = a.gates().stream().filter(r -> r.status().measured()).count();
        long enabled = a.gates().stream()
                .filter(r -> r.status() != GateStatus.DISABLED)
                .count();
        return measured + " of " + enabled;
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

    /**
     * The WARNING lines after the verdict: each failed or inconclusive gate's message, then the evidence warnings,
     * each list capped at {@link Cap#CONSOLE} with a line naming how many more are in readiness.json.
     */
    public static List<String> warnings(Assessment a) {
        List<String> failed = a.gates().stream()
                .filter(r -> r.status() == GateStatus.FAILED || r.status() == GateStatus.INCONCLUSIVE)
                .map(GateResult::message)
                .toList();
        List<String> lines = new ArrayList<>(Cap.list(failed, Cap.CONSOLE, "failed or inconclusive gates"));
        lines.addAll(Cap.list(a.warnings(), Cap.CONSOLE, "warnings"));
        return lines;
    }
}
