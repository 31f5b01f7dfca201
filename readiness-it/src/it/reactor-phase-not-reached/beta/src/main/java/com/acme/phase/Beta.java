package com.acme.phase;

/** Negates numbers. */
public final class Beta {
    private Beta() {}

    /** Minus {@code x}. */
    public static int negate(int x) {
        return -x;
    }
}
