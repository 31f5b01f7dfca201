package com.acme.util;

/** An interface with only compile-time constants: no code at all. */
public interface Limits {
    int MAX_RPM = 6000;
    double MIN_TEMP = -40.0;
}
