package com.acme;

/** Beta: half tested. */
public final class Beta {
    private Beta() {}

    public static int sign(int x) {
        if (x > 0) {
            return 1;
        }
        if (x < 0) {
            return -1;
        }
        return 0;
    }

    public static int untested(int x) {
        return x * x + 1;
    }
}
