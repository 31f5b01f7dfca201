package com.acme.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MovingAverageTest {

    @Test
    void averagesTheLastSamplesOfTheWindow() {
        MovingAverage average = new MovingAverage(3);
        average.add(1.0);
        average.add(2.0);
        assertEquals(2.0, average.add(3.0));
        assertEquals(3.0, average.add(4.0));
        assertEquals(3, average.count());
    }
}
