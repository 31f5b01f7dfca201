package com.acme.beta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BetaTest {
    @Test
    void multiplies() {
        assertEquals(9, Beta.times(3));
    }

    @Test
    void clampsNegativesToZero() {
        assertEquals(0, Beta.timesOrZero(-1));
        assertEquals(3, Beta.timesOrZero(1));
    }
}
