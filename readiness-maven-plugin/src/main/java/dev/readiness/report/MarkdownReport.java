package dev.readiness.report;

import static dev.readiness.report.Escape.markdown;

import dev.readiness.assess.Assessment;
import dev.readiness.assess.GateStatus;
import dev.readiness.policy.ReadinessLevel;
import dev.readiness.text.SafeText;
import dev.readiness.view.ReportModel;
import dev.readiness.view.ReportModel.GateRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders the {@link ReportModel} as {@code readiness.md}: a compact summary fit for a pull-request comment and the
 * GitHub Actions step summary. Deterministic and locale-independent; everything from the evidence is escaped
 * ({@link Escape#markdown}).
 */
public final class MarkdownReport {
    /** Longest list item, in characters; longer ones are cut with an ellipsis (the full text is in the HTML). */
    public static final int MAX_ITEM = 300;

    /** Recommendations listed; the rest are in readiness.json and readiness.html. */
    public static final int TOP_RECOMMENDATIONS = 5;

    private final Path root;

    /** A renderer that shows paths as the engine wrote them (absolute where it resolved them). */
    public MarkdownReport() {
        this(null);
    }

    /**
     * A renderer that shows paths under the project root relative to it ({@link ProjectPaths}).
     *
     * @param root the project root (for a reactor verdict the reactor root), or {@code null} to keep paths as written
     */
    public MarkdownReport(Path root) {
        this.root = root;
    }

    /** The Markdown summary, ending with a newline. */
    public String render(Assessment a) {
        return render(ReportModel.of(a, root));
    }

    /** The Markdown summary of a model, ending with a newline. */
    public String render(ReportModel m) {
        return ProjectPaths.relativise(summary(m), root, Escape::markdown);
    }

    private static String summary(ReportModel a) {
        ReportModel.Verdict v = a.verdict();
        StringBuilder sb = new StringBuilder();
        sb.append("## ")
                .append(icon(v.level()))
                .append(" Readiness: ")
                .append(v.level().name())
                .append(" — score ")
                .append(v.scoreText())
                .append("\n\n");
        sb.append("**")
                .append(markdown(v.coordinates()))
                .append("**: deployment ")
                .append(v.approval())
                .append(", confidence ")
                .append(v.confidenceText())
                .append("; ")
                .append(v.measured())
                .append('.');
        if (v.commit() != null) {
            sb.append(" Commit ").append(markdown(v.commit()));
            if (v.branch() != null) {
                sb.append(" on ").append(markdown(v.branch()));
            }
            sb.append('.');
        }
        sb.append("\n\n");
        if (a.trend() != null) {
            sb.append("Trend: ").append(markdown(a.trend().text())).append(".\n\n");
        }
        String nonBlocking = v.nonBlockingFailures();
        if (nonBlocking != null) {
            sb.append(markdown(nonBlocking)).append("\n\n");
        }

        sb.append("| Gate | Status | Value | Required | Weight | Critical |\n");
        sb.append("| --- | --- | ---: | ---: | ---: | :---: |\n");
        for (GateRow r : a.gates().subList(0, Math.min(Cap.TABLE_ROWS, a.gates().size()))) {
            sb.append("| ")
                    .append(markdown(r.id()))
                    .append(" | ")
                    .append(status(r))
                    .append(" | ")
                    .append(markdown(r.valueText()))
                    .append(" | ")
                    .append(markdown(r.requiredText()))
                    .append(" | ")
                    .append(markdown(r.weightText()))
                    .append(" | ")
                    .append(r.critical() ? "yes" : "no")
                    .append(" |\n");
        }
        if (a.gates().size() > Cap.TABLE_ROWS) {
            sb.append('\n')
                    .append(markdown(Cap.more(a.gates().size() - Cap.TABLE_ROWS, "gates")))
                    .append('\n');
        }
        sb.append('\n');

        ChangedLinesSection.appendMarkdown(sb, a.changedLines());
        if (a.reactor() != null) {
            modules(sb, a.reactor());
        }
        if (!a.blockingIssues().isEmpty()) {
            sb.append("### Blocking issues\n\n");
            Cap.list(a.blockingIssues(), Cap.MARKDOWN, "blocking issues")
                    .forEach(i -> sb.append("- ").append(item(i)).append('\n'));
            sb.append('\n');
        }
        if (!a.recommendations().isEmpty()) {
            sb.append("### Top recommendations\n\n");
            int n = 0;
            for (String r : a.recommendations()) {
                if (n == TOP_RECOMMENDATIONS) {
                    sb.append("\n…and ")
                            .append(a.recommendations().size() - TOP_RECOMMENDATIONS)
                            .append(" more in readiness.html.\n");
                    break;
                }
                sb.append(++n).append(". ").append(item(r)).append('\n');
            }
            sb.append('\n');
        }
        tests(sb, a);
        if (a.mutation() != null) {
            mutation(sb, a.mutation());
        }
        if (!a.warnings().isEmpty()) {
            sb.append("### Evidence warnings\n\n");
            Cap.list(a.warnings(), Cap.MARKDOWN, "warnings")
                    .forEach(w -> sb.append("- ").append(item(w)).append('\n'));
            sb.append('\n');
        }
        sb.append("<sub>readiness.json schema ")
                .append(JsonReport.SCHEMA_VERSION)
                .append("</sub>\n");
        return sb.toString();
    }

    private static void modules(StringBuilder sb, ReportModel.Reactor r) {
        sb.append("### Modules\n\n");
        sb.append(
                "| Module | Own verdict | Unit tests | Integration tests | Line coverage | Branch coverage | Notes |\n");
        sb.append("| --- | --- | ---: | ---: | ---: | ---: | --- |\n");
        for (ReportModel.Module m :
                r.modules().subList(0, Math.min(Cap.TABLE_ROWS, r.modules().size()))) {
            sb.append("| ")
                    .append(markdown(m.name()))
                    .append(" | ")
                    .append(markdown(m.verdictText()))
                    .append(" | ")
                    .append(markdown(m.unitTestsText()))
                    .append(" | ")
                    .append(markdown(m.integrationTestsText()))
                    .append(" | ")
                    .append(markdown(m.lineCoverageText()))
                    .append(" | ")
                    .append(markdown(m.branchCoverageText()))
                    .append(" | ")
                    .append(markdown(m.notesText()))
                    .append(" |\n");
        }
        if (r.modules().size() > Cap.TABLE_ROWS) {
            sb.append('\n')
                    .append(markdown(Cap.more(r.modules().size() - Cap.TABLE_ROWS, "modules")))
                    .append('\n');
        }
        if (r.partial()) {
            sb.append("\nNot in this build: ")
                    .append(markdown(String.join(", ", r.notInBuild())))
                    .append('\n');
        }
        sb.append('\n');
    }

    /** The test totals, then the failing, erroring and flaky tests by name (also when every gate passes). */
    private static void tests(StringBuilder sb, ReportModel a) {
        if (a.tests().all().total() == 0) {
            return;
        }
        sb.append("### Tests\n\n")
                .append(markdown("Tests: " + a.tests().totalsText()))
                .append(".\n\n");
        List<String> named = new ArrayList<>(a.tests().notPassedLines());
        named.addAll(a.tests().flakyLines());
        if (!named.isEmpty()) {
            named.forEach(line -> sb.append("- ").append(item(line)).append('\n'));
            sb.append('\n');
        }
    }

    private static void mutation(StringBuilder sb, ReportModel.Mutation m) {
        sb.append("### Mutation testing (PIT)\n\n").append(item(m.summary())).append(".\n\n");
        if (!m.available()) {
            return;
        }
        if (!m.tags().isEmpty()) {
            sb.append("| Tag | Mutants | Detected | Covered |\n| --- | ---: | ---: | ---: |\n");
            for (ReportModel.MutationTag t : m.tags()) {
                sb.append("| ")
                        .append(markdown(t.tag()))
                        .append(" | ")
                        .append(t.total())
                        .append(" | ")
                        .append(t.detected())
                        .append(" | ")
                        .append(t.covered())
                        .append(" |\n");
            }
            sb.append('\n');
        }
        mutants(sb, "Surviving mutants", m.survivors(), m.survivorsTotal());
        mutants(sb, "Mutants without test coverage", m.noCoverage(), m.noCoverageTotal());
    }

    private static void mutants(StringBuilder sb, String title, List<ReportModel.MutantRow> rows, long total) {
        if (rows.isEmpty()) {
            return;
        }
        sb.append("**").append(title).append("** (").append(total).append(", worst classes first):\n\n");
        List<String> lines =
                rows.stream().map(r -> r.className() + ": " + r.text()).toList();
        List<String> shown = Cap.list(lines, Cap.MARKDOWN, "mutants");
        shown.forEach(line -> sb.append("- ").append(item(line)).append('\n'));
        if (total > rows.size() && lines.size() <= Cap.MARKDOWN) {
            sb.append("- ")
                    .append(item(Cap.more((int) (total - rows.size()), "mutants")))
                    .append('\n');
        }
        sb.append('\n');
    }

    /** One escaped list item, cut before escaping so an entity or escape is never split. */
    private static String item(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return markdown(SafeText.truncate(oneLine, MAX_ITEM));
    }

    static String status(GateRow r) {
        String mark = switch (r.status()) {
            case PASSED -> "✅";
            case FAILED -> r.blocking() ? "⛔" : "❌";
            case MISSING -> r.blocking() ? "⛔" : "⚠️";
            case NOT_CONFIGURED, DISABLED, SKIPPED -> "➖";
            case INCONCLUSIVE -> "❔";
        };
        String text = r.status().name();
        if (r.status() == GateStatus.MISSING && r.blocking()) {
            text += " (blocking)";
        }
        return mark + " " + text;
    }

    static String icon(ReadinessLevel level) {
        return switch (level) {
            case PRODUCTION_READY -> "🟢";
            case CONDITIONAL_READY -> "🟡";
            case NEEDS_IMPROVEMENT -> "🟠";
            case NOT_READY, BLOCKED -> "🔴";
        };
    }
}
