package com.acme.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlidingSurfaceTest {

    @Test
    void evaluatesRatePlusLambdaTimesError() {
        assertEquals(0.5 + 2.0 * 3.0, new SlidingSurface(2.0).evaluate(3.0, 0.5));
    }

    @Test
    void timeConstantIsTheInverseOfLambda() {
        assertEquals(0.25, new SlidingSurface(4.0).timeConstant());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsSlopesThatAreNotFiniteAndPositive(double lambda) {
        assertThrows(IllegalArgumentException.class, () -> new SlidingSurface(lambda));
    }
}
