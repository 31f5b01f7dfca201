package com.acme;

/** Größe – größenabhängige Maße. */
public class Größe {
    /** Länge in µm. */
    public double länge;

    public double breite;
}
