package com.acme.alpha;

/** Alpha: multiplies by 2, fully tested. */
public final class Alpha {
    private Alpha() {}

    public static int times(int x) {
        return 2 * x;
    }

    public static int timesOrZero(int x) {
        return x < 0 ? 0 : times(x);
    }
}
