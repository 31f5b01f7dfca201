package com.acme.core;

import java.util.concurrent.atomic.AtomicLong;

/** A thread-safe event counter. */
public final class Counter {
    private final AtomicLong value = new AtomicLong();

    public long increment() {
        return value.incrementAndGet();
    }

    public long get() {
        return value.get();
    }
}
