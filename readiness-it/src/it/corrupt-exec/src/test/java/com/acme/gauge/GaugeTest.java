package com.acme.gauge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GaugeTest {
    @Test
    void staysInRange() {
        Gauge gauge = new Gauge(10);
        assertEquals(7, gauge.add(7));
        assertEquals(10, gauge.add(7));
        assertEquals(0, gauge.add(-20));
    }
}
