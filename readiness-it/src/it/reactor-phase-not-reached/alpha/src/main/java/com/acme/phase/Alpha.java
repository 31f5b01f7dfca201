package com.acme.phase;

/** Doubles numbers. */
public final class Alpha {
    private Alpha() {}

    /** Twice {@code x}. */
    public static int twice(int x) {
        return 2 * x;
    }
}
