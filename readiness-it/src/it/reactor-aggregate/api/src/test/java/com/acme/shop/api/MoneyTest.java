package com.acme.shop.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MoneyTest {
    @Test
    void addsAmounts() {
        assertEquals(new Money(350), new Money(100).plus(new Money(250)));
    }

    @Test
    void formatsCents() {
        assertEquals("3.05", new Money(305).format());
    }

    @Test
    void refusesNegativeAmounts() {
        assertThrows(IllegalArgumentException.class, () -> new Money(-1));
    }
}
