package com.acme.beta;

/** Beta: multiplies by 3, fully tested. */
public final class Beta {
    private Beta() {}

    public static int times(int x) {
        return 3 * x;
    }

    public static int timesOrZero(int x) {
        return x < 0 ? 0 : times(x);
    }
}
