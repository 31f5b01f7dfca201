package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BetaTest {
    @Test
    void signOfPositive() {
        assertEquals(1, Beta.sign(5));
    }
}
