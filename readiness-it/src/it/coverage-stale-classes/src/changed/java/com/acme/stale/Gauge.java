package com.acme.stale;

/** A gauge reading: changed after the tests ran (negative readings are now clamped to 0). */
public final class Gauge {
    private double value;

    /** Sets the reading; NaN is refused, negative readings become 0. */
    public void set(double reading) {
        if (Double.isNaN(reading)) {
            throw new IllegalArgumentException("reading must not be NaN");
        }
        value = reading < 0 ? 0 : reading;
    }

    /** The last reading. */
    public double get() {
        return value;
    }
}
