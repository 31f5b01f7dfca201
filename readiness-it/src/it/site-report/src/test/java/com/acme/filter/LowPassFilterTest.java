package com.acme.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class LowPassFilterTest {

    @Test
    void firstSampleInitialisesTheOutput() {
        assertEquals(3.0, new LowPassFilter(10.0, 0.001).filter(3.0));
    }

    @Test
    void convergesToAConstantInput() {
        LowPassFilter filter = new LowPassFilter(10.0, 0.001);
        filter.filter(0.0);
        double y = 0.0;
        for (int k = 0; k < 1_000; k++) {
            y = filter.filter(1.0);
        }
        assertEquals(1.0, y, 1e-6);
        assertTrue(filter.alpha() > 0.0 && filter.alpha() < 1.0);
    }

    @Test
    @Tag("stability")
    void holdsItsOutputOnNonFiniteSamples() {
        LowPassFilter filter = new LowPassFilter(10.0, 0.001);
        filter.filter(2.0);
        assertEquals(2.0, filter.filter(Double.NaN));
        assertEquals(2.0, filter.filter(Double.NEGATIVE_INFINITY));
    }
}
