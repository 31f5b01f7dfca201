package com.acme.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    @Test
    void passesTheFirstCommandUnchanged() {
        assertEquals(3.0, new RateLimiter(10.0).limit(3.0, 0.01));
    }

    @Test
    void limitsARisingStepToMaxRateTimesDt() {
        RateLimiter limiter = new RateLimiter(10.0);
        limiter.limit(0.0, 0.01);
        assertEquals(0.1, limiter.limit(5.0, 0.01), 1e-12);
        assertEquals(0.2, limiter.limit(5.0, 0.01), 1e-12);
    }
}
