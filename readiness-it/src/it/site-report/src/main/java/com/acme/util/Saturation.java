package com.acme.util;

import com.acme.SafetyCritical;

/** Saturation and dead-band functions used by the controllers and filters. */
public final class Saturation {

    private Saturation() {}

    /**
     * Limits {@code value} to the closed interval {@code [min, max]}.
     *
     * <p>A NaN {@code value} (for example from a failed sensor) is never passed through: it is replaced by the safe
     * value, the point of the interval closest to zero.
     *
     * @param value the value to limit
     * @param min the lower bound, not NaN
     * @param max the upper bound, not NaN, not below {@code min}
     * @return {@code value} limited to {@code [min, max]}
     * @throws IllegalArgumentException if a bound is NaN or {@code min > max}
     */
    @SafetyCritical
    public static double clamp(double value, double min, double max) {
        if (Double.isNaN(min) || Double.isNaN(max)) {
            throw new IllegalArgumentException("bounds must not be NaN: min=" + min + ", max=" + max);
        }
        if (min > max) {
            throw new IllegalArgumentException("min must not exceed max: min=" + min + ", max=" + max);
        }
        if (Double.isNaN(value)) {
            return Math.min(Math.max(0.0, min), max);
        }
        return Math.min(Math.max(value, min), max);
    }

    /**
     * The unit saturation function of sliding-mode control: {@code x} inside {@code [-1, 1]}, its sign outside.
     *
     * @param x the argument
     * @return {@code x} limited to {@code [-1, 1]}
     */
    public static double sat(double x) {
        if (x > 1.0) {
            return 1.0;
        }
        if (x < -1.0) {
            return -1.0;
        }
        return x;
    }

    /**
     * Suppresses small values: returns 0 inside {@code [-width, width]} and shifts the rest towards zero by
     * {@code width}, so the result is continuous.
     *
     * @param value the value
     * @param width the half width of the dead band, not negative
     * @return the value with the dead band removed
     * @throws IllegalArgumentException if {@code width} is negative or NaN
     */
    public static double deadband(double value, double width) {
        if (!(width >= 0.0)) {
            throw new IllegalArgumentException("width must be >= 0: " + width);
        }
        if (Math.abs(value) <= width) {
            return 0.0;
        }
        return value - Math.copySign(width, value);
    }
}
