package com.acme.util;

/** Never loaded by any test: no execution data at all. */
public class Untested {
    public int twice(int x) {
        return x < 0 ? -2 * x : 2 * x;
    }
}
