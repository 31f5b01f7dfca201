package com.acme.epsilon;

/** Epsilon: multiplies by 6, fully tested. */
public final class Epsilon {
    private Epsilon() {}

    public static int times(int x) {
        return 6 * x;
    }

    public static int timesOrZero(int x) {
        return x < 0 ? 0 : times(x);
    }
}
