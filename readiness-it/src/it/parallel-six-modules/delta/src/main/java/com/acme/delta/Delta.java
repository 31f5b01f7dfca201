package com.acme.delta;

/** Delta: multiplies by 5, fully tested. */
public final class Delta {
    private Delta() {}

    public static int times(int x) {
        return 5 * x;
    }

    public static int timesOrZero(int x) {
        return x < 0 ? 0 : times(x);
    }
}
