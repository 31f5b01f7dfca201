package com.acme.core.sub;

import com.acme.core.Counter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Named counters, created on first use. */
public final class Registry {
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public Counter counter(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a counter needs a name");
        }
        return counters.computeIfAbsent(name, n -> new Counter());
    }

    public int size() {
        return counters.size();
    }
}
