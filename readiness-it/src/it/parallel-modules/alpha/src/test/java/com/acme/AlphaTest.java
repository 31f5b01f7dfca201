package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AlphaTest {
    @Test
    void doubles() {
        assertEquals(4, Alpha.twice(2));
    }

    @Test
    void doublesNegatives() {
        assertEquals(-6, Alpha.twice(-3));
    }
}
