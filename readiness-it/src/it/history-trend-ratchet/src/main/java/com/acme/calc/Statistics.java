package com.acme.calc;

/** Mean and variance of a sample. */
public final class Statistics {
    private Statistics() {}

    public static double mean(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("empty sample");
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    public static double variance(double[] values) {
        double mean = mean(values);
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return squares / values.length;
    }
}
