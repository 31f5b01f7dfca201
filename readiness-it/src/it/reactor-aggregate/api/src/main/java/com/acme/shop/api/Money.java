package com.acme.shop.api;

/** An amount in cents; never negative. */
public record Money(long cents) {
    public Money {
        if (cents < 0) {
            throw new IllegalArgumentException("negative amount: " + cents);
        }
    }

    public Money plus(Money other) {
        return new Money(cents + other.cents);
    }

    /** Never called by any test: the reactor's coverage is below 100 %. */
    public Money minus(Money other) {
        if (other.cents > cents) {
            throw new IllegalArgumentException("result would be negative");
        }
        return new Money(cents - other.cents);
    }

    public String format() {
        return (cents / 100) + "." + String.format("%02d", cents % 100);
    }
}
