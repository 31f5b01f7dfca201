package com.acme.util;

/** A reading shown to the driver. */
public final class Gauge {
    private final String unit;

    public Gauge(String unit) {
        this.unit = unit;
    }

    /** The reading with its unit. */
    public String show(int value) {
        return value + " " + unit;
    }
}
