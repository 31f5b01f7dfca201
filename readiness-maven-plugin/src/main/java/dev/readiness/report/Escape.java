package dev.readiness.report;

/**
 * Escaping for the text renderers. Everything that comes from the evidence (test names, failure messages, class
 * names, gate ids from the POM) goes through one of these before it reaches a report.
 */
public final class Escape {
    private Escape() {}

    /**
     * Text for HTML element content and quoted attribute values: {@code & < > " '} become character references, so
     * {@code <script>} is shown as text and never parsed as markup.
     */
    public static String html(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' || c == 0x7f) {
                        sb.append(' '); // control characters are not allowed in HTML or XML text
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /**
     * Inline Markdown text, safe in a paragraph, a list item and a GitHub table cell: one line (line breaks become
     * spaces), Markdown punctuation backslash-escaped ({@code |} included, so a cell never splits), {@code @} escaped
     * so a test name never mentions a user in a pull-request comment, and {@code & < >} as character references
     * because GitHub renders inline HTML.
     */
    public static String markdown(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '\r', '\n' -> {
                    if (!(c == '\n' && i > 0 && text.charAt(i - 1) == '\r')) {
                        sb.append(' ');
                    }
                }
                case '\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '#', '+', '!', '|', '~', '@', '$' ->
                    sb.append('\\').append(c);
                case '-', '=' -> {
                    // at the start of a line they make a list item, a rule or a setext heading
                    if (sb.isEmpty()) {
                        sb.append('\\');
                    }
                    sb.append(c);
                }
                case '.' -> {
                    // "1. " at the start makes an ordered list
                    boolean endsItem = i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1));
                    if (endsItem && !sb.isEmpty() && sb.chars().allMatch(Character::isDigit)) {
                        sb.append('\\');
                    }
                    sb.append(c);
                }
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(' ');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
