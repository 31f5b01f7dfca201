package com.acme.stale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GaugeTest {

    @Test
    void keepsTheLastReading() {
        Gauge g = new Gauge();
        g.set(3.5);
        assertEquals(3.5, g.get());
    }

    @Test
    void refusesNaN() {
        assertThrows(IllegalArgumentException.class, () -> new Gauge().set(Double.NaN));
    }

    @Test
    void convertsToKelvin() {
        assertEquals(273.15, Units.toKelvin(0));
    }
}
