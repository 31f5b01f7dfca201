package com.acme.io;

/** Formats a counter as one line of text. */
public final class LineFormat {
    private LineFormat() {}

    public static String format(String name, long value) {
        return name + "=" + value;
    }
}
