package com.acme.calc;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.*;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@Tag("stability")
class CalculatorTest {
    private static int flakyRuns;

    @Test
    void adds() { assertEquals(3, 1 + 2); }

    @Test
    void failsOnPurpose() { assertEquals(4, 2 + 1, "sum is wrong\nsecond line"); }

    @Test
    void errorsOnPurpose() { throw new IllegalStateException("boom: state is bad"); }

    @Test
    @Disabled("not ready yet")
    void skippedWithReason() {}

    @Test
    @Disabled
    void skippedWithoutReason() {}

    @Test
    void flakyFirstRun() { assertTrue(++flakyRuns > 1, "fails on the first run only"); }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void positive(int value) { assertTrue(value > 0); }

    @ParameterizedTest(name = "{0} + {1}")
    @CsvSource({"1, 2", "3, 4"})
    void namedParams(int a, int b) { assertTrue(a < b); }

    @RepeatedTest(2)
    void repeated() {}

    @Test
    @DisplayName("Ünïcödé ✓ größer als null")
    void nonAscii() {}

    @Nested
    class WhenEmpty {
        @Test
        void isZero() {}

        @Test
        @Tag("slow")
        void nestedFails() { fail("nested failure"); }
    }
}
