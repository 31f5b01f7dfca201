package com.acme.gamma;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GammaTest {
    @Test
    void multiplies() {
        assertEquals(12, Gamma.times(3));
    }

    @Test
    void clampsNegativesToZero() {
        assertEquals(0, Gamma.timesOrZero(-1));
        assertEquals(4, Gamma.timesOrZero(1));
    }
}
