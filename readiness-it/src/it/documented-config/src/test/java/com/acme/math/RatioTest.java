package com.acme.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class RatioTest {

    @Test
    void dividesThePartByTheWhole() {
        assertEquals(0.25, Ratio.of(1, 4));
    }

    @Test
    @Tag("stability")
    void isZeroForAnEmptyWholeInsteadOfNaN() {
        assertEquals(0.0, Ratio.of(3, 0));
    }
}
