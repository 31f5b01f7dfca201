package com.acme.otr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GaugeTest {
    @Test
    void reads() {
        assertEquals(4, 2 + 2);
    }

    @Test
    @DisplayName("rounds <half> & \"up\"")
    void rounds() {
        assertEquals(3, Math.round(2.5), "Math.round(2.5) is 3");
    }

    @Test
    @DisplayName("wraps around at 360 degrees")
    void wraps() {
        assertEquals(0, 370 % 360, "370 degrees wrap to 10, not 0");
    }

    @Test
    void onlyOnSundays() {
        assumeTrue(false, "not Sunday");
    }

    @Test
    @Disabled("waiting for GAUGE-7")
    void calibrates() {}

    @ParameterizedTest
    @Tag("stability")
    @ValueSource(doubles = {0.1, 1e-9, 1e9})
    void stableUnderScaling(double x) {
        assertTrue(Math.abs(x * 3 / 3 - x) <= Math.ulp(x) * 4);
    }

    @Nested
    @DisplayName("when saturated")
    @Tag("stability")
    class WhenSaturated {
        @Test
        void clampsAtMaximum() {
            assertEquals(100, Math.min(150, 100));
        }
    }
}
