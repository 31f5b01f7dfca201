package com.acme.legacy;

/** Holder of nested JUnit 4 category markers. */
public interface Categories {
    interface Db {}
}
