package dev.readiness.evidence.coverage;

public record Counter(long covered, long missed) {
    public static final Counter ZERO = new Counter(0, 0);

    public long total() {
        return covered + missed;
    }

    public Counter plus(Counter other) {
        return new Counter(covered + other.covered, missed + other.missed);
    }
}
