package com.acme.phase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BetaTest {
    @Test
    void negates() {
        assertEquals(-2, Beta.negate(2));
    }
}
