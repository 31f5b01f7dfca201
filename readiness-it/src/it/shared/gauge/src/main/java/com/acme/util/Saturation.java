package com.acme.util;

import com.acme.SafetyCritical;

/** Limits an actuator command. */
public final class Saturation {
    private Saturation() {}

    /** The value limited to [-limit, limit]; NaN becomes 0. */
    @SafetyCritical
    public static double clamp(double value, double limit) {
        if (Double.isNaN(value)) {
            return 0;
        }
        if (value > limit) {
            return limit;
        }
        if (value < -limit) {
            return -limit;
        }
        return value;
    }
}
