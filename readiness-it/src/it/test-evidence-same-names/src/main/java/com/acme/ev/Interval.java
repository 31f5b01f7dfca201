package com.acme.ev;

/** A closed interval of doubles: the code under test of the test-evidence IT. */
public record Interval(double min, double max) {

    public Interval {
        if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
            throw new IllegalArgumentException("need min <= max, got [" + min + ", " + max + "]");
        }
    }

    /** {@code value} limited to this interval. */
    public double clamp(double value) {
        return Math.min(Math.max(value, min), max);
    }

    /** Length of the interval. */
    public double width() {
        return max - min;
    }
}
