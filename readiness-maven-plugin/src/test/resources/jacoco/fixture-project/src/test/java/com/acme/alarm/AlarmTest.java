package com.acme.alarm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AlarmTest {
    @Test
    void raisesAboveThreshold() {
        assertTrue(new Alarm().raise(1, 2));
    }
}
