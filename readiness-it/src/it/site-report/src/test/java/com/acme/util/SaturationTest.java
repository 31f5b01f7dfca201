package com.acme.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SaturationTest {

    @ParameterizedTest(name = "clamp({0}, -1, 2) = {1}")
    @CsvSource({"0.5, 0.5", "-1.0, -1.0", "2.0, 2.0", "-7.5, -1.0", "1e9, 2.0"})
    void clampLimitsValuesToTheInterval(double value, double expected) {
        assertEquals(expected, Saturation.clamp(value, -1.0, 2.0));
    }

    @Test
    void clampReplacesNaNByTheSafeValueClosestToZero() {
        assertEquals(0.0, Saturation.clamp(Double.NaN, -1.0, 1.0));
        assertEquals(2.0, Saturation.clamp(Double.NaN, 2.0, 5.0));
        assertEquals(-2.0, Saturation.clamp(Double.NaN, -5.0, -2.0));
    }

    @Test
    void clampRejectsNaNBounds() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Saturation.clamp(0.0, Double.NaN, 1.0));
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Saturation.clamp(0.0, 0.0, Double.NaN));
    }

    @Test
    void clampRejectsMinAboveMax() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Saturation.clamp(0.0, 1.0, -1.0));
        assertTrue(e.getMessage().contains("min must not exceed max"), e.getMessage());
    }

    @Test
    void satIsIdentityInsideTheUnitInterval() {
        assertEquals(0.25, Saturation.sat(0.25));
        assertEquals(-1.0, Saturation.sat(-1.0));
    }

    @Test
    void satReturnsTheSignOutsideTheUnitInterval() {
        assertEquals(1.0, Saturation.sat(3.0));
        assertEquals(-1.0, Saturation.sat(-3.0));
    }

    @Test
    void deadbandRemovesSmallValuesAndStaysContinuous() {
        assertEquals(0.0, Saturation.deadband(0.05, 0.1));
        assertEquals(0.4, Saturation.deadband(0.5, 0.1), 1e-12);
        assertEquals(-0.4, Saturation.deadband(-0.5, 0.1), 1e-12);
    }
}
