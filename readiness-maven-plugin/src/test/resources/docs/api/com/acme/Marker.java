package com.acme;

/** Marker. */
public @interface Marker {
    /** The value. */
    String value() default "";

    int priority() default 0;

    String NAME = "marker";
}
