package com.acme.zeta;

/** Zeta: multiplies by 7, fully tested. */
public final class Zeta {
    private Zeta() {}

    public static int times(int x) {
        return 7 * x;
    }

    public static int timesOrZero(int x) {
        return x < 0 ? 0 : times(x);
    }
}
