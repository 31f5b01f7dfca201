package dev.readiness.text;

/**
 * Neutralises text that comes from evidence, a committed history file or a test's output before it is shown.
 *
 * <p>A terminal acts on control characters: ESC starts a sequence that can clear the screen, recolour or retitle it,
 * CR returns to the start of the line so a later text overwrites a warning, BEL rings. Bidirectional controls reorder
 * what is displayed. None of them belongs in a log line, so they are replaced by {@code ?}. A lone surrogate (half of a
 * character outside the Basic Multilingual Plane, e.g. from a message cut by {@code char}) cannot be encoded in UTF-8
 * and is replaced by U+FFFD. Methods are pure and thread-safe.
 */
public final class SafeText {
    /** What a neutralised control character becomes. */
    static final char CONTROL = '?';

    /** What a lone surrogate becomes. */
    static final char REPLACEMENT = '\uFFFD';

    private SafeText() {}

    /**
     * One line safe for a terminal: line breaks and tabs become spaces, other control characters {@code ?}, lone
     * surrogates U+FFFD. {@code null} stays {@code null}.
     */
    public static String line(String text) {
        return clean(text, false);
    }

    /** Like {@link #line} but keeps the {@code \n} line breaks of a multi-line text (a CR is dropped before one). */
    public static String lines(String text) {
        return clean(text, true);
    }

    /**
     * At most {@code max} code points of the text, the last replaced by {@code …} when cut; never splits a surrogate
     * pair. Lone surrogates are kept (see {@link #line} to replace them).
     */
    public static String truncate(String text, int max) {
        if (text == null) {
            return null;
        }
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1, was " + max);
        }
        if (text.length() <= max || text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        int end = text.offsetByCodePoints(0, max - 1);
        return text.substring(0, end) + "…";
    }

    /** A short, safe quote of untrusted text for a message: {@link #line} of at most {@code max} code points. */
    public static String excerpt(String text, int max) {
        return line(truncate(text, max));
    }

    /** Whether the text holds a character {@link #line} would replace (a line break or tab included). */
    public static boolean hasUnsafe(String text) {
        return text != null && !text.equals(line(text));
    }

    private static String clean(String text, boolean keepNewlines) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            String replacement = null;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (sb != null) {
                    sb.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            } else if (Character.isSurrogate(c)) {
                replacement = String.valueOf(REPLACEMENT);
            } else if (c == '\n') {
                replacement = keepNewlines ? null : " ";
            } else if (c == '\r') {
                boolean beforeNewline = i + 1 < n && text.charAt(i + 1) == '\n';
                replacement = beforeNewline ? "" : " ";
            } else if (c == '\t') {
                replacement = " ";
            } else if (isControl(c)) {
                replacement = String.valueOf(CONTROL);
            }
            if (replacement != null && sb == null) {
                sb = new StringBuilder(n).append(text, 0, i);
            }
            if (sb != null) {
                if (replacement != null) {
                    sb.append(replacement);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** C0 and C1 controls, DEL, and the bidirectional formatting characters. */
    private static boolean isControl(char c) {
        return c < 0x20
                || (c >= 0x7f && c <= 0x9f)
                || c == '\u061c'
                || c == '\u200e'
                || c == '\u200f'
                || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
