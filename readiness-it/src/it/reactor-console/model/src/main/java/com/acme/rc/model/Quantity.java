package com.acme.rc.model;

/** A non-negative amount. */
public record Quantity(long value) {
    public Quantity {
        if (value < 0) {
            throw new IllegalArgumentException("negative: " + value);
        }
    }

    public Quantity plus(Quantity other) {
        return new Quantity(value + other.value);
    }
}
