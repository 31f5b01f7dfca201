package com.acme;

/** A package-private type: nothing in it is API. */
class Hidden {
    public int field;

    public void method() {}

    public static class NestedPublic {
        public void method() {}
    }
}
