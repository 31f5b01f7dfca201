package com.acme.zeta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ZetaTest {
    @Test
    void multiplies() {
        assertEquals(21, Zeta.times(3));
    }

    @Test
    void clampsNegativesToZero() {
        assertEquals(0, Zeta.timesOrZero(-1));
        assertEquals(7, Zeta.timesOrZero(1));
    }
}
