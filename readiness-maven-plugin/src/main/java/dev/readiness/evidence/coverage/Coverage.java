package dev.readiness.evidence.coverage;

import dev.readiness.policy.CounterKind;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The six JaCoCo counters of one scope (the whole bundle, a tag).
 *
 * @param counters one entry for every {@link CounterKind}, immutable and in enum order
 */
public record Coverage(Map<CounterKind, Counter> counters) {

    public Coverage {
        EnumMap<CounterKind, Counter> copy = new EnumMap<>(CounterKind.class);
        for (CounterKind kind : CounterKind.values()) {
            Counter counter = counters.get(kind);
            if (counter == null) {
                throw new IllegalArgumentException("counter " + kind + " is missing; all six counters are required");
            }
            copy.put(kind, counter);
        }
        if (counters.size() != copy.size()) {
            throw new IllegalArgumentException("unexpected keys in " + counters.keySet());
        }
        counters = Collections.unmodifiableMap(copy);
    }

    /** The counter of that kind, never null. */
    public Counter get(CounterKind kind) {
        return counters.get(kind);
    }

    /** All six counters at zero: a scope without any item. */
    public static Coverage empty() {
        EnumMap<CounterKind, Counter> zero = new EnumMap<>(CounterKind.class);
        for (CounterKind kind : CounterKind.values()) {
            zero.put(kind, Counter.ZERO);
        }
        return new Coverage(zero);
    }

    /** The counter-wise sum of both. */
    public Coverage plus(Coverage other) {
        EnumMap<CounterKind, Counter> sum = new EnumMap<>(CounterKind.class);
        for (CounterKind kind : CounterKind.values()) {
            sum.put(kind, get(kind).plus(other.get(kind)));
        }
        return new Coverage(sum);
    }
}
