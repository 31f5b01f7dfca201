package com.acme.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void averagesTheValues() {
        assertEquals(2.0, Stats.mean(1.0, 2.0, 3.0));
    }

    @Test
    void rejectsNoValues() {
        assertThrows(IllegalArgumentException.class, Stats::mean);
    }
}
