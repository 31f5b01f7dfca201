package com.acme;

/** A hand-written API: the class and one of its two methods are documented (2 of 3 elements). */
public class Api {
    /** Runs it. */
    public void run() {}

    public void stop() {}
}
