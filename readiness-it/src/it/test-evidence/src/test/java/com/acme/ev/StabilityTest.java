package com.acme.ev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tagged "stability" on the class: all 6 cases are in the group (5 run, 1 skipped). */
@Tag("stability")
class StabilityTest {

    @Test
    void clampIsIdempotent() {
        Interval i = new Interval(-1, 1);
        assertEquals(i.clamp(5), i.clamp(i.clamp(5)));
    }

    @Test
    void clampStaysBounded() {
        assertTrue(new Interval(-1, 1).clamp(Double.MAX_VALUE) <= 1);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 1.0, 10.0})
    void clampKeepsInnerValues(double value) {
        assertEquals(value, new Interval(0, 10).clamp(value));
    }

    @Test
    @Disabled("a million steps is too slow for every build")
    void convergesAfterAMillionSteps() {
        assertTrue(true);
    }
}
