package dev.readiness.history;

import java.util.Locale;

/** Where the score is heading (DESIGN.md §6). JSON and reports use {@link #jsonName()}. */
public enum TrendDirection {
    /** The current value is more than 2 points above the mean of the previous values. */
    IMPROVING,
    /** The current value is within 2 points of the mean of the previous values, bounds included. */
    STABLE,
    /** The current value is more than 2 points below the mean of the previous values. */
    DECLINING,
    /** Fewer than 2 previous values, or no current value. */
    INSUFFICIENT_DATA;

    /** The lower-case name used in JSON, e.g. {@code insufficient_data}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
