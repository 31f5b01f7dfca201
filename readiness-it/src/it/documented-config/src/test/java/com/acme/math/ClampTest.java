package com.acme.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ClampTest {

    @Test
    void raisesValuesBelowTheRange() {
        assertEquals(1.0, Clamp.clamp(-5.0, 1.0, 2.0));
    }

    @Test
    void lowersValuesAboveTheRange() {
        assertEquals(2.0, Clamp.clamp(5.0, 1.0, 2.0));
    }

    @Test
    void keepsValuesInsideTheRange() {
        assertEquals(1.5, Clamp.clamp(1.5, 1.0, 2.0));
    }

    @Test
    void rejectsAnInvertedRange() {
        assertThrows(IllegalArgumentException.class, () -> Clamp.clamp(1.0, 2.0, 1.0));
    }
}
