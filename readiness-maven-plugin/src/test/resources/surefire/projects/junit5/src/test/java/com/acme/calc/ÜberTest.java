package com.acme.calc;

import org.junit.jupiter.api.Test;

class ÜberTest {
    @Test
    void größe() {}
}
