package dev.readiness.policy;

import java.util.Locale;

/** Which lines a coverage gate measures: {@code <lines>all</lines>} (the default) or {@code changed}. */
public enum LineWindow {
    /** Every line of the selected classes. */
    ALL,
    /** Only the lines added or modified relative to {@code readiness.baseRef} or listed in {@code readiness.diffFile}. */
    CHANGED;

    /** The configuration name: {@code all} or {@code changed}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
