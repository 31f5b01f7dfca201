package com.acme.slow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A number kept in a file: each call returns it and stores the next one. */
public final class Counter {
    private Counter() {}

    /** The current value of the counter in {@code file} (0 when absent); the file then holds the value plus one. */
    public static int next(Path file) throws IOException {
        int value = Files.exists(file) ? Integer.parseInt(Files.readString(file, StandardCharsets.UTF_8).strip()) : 0;
        Files.writeString(file, Integer.toString(value + 1), StandardCharsets.UTF_8);
        return value;
    }
}
