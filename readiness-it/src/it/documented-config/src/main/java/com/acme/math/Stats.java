package com.acme.math;

/** Summary statistics (not selected by any tag). */
public final class Stats {
    private Stats() {}

    public static double mean(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
