package com.acme.alpha;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AlphaTest {
    @Test
    void multiplies() {
        assertEquals(6, Alpha.times(3));
    }

    @Test
    void clampsNegativesToZero() {
        assertEquals(0, Alpha.timesOrZero(-1));
        assertEquals(2, Alpha.timesOrZero(1));
    }
}
