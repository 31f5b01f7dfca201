package com.acme.gauge;

/** A bounded gauge. */
public final class Gauge {
    private final int max;
    private int value;

    public Gauge(int max) {
        this.max = max;
    }

    public int add(int delta) {
        value = Math.max(0, Math.min(max, value + delta));
        return value;
    }
}
