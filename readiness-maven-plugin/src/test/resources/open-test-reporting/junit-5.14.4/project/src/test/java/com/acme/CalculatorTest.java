package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Tag("calc")
class CalculatorTest {
    @Test
    void adds() {
        assertEquals(4, 2 + 2);
    }

    @Test
    @DisplayName("subtracts <negative> & \"quoted\" numbers")
    void subtracts() {
        assertEquals(0, 2 - 2);
    }

    @Test
    @Tag("stability")
    void failsAssertion() {
        assertEquals(5, 2 + 2, "sum is wrong");
    }

    @Test
    void throwsUnexpected() {
        throw new IllegalStateException("boom\nsecond line");
    }

    @Test
    void assumptionFails() {
        assumeTrue(false, "not on this machine");
    }

    @Test
    @Disabled("waiting for JIRA-1")
    void disabled() {}

    @ParameterizedTest
    @Tag("stability")
    @ValueSource(ints = {1, 2, -3})
    void positive(int n) {
        assertEquals(true, n > 0, "not positive: " + n);
    }

    @TestFactory
    Stream<DynamicTest> dynamic() {
        return Stream.of(DynamicTest.dynamicTest("first", () -> {}), DynamicTest.dynamicTest("second", () -> {}));
    }

    @Nested
    @DisplayName("when empty")
    class WhenEmpty {
        @Test
        @Tag("stability")
        void isZero() {
            assertEquals(0, 0);
        }
    }
}
