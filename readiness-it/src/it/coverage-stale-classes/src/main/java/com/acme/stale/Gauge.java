package com.acme.stale;

/** A gauge reading: the class the tests ran against. */
public final class Gauge {
    private double value;

    /** Sets the reading; NaN is refused. */
    public void set(double reading) {
        if (Double.isNaN(reading)) {
            throw new IllegalArgumentException("reading must not be NaN");
        }
        value = reading;
    }

    /** The last reading. */
    public double get() {
        return value;
    }
}
