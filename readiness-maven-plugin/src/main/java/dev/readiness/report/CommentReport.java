package dev.readiness.report;

import static dev.readiness.report.Escape.markdown;

import dev.readiness.assess.GateStatus;
import dev.readiness.text.SafeText;
import dev.readiness.view.Finding;
import dev.readiness.view.ReportModel;
import dev.readiness.view.ReportModel.GateRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders the {@link ReportModel} as a pull-request comment ({@code readiness-comment.md}): the verdict line, the
 * gates that did not pass, the top findings with their files and lines, and the trend — a compact variant of
 * {@code readiness.md} that stays under GitHub's comment limit of {@value #LIMIT} characters: findings that do not fit
 * are cut, and a last line says how many and where all of them are. Everything from the evidence is escaped
 * ({@link Escape#markdown}).
 */
public final class CommentReport {
    /** GitHub's limit of a comment body, in characters. */
    public static final int LIMIT = 65_536;

    /** Findings listed at most. */
    public static final int TOP_FINDINGS = 20;

    /** Longest list item, in code points, before escaping. */
    static final int MAX_ITEM = 400;

    private final Path root;
    private final int limit;

    /** @param root paths under it are shown relative to it ({@link ProjectPaths}), {@code null} to keep them */
    public CommentReport(Path root) {
        this(root, LIMIT);
    }

    CommentReport(Path root, int limit) {
        this.root = root;
        this.limit = limit;
    }

    /** The comment, ending with a newline, at most {@link #LIMIT} characters. */
    public String render(ReportModel m) {
        ReportModel.Verdict v = m.verdict();
        StringBuilder head = new StringBuilder();
        head.append("## ")
                .append(MarkdownReport.icon(v.level()))
                .append(" Readiness: ")
                .append(v.level().name())
                .append(" — score ")
                .append(v.scoreText())
                .append("\n\n**")
                .append(markdown(v.coordinates()))
                .append("**: deployment ")
                .append(v.approval())
                .append(", confidence ")
                .append(v.confidenceText())
                .append("; ")
                .append(markdown(v.measured()))
                .append(".\n\n");
        if (m.trend() != null) {
            head.append("Trend: ").append(markdown(m.trend().text())).append(".\n\n");
        }
        List<GateRow> notPassed = m.gates().stream()
                .filter(r -> r.status() == GateStatus.FAILED || r.status() == GateStatus.MISSING || r.blocking())
                .toList();
        if (notPassed.isEmpty()) {
            head.append("Every measured gate passed.\n\n");
        } else {
            head.append("| Gate | Status | Value | Required |\n| --- | --- | ---: | ---: |\n");
            for (GateRow r : notPassed.subList(0, Math.min(Cap.TABLE_ROWS, notPassed.size()))) {
                head.append("| ")
                        .append(markdown(r.id()))
                        .append(" | ")
                        .append(MarkdownReport.status(r))
                        .append(" | ")
                        .append(markdown(r.valueText()))
                        .append(" | ")
                        .append(markdown(r.requiredText()))
                        .append(" |\n");
            }
            head.append('\n');
        }
        String tail = "<sub>All findings: readiness.sarif; the full report: readiness.html.</sub>\n";
        List<String> items = new ArrayList<>();
        for (Finding f : m.findings()) {
            items.add("- " + item(f) + "\n");
        }
        StringBuilder body = new StringBuilder();
        if (!items.isEmpty()) {
            body.append("### Findings\n\n");
        }
        int listed = 0;
        for (String item : items) {
            String cut = cutLine(items.size() - listed);
            boolean last = listed + 1 == items.size();
            int needed = head.length() + body.length() + item.length() + (last ? 0 : cut.length()) + tail.length() + 1;
            if (listed == TOP_FINDINGS || needed > limit) {
                break;
            }
            body.append(item);
            listed++;
        }
        if (listed < items.size()) {
            body.append(cutLine(items.size() - listed));
        }
        if (!items.isEmpty()) {
            body.append('\n');
        }
        String out = ProjectPaths.relativise(head.toString() + body + tail, root, Escape::markdown);
        if (out.length() <= limit) {
            return out;
        }
        int end = limit - 2; // a head longer than the limit (hundreds of failing gates): cut it, never split a pair
        if (Character.isHighSurrogate(out.charAt(end - 1))) {
            end--;
        }
        return out.substring(0, end) + "\n";
    }

    private static String cutLine(int more) {
        return "\n…and " + more + " more finding" + (more == 1 ? "" : "s")
                + " not listed here (a comment holds at most " + TOP_FINDINGS + " and " + LIMIT
                + " characters); all of them are in readiness.sarif.\n";
    }

    private static String item(Finding f) {
        String where =
                f.path() == null ? "" : " — " + markdown(f.path() + (f.lines().isEmpty() ? "" : ":" + f.lineText(5)));
        String rule = f.message().startsWith(f.rule() + ":") ? "" : markdown(f.rule()) + ": ";
        return "**" + f.level().name().toLowerCase(Locale.ROOT) + "** " + rule
                + markdown(SafeText.truncate(f.message(), MAX_ITEM)) + where;
    }
}
