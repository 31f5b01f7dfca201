package com.acme.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Equal bounds are a valid interval of one point: without this test PIT's ConditionalsBoundary mutant of
 * {@code min > max} ({@code min >= max}) survives, and the safety-critical mutation gate (100 %) blocks.
 */
class SaturationBoundsTest {

    @Test
    void clampAcceptsEqualBounds() {
        assertEquals(2.0, Saturation.clamp(5.0, 2.0, 2.0));
        assertEquals(2.0, Saturation.clamp(-1.0, 2.0, 2.0));
    }
}
