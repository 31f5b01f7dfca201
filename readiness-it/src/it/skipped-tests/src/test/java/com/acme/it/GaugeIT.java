package com.acme.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.acme.util.Gauge;
import org.junit.jupiter.api.Test;

class GaugeIT {
    @Test
    void showsPressure() {
        assertEquals("7 bar", new Gauge("bar").show(7));
    }
}
