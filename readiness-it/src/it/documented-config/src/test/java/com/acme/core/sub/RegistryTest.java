package com.acme.core.sub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RegistryTest {

    @Test
    void returnsTheSameCounterForTheSameName() {
        Registry registry = new Registry();
        assertSame(registry.counter("a"), registry.counter("a"));
        assertEquals(1, registry.size());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void rejectsMissingNames(String name) {
        assertThrows(IllegalArgumentException.class, () -> new Registry().counter(name));
    }
}
