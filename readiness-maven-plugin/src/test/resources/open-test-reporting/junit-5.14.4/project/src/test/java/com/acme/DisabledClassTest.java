package com.acme;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

@Disabled("class disabled")
class DisabledClassTest {
    @Test
    void one() {}

    @Test
    void two() {}
}
