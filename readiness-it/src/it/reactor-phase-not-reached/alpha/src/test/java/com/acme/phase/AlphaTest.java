package com.acme.phase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AlphaTest {
    @Test
    void doubles() {
        assertEquals(4, Alpha.twice(2));
    }

    @Test
    void failsOnPurpose() {
        assertEquals(5, Alpha.twice(2), "the reactor verdict must see this failure");
    }
}
