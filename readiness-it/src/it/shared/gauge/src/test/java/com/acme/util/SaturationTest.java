package com.acme.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SaturationTest {
    @Test
    void limitsBothWays() {
        assertEquals(2.0, Saturation.clamp(5, 2));
        assertEquals(-2.0, Saturation.clamp(-5, 2));
    }

    @Test
    void passesValuesInside() {
        assertEquals(1.0, Saturation.clamp(1, 2));
    }

    @Test
    void turnsNanIntoZero() {
        assertEquals(0.0, Saturation.clamp(Double.NaN, 2));
    }
}
