package com.acme.legacy;

/** Holder of nested JUnit 4 category markers. */
public interface Categories {
    interface Db {}

    /** A sub-category: JUnit 4 includes it in {@code @IncludeCategory(Db.class)}. */
    interface FastDb extends Db {}
}
