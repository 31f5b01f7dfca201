package dev.readiness.evidence.coverage;

import java.util.EnumMap;
import java.util.Map;

public record Coverage(Map<CounterKind, Counter> counters) {
    public Coverage {
        EnumMap<CounterKind, Counter> copy = new EnumMap<>(CounterKind.class);
        for (CounterKind k : CounterKind.values()) copy.put(k, counters.getOrDefault(k, Counter.ZERO));
        counters = java.util.Collections.unmodifiableMap(copy);
    }

    public Counter get(CounterKind kind) {
        return counters.get(kind);
    }

    public static Coverage empty() {
        return new Coverage(Map.of());
    }
}
