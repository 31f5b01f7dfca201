package com.acme.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MeterTest {
    @Test
    void convertsPascalToBar() {
        assertEquals(1.0, Meter.bar(100_000.0), 1e-9);
    }

    /** Fails on purpose, 14 times: more failing tests than GitHub shows error annotations per step. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14})
    void readsTheGauge(int gauge) {
        fail("gauge " + gauge + " is off by 100% ::error file=pom.xml::injected %0A not a second line");
    }
}
