package com.acme.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CalculatorTest {
    @Test
    void adds() {
        assertEquals(5, Calculator.add(2, 3));
    }

    @Test
    void refusesToOverflow() {
        assertThrows(ArithmeticException.class, () -> Calculator.add(Integer.MAX_VALUE, 1));
    }

    @Test
    void clampsToTheRange() {
        assertEquals(0, Calculator.clampedAdd(-5, 2, 0, 10));
        assertEquals(10, Calculator.clampedAdd(8, 5, 0, 10));
        assertEquals(7, Calculator.clampedAdd(3, 4, 0, 10));
    }
}
