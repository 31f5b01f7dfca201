package com.acme.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GaugeTest {
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
    void showsTheUnit(int value) {
        assertEquals(value + " bar", new Gauge("bar").show(value));
    }

    @Test
    void roundsToTheDisplayedPrecision() {
        // the deliberate failure of this IT
        assertEquals("3.0 bar", new Gauge("bar").show(3), "the gauge shows one decimal");
    }

    @Test
    @Disabled("the display is not connected yet")
    void blinksOnOverpressure() {}
}
