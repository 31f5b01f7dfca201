package com.acme.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StatisticsTest {
    @Test
    void meanAndVariance() {
        double[] sample = {2, 4, 4, 4, 5, 5, 7, 9};
        assertEquals(5.0, Statistics.mean(sample), 1e-12);
        assertEquals(4.0, Statistics.variance(sample), 1e-12);
    }

    @Test
    void rejectsAnEmptySample() {
        assertThrows(IllegalArgumentException.class, () -> Statistics.mean(new double[0]));
    }
}
