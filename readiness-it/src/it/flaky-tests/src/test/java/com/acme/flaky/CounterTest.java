package com.acme.flaky;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CounterTest {
    @Test
    void alternates() throws Exception {
        int invocation = Counter.next(Path.of(System.getProperty("counter.file")));
        // deliberately flaky: the second and third invocation (of every four) fail
        assertTrue(invocation % 4 != 1 && invocation % 4 != 2, "invocation " + invocation + " fails on purpose");
    }

    @Test
    void counts() throws Exception {
        Path file = Files.createTempFile("counter", ".txt");
        Files.delete(file);
        assertEquals(0, Counter.next(file));
        assertEquals(1, Counter.next(file));
        Files.delete(file);
    }
}
