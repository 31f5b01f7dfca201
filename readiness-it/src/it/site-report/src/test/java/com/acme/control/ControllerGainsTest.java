package com.acme.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ControllerGainsTest {

    @Test
    void acceptsFinitePositiveGains() {
        ControllerGains gains = new ControllerGains(2.0, 5.0, 0.05, 4.0);
        assertEquals(5.0, gains.gain());
    }

    @Test
    void rejectsEachGainThatIsNotFiniteAndPositive() {
        assertMessage("lambda", () -> new ControllerGains(0.0, 5.0, 0.05, 4.0));
        assertMessage("gain", () -> new ControllerGains(2.0, -5.0, 0.05, 4.0));
        assertMessage("boundaryLayer", () -> new ControllerGains(2.0, 5.0, Double.NaN, 4.0));
        assertMessage("outputLimit", () -> new ControllerGains(2.0, 5.0, 0.05, Double.POSITIVE_INFINITY));
    }

    private static void assertMessage(String name, org.junit.jupiter.api.function.Executable creation) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, creation);
        assertTrue(e.getMessage().startsWith(name + " must be finite and > 0"), e.getMessage());
    }
}
