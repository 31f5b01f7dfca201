package com.acme.util;

import com.acme.SafetyCritical;

/** clamp is safety critical and fully tested; describe is not tested. */
public final class Saturation {
    private Saturation() {}

    @SafetyCritical
    public static double clamp(double value, double min, double max) {
        if (value < min) {
            return min;
        }
        if (value > max) {
            return max;
        }
        return value;
    }

    public static String describe(double min, double max) {
        return "[" + min + ", " + max + "]";
    }
}
