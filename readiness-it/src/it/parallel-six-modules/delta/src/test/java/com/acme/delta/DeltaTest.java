package com.acme.delta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DeltaTest {
    @Test
    void multiplies() {
        assertEquals(15, Delta.times(3));
    }

    @Test
    void clampsNegativesToZero() {
        assertEquals(0, Delta.timesOrZero(-1));
        assertEquals(5, Delta.timesOrZero(1));
    }
}
