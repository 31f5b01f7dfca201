package dev.readiness.report;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Shows paths inside the project relative to its root in a rendered report: the engine's messages name the
 * locations it read as absolute paths ({@code nothing matches target/jacoco*.exec in /home/runner/work/acme}), which
 * on CI are long, differ from machine to machine and tell a reader nothing the relative path does not. A path under
 * the root loses the root and its separator ({@code /home/runner/work/acme/target/x} becomes {@code target/x}), the
 * root itself becomes {@code .}, and a path outside the root stays absolute. A match must be a whole path element:
 * {@code /work/acme2} is not under {@code /work/acme}. Pure and thread-safe.
 */
public final class ProjectPaths {
    private ProjectPaths() {}

    /**
     * The rendered text with the project root, in the form the renderer's escaping gives it, cut from every path
     * under it.
     *
     * @param rendered the report as rendered (already escaped)
     * @param root the project root (for a reactor verdict the reactor root), or {@code null} to change nothing
     * @param escape the escaping the renderer applied to every text ({@link Escape#html}, {@link Escape#markdown})
     * @return the report with relative paths
     */
    public static String relativise(String rendered, Path root, UnaryOperator<String> escape) {
        if (rendered == null || root == null) {
            return rendered;
        }
        Path abs = root.toAbsolutePath().normalize();
        if (abs.getNameCount() == 0) {
            return rendered; // the file system root: every path is under it, cutting it would only lose information
        }
        Set<String> forms = new LinkedHashSet<>();
        forms.add(abs.toString());
        forms.add(abs.toString().replace('\\', '/')); // a Windows path written with forward slashes
        String out = rendered;
        for (String form : forms) {
            out = cut(out, escape.apply(form), escape.apply("/"), escape.apply("\\"));
        }
        return out;
    }

    private static String cut(String text, String root, String slash, String backslash) {
        StringBuilder sb = new StringBuilder(text.length());
        int from = 0;
        int at;
        while ((at = text.indexOf(root, from)) >= 0) {
            sb.append(text, from, at);
            int end = at + root.length();
            if (at > 0 && pathChar(text.charAt(at - 1))) {
                sb.append(root); // inside a longer path, e.g. /x/work/acme
            } else if (text.startsWith(slash, end) || text.startsWith(backslash, end)) {
                int sep = text.startsWith(slash, end) ? slash.length() : backslash.length();
                if (end + sep < text.length() && pathChar(text.charAt(end + sep))) {
                    end += sep; // root/target/x → target/x
                } else {
                    sb.append('.'); // "root/" at the end of a sentence
                }
            } else if (end < text.length() && nameChar(text.charAt(end))) {
                sb.append(root); // a sibling such as /work/acme2
            } else {
                sb.append('.');
            }
            from = end;
        }
        return sb.append(text, from, text.length()).toString();
    }

    /** A character of a path: a file name's or a separator. */
    private static boolean pathChar(char c) {
        return nameChar(c) || c == '/' || c == '\\';
    }

    /**
     * A character that continues a file name. A backslash after the root is not one: it is the renderer's escape of
     * what follows (Markdown {@code \)}), a separator in its escaped form having been matched before.
     */
    private static boolean nameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_';
    }
}
