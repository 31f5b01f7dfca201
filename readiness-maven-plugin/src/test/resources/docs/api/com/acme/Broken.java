package com.acme;

/** Does not compile. */
public class Broken {
    /** Fine. */
    public void fine() {}

    public void broken( {
    }
}
