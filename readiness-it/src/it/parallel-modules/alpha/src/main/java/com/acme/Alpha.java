package com.acme;

/** Alpha: fully tested. */
public final class Alpha {
    private Alpha() {}

    public static int twice(int x) {
        return 2 * x;
    }
}
