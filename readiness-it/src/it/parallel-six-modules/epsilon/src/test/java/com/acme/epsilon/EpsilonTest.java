package com.acme.epsilon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EpsilonTest {
    @Test
    void multiplies() {
        assertEquals(18, Epsilon.times(3));
    }

    @Test
    void clampsNegativesToZero() {
        assertEquals(0, Epsilon.timesOrZero(-1));
        assertEquals(6, Epsilon.timesOrZero(1));
    }
}
