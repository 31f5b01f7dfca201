package com.acme.legacy;

/** JUnit 4 category marker. */
public interface SlowTests {}
