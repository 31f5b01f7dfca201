package com.acme.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SaturationTest {
    @Test
    void clampsBothSides() {
        assertEquals(0.0, Saturation.clamp(-1, 0, 10));
        assertEquals(10.0, Saturation.clamp(11, 0, 10));
        assertEquals(5.0, Saturation.clamp(5, 0, 10));
    }
}
