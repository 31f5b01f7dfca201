package dev.readiness.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Bounds the lists a view shows. {@code readiness.json} holds every item; the console, the Markdown summary (a pull
 * request comment holds at most 65,536 characters, a step summary 1 MiB) and the HTML page show the first ones and
 * say how many more there are and where they are.
 */
public final class Cap {
    /** Items of one list on the console and in the build's final error. */
    public static final int CONSOLE = 20;

    /** Items of one list in {@code readiness.md}. */
    public static final int MARKDOWN = 20;

    /** Rows of the gate and module tables in the console and in {@code readiness.md}. */
    public static final int TABLE_ROWS = 100;

    /** Items of one list in {@code readiness.html}. */
    public static final int HTML = 200;

    private Cap() {}

    /**
     * The first {@code max} items, and then one more: {@code …and N more <what>, see readiness.json}.
     *
     * @param what the items' name in the plural, e.g. {@code warnings}
     */
    public static List<String> list(List<String> items, int max, String what) {
        if (items.size() <= max) {
            return items;
        }
        List<String> shown = new ArrayList<>(items.subList(0, max));
        shown.add(more(items.size() - max, what));
        return shown;
    }

    /** {@code …and 3 more warnings, see readiness.json}. */
    public static String more(int count, String what) {
        return String.format(Locale.ROOT, "…and %d more %s, see readiness.json", count, what);
    }
}
