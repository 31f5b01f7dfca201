package com.acme.ev;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One parameterized method tagged "stability" (2 cases in the group); the other method is not in it. */
class SolverTest {

    @Test
    void widthOfUnitInterval() {
        assertEquals(1.0, new Interval(0, 1).width());
    }

    @Tag("stability")
    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void clampIsStableUnderRepetition(int repetitions) {
        Interval i = new Interval(0, 1);
        double x = 7;
        for (int r = 0; r < repetitions; r++) {
            x = i.clamp(x);
        }
        assertEquals(1.0, x);
    }
}
