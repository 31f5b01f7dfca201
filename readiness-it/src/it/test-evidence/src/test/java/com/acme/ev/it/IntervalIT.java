package com.acme.ev.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.acme.ev.Interval;
import org.junit.jupiter.api.Test;

/** The one Failsafe integration test: passes. */
class IntervalIT {

    @Test
    void clampsThroughThePackagedClasses() {
        assertEquals(2.0, new Interval(-2, 2).clamp(9));
    }
}
