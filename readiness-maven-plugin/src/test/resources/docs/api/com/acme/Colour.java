package com.acme;

/** Colours. */
public enum Colour {
    /** Red. */
    RED,
    GREEN,
    BLUE {
        @Override
        public String toString() {
            return "b";
        }

        public void extra() {}
    };

    Colour() {}

    /** Documented factory. */
    public static Colour parse(String s) {
        return RED;
    }
}
