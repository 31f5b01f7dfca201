package com.acme.review;

/** Raises an alarm above a limit. */
public final class Alarm {
    private final double limit;

    public Alarm(double limit) {
        this.limit = limit;
    }

    /** Whether the reading is above the limit. */
    public boolean raised(double reading) {
        if (Double.isNaN(reading)) {
            return true;
        }
        return reading > limit;
    }
}
