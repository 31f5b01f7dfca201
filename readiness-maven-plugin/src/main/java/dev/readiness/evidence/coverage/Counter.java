package dev.readiness.evidence.coverage;

/**
 * Covered and missed items of one counter, as JaCoCo counts them.
 *
 * @param covered items executed at least once, never negative
 * @param missed items never executed, never negative
 */
public record Counter(long covered, long missed) {
    /** No items at all. */
    public static final Counter ZERO = new Counter(0, 0);

    public Counter {
        if (covered < 0 || missed < 0) {
            throw new IllegalArgumentException(
                    "counts must not be negative: covered=" + covered + ", missed=" + missed);
        }
    }

    /** Covered plus missed. */
    public long total() {
        return covered + missed;
    }

    /** The item-wise sum of both counters. */
    public Counter plus(Counter other) {
        return new Counter(covered + other.covered, missed + other.missed);
    }
}
