package dev.readiness.report;

import dev.readiness.text.SafeText;
import dev.readiness.view.Finding;
import dev.readiness.view.ReportModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The findings as GitHub Actions workflow commands ({@code ::error file=…,line=…,endLine=…,title=…::message}), which
 * the runner turns into annotations on the run and on the lines of the pull request. GitHub shows at most
 * {@value Budget#PER_KIND} error, {@value Budget#PER_KIND} warning and {@value Budget#PER_KIND} notice annotations per
 * step and {@value Budget#PER_JOB} per job and drops the rest silently, so the worst findings go first, the
 * {@link Budget} (one per build, shared by every module) stops at the limits, and one notice says how many were left
 * out and where all of them are.
 *
 * <p>Everything from the evidence is escaped as the runner unescapes it: in the message {@code %}, CR and LF; in a
 * property also {@code :} and {@code ,}. Each command is one line starting with {@code ::}, so a test name holding
 * {@code ::error} or a line break cannot start a command of its own.
 */
public final class GithubAnnotations {
    /** Longest title, in code points. */
    static final int MAX_TITLE = 200;

    private GithubAnnotations() {}

    /**
     * How many annotations a build may still print: {@value #PER_KIND} of each kind per step, {@value #PER_JOB} in
     * all. One instance per build (the Maven session), shared by its modules; thread-safe.
     */
    public static final class Budget {
        /** Annotations of one kind (error, warning, notice) GitHub shows per step. */
        public static final int PER_KIND = 10;

        /** Annotations GitHub shows per job. */
        public static final int PER_JOB = 50;

        private final Map<Finding.Level, Integer> used = new EnumMap<>(Finding.Level.class);
        private int total;

        /** Takes one annotation of the level when the limits allow it; a note leaves one notice for the summary. */
        synchronized boolean take(Finding.Level level) {
            int n = used.getOrDefault(level, 0);
            int max = level == Finding.Level.NOTE ? PER_KIND - 1 : PER_KIND;
            if (n >= max || total >= PER_JOB - 1) {
                return false;
            }
            used.put(level, n + 1);
            total++;
            return true;
        }

        /** Takes the summary notice (always printed: it is what tells the reader annotations are missing). */
        synchronized void takeSummary() {
            used.merge(Finding.Level.NOTE, 1, Integer::sum);
            total++;
        }
    }

    /**
     * The workflow commands of the model's findings, worst first, as many as the budget allows, then a notice when
     * some were left out.
     *
     * @param fullList where every finding is, e.g. {@code target/readiness/readiness.sarif}
     * @param root paths under it in the messages are printed relative to it, {@code null} to keep them
     */
    public static List<String> lines(ReportModel m, Budget budget, String fullList, Path root) {
        List<String> lines = new ArrayList<>();
        int left = 0;
        for (Finding f : m.findings()) {
            if (budget.take(f.level())) {
                lines.add(command(f, ProjectPaths.relativise(f.message(), root, t -> t)));
            } else {
                left++;
            }
        }
        if (left > 0) {
            budget.takeSummary();
            lines.add("::notice title=" + property("readiness: " + left + " more findings") + "::"
                    + data(left + " more readiness finding" + (left == 1 ? " was" : "s were") + " not annotated (GitHub"
                            + " shows " + Budget.PER_KIND + " error and " + Budget.PER_KIND + " warning annotations"
                            + " per step); all " + m.findings().size() + " findings of "
                            + m.verdict().coordinates() + " are in " + fullList));
        }
        return List.copyOf(lines);
    }

    static String command(Finding f, String message) {
        StringBuilder sb = new StringBuilder("::").append(kind(f.level())).append(' ');
        if (f.path() != null) {
            sb.append("file=").append(property(f.path())).append(',');
            if (f.startLine() > 0) {
                sb.append("line=").append(f.startLine()).append(',');
                if (f.endLine() > f.startLine()) {
                    sb.append("endLine=").append(f.endLine()).append(',');
                }
            }
        }
        sb.append("title=").append(property(SafeText.truncate(f.title(), MAX_TITLE)));
        return sb.append("::").append(data(message)).toString();
    }

    private static String kind(Finding.Level level) {
        return switch (level) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "notice";
        };
    }

    /** Workflow-command data: {@code %}, CR and LF percent-encoded, as the runner decodes them. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A workflow-command property value: as {@link #data}, and {@code :} and {@code ,} too. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
