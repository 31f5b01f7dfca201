package dev.readiness.view;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * One thing a reviewer should look at, where it is: a failed gate, a class with missed lines, a failing or flaky test.
 * The code-review views (SARIF, GitHub annotations, GitLab Code Quality, the pull-request comment) render these;
 * {@link Findings} builds them once per model, worst first.
 *
 * @param rule the rule: the gate id, or {@link #FAILING_TEST} / {@link #FLAKY_TEST}
 * @param level how bad: a blocking gate's findings are errors
 * @param kind what the finding is about ({@code gate}, {@code uncovered-class}, {@code failing-test},
 *     {@code uncovered-changed-lines}, {@code surviving-mutant}, {@code flaky-test})
 * @param title a short title, e.g. {@code safety-critical-coverage: com.acme.Saturation}
 * @param message one line: subject, metric, actual, required, or the test's first failure line
 * @param path the file relative to the repository root with {@code /} separators, {@code null} when not known
 * @param lines the line ranges in that file, ascending; empty for the whole file
 * @param identity what makes the finding the same one across builds (gate, class, test — never a line number)
 */
public record Finding(
        String rule,
        Level level,
        String kind,
        String title,
        String message,
        String path,
        List<LineRange> lines,
        String identity) {

    /** The rule of a failing or erroring test. */
    public static final String FAILING_TEST = "failing-test";

    /** The rule of a test that passed only on a rerun. */
    public static final String FLAKY_TEST = "flaky-test";

    /** How bad a finding is, worst first. */
    public enum Level {
        /** Blocks the verdict. */
        ERROR,
        /** Fails a gate that does not block, or a gate not measured. */
        WARNING,
        /** Worth a look (a flaky test). */
        NOTE
    }

    /** Lines {@code start} to {@code end}, both included, 1-based. */
    public record LineRange(int start, int end) {
        public LineRange {
            if (start < 1 || end < start) {
                throw new IllegalArgumentException("not a line range: " + start + "-" + end);
            }
        }

        @Override
        public String toString() {
            return start == end ? Integer.toString(start) : start + "-" + end;
        }
    }

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(identity, "identity");
        lines = List.copyOf(lines);
    }

    /** The first line, or 0 when the finding has none. */
    public int startLine() {
        return lines.isEmpty() ? 0 : lines.get(0).start();
    }

    /** The last line of the first range, or 0 when the finding has none. */
    public int endLine() {
        return lines.isEmpty() ? 0 : lines.get(0).end();
    }

    /** The SHA-256 of the identity, in lower-case hex: the same finding has the same fingerprint in every build. */
    public String fingerprint() {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The line ranges as text, e.g. {@code 31, 40-44}; at most {@code max} ranges, then {@code …}. */
    public String lineText(int max) {
        return lineText(lines, max);
    }

    /** Line ranges as text, e.g. {@code 31, 40-44}; at most {@code max} ranges, then {@code …}. */
    public static String lineText(List<LineRange> lines, int max) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i == max) {
                return sb.append(", …").toString();
            }
            sb.append(i == 0 ? "" : ", ").append(lines.get(i));
        }
        return sb.toString();
    }
}
