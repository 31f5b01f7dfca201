package com.acme.math;

/** Limits a value to a range. */
public final class Clamp {
    private Clamp() {}

    public static double clamp(double value, double low, double high) {
        if (low > high) {
            throw new IllegalArgumentException("low > high");
        }
        return Math.max(low, Math.min(high, value));
    }
}
