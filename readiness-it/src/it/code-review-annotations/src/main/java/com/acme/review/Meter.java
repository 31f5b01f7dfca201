package com.acme.review;

/** A meter reading, scaled and clamped. */
public final class Meter {
    private Meter() {}

    /** The reading in bar. */
    public static double bar(double pascal) {
        return pascal / 100_000.0;
    }

    /** The reading clamped to the meter's range. */
    public static double clamp(double value, double min, double max) {
        if (value < min) {
            return min;
        }
        if (value > max) {
            return max;
        }
        return value;
    }

    /** The reading as shown on the display. */
    public static String display(double value) {
        if (Double.isNaN(value)) {
            return "--";
        }
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
