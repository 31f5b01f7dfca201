package com.acme.calc;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class CalculatorIT {
    @Test
    void integrates() {}

    @Test
    void integrationFails() { fail("integration is broken"); }
}
