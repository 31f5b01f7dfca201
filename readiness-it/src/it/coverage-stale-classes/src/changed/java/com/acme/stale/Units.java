package com.acme.stale;

/** Unit conversions: identical in src/main/java and src/changed/java. */
public final class Units {
    private Units() {}

    /** Degrees Celsius to kelvin. */
    public static double toKelvin(double celsius) {
        return celsius + 273.15;
    }
}
