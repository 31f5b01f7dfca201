package com.acme.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineFormatTest {

    @Test
    void writesNameEqualsValue() {
        assertEquals("requests=42", LineFormat.format("requests", 42));
    }
}
