package com.acme.slow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StableTest {
    @Test
    void adds() {
        assertEquals(4, 2 + 2);
    }
}
