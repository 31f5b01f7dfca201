package com.acme.math;

/** A part of a whole. */
public final class Ratio {
    private Ratio() {}

    public static double of(long part, long whole) {
        if (whole == 0) {
            return 0.0;
        }
        return (double) part / whole;
    }
}
