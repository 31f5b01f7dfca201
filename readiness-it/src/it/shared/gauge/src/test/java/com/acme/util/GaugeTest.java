package com.acme.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GaugeTest {
    @Test
    void showsTheUnit() {
        assertEquals("3 bar", new Gauge("bar").show(3));
    }
}
