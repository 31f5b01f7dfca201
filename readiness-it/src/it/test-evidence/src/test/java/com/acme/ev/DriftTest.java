package com.acme.ev;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** One method in the "stability" group through the composed {@link StabilityCheck}, one not. */
class DriftTest {

    @StabilityCheck
    void noDriftOverManyClamps() {
        Interval i = new Interval(-1, 1);
        double x = 0.5;
        for (int n = 0; n < 10_000; n++) {
            x = i.clamp(x);
        }
        assertEquals(0.5, x);
    }

    @Test
    void clampOfLowerBound() {
        assertEquals(-1.0, new Interval(-1, 1).clamp(-3));
    }
}
