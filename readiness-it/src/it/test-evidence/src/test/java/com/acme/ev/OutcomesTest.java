package com.acme.ev;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** One test of each plain outcome: passed, failed (assertion), error (exception), skipped. */
class OutcomesTest {

    @Test
    void passes() {
        assertEquals(2.0, new Interval(0, 2).width());
    }

    @Test
    void failsOnPurpose() {
        // an assertion error: Surefire reports <failure>, and fails it again on both reruns
        assertEquals(3, (int) new Interval(0, 4).width(), "width of [0, 4] on purpose wrong");
    }

    @Test
    void errorsOnPurpose() {
        // any other exception: Surefire reports <error>
        throw new IllegalStateException("sensor offline on purpose");
    }

    @Test
    @Disabled("waiting for the hardware rig")
    void skippedOnPurpose() {
        assertEquals(0.0, new Interval(0, 0).width());
    }
}
