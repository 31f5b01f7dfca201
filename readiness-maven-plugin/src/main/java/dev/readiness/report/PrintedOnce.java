package dev.readiness.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Remedy snippets (the JaCoCo {@code <plugin>} XML and the like) printed once per build: the first text that holds
 * a snippet keeps it, and every later text gets one line pointing to it instead. One instance per Maven session,
 * shared by every module's execution (also under {@code mvn -T}); thread-safe.
 *
 * <p>A snippet is a run of at least two lines that, stripped, start with {@code <} and end with {@code >}.
 */
public final class PrintedOnce {
    private static final Pattern ARTIFACT = Pattern.compile("<artifactId>([^<]+)</artifactId>");

    private final Set<String> printed = ConcurrentHashMap.newKeySet();

    /**
     * The text with every snippet this instance has already let through replaced by a line pointing to it; the
     * snippets seen for the first time are kept, and remembered.
     */
    public String filter(String text) {
        if (text == null || text.indexOf('<') < 0) {
            return text;
        }
        List<String> lines = text.lines().toList();
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int end = i;
            while (end < lines.size() && isMarkup(lines.get(end))) {
                end++;
            }
            if (end - i >= 2) {
                List<String> snippet = lines.subList(i, end);
                String key =
                        String.join("\n", snippet.stream().map(String::strip).toList());
                if (printed.add(key)) {
                    out.addAll(snippet);
                } else {
                    out.add(indent(snippet.get(0)) + "(the " + name(key) + " snippet printed above)");
                }
                i = end;
            } else {
                out.add(lines.get(i));
                i++;
            }
        }
        return String.join("\n", out) + (text.endsWith("\n") ? "\n" : "");
    }

    /** {@link #filter} of each text. */
    public List<String> filter(List<String> texts) {
        return texts.stream().map(this::filter).toList();
    }

    private static boolean isMarkup(String line) {
        String s = line.strip();
        return s.length() > 1 && s.charAt(0) == '<' && s.charAt(s.length() - 1) == '>';
    }

    private static String indent(String line) {
        return line.substring(0, line.length() - line.stripLeading().length());
    }

    private static String name(String snippet) {
        String first = snippet.lines().findFirst().orElse("");
        int close = first.indexOf('>');
        String element = close > 0 ? first.substring(0, close + 1) : first;
        Matcher m = ARTIFACT.matcher(snippet);
        return (m.find() ? m.group(1) + " " : "") + element;
    }
}
