package com.acme.rc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class QuantityTest {
    @Test
    void adds() {
        assertEquals(new Quantity(5), new Quantity(2).plus(new Quantity(3)));
    }

    @Test
    void refusesNegativeValues() {
        assertThrows(IllegalArgumentException.class, () -> new Quantity(-1));
    }
}
