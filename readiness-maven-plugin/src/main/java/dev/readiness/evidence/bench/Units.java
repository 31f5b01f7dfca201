package dev.readiness.evidence.bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;

/** Converts JMH units that differ only by their time unit ({@code us/op} and {@code ns/op}, {@code ops/s} and
 * {@code ops/ms}, {@code MB/sec} and {@code MB/s}). */
final class Units {
    private static final Map<String, BigDecimal> NANOS = Map.of(
            "ns", BigDecimal.ONE,
            "us", new BigDecimal("1000"),
            "\u00b5s", new BigDecimal("1000"),
            "ms", new BigDecimal("1000000"),
            "s", new BigDecimal("1000000000"),
            "sec", new BigDecimal("1000000000"),
            "min", new BigDecimal("60000000000"),
            "hr", new BigDecimal("3600000000000"),
            "day", new BigDecimal("86400000000000"));

    private Units() {}

    /**
     * The factor that converts a value in {@code from} into {@code to}, or {@code null} when the units measure
     * different things (e.g. {@code B/op} and {@code ns/op}).
     */
    static BigDecimal factor(String from, String to) {
        if (from.equals(to)) {
            return BigDecimal.ONE;
        }
        String[] f = split(from);
        String[] t = split(to);
        BigDecimal numerator = part(f[0], t[0]);
        BigDecimal denominator = part(t[1], f[1]);
        if (numerator == null || denominator == null) {
            return null;
        }
        return numerator.multiply(denominator, MathContext.DECIMAL128);
    }

    /** True for a count per unit of time such as {@code ops/s}: higher is better. */
    static boolean isThroughput(String unit) {
        String[] parts = split(unit);
        return "ops".equals(parts[0]) && NANOS.containsKey(parts[1]);
    }

    /** How many {@code b} one {@code a} is, when both are the same or both are time units. */
    private static BigDecimal part(String a, String b) {
        if (a.equals(b)) {
            return BigDecimal.ONE;
        }
        BigDecimal na = NANOS.get(a);
        BigDecimal nb = NANOS.get(b);
        if (na == null || nb == null) {
            return null;
        }
        return na.divide(nb, MathContext.DECIMAL128);
    }

    private static String[] split(String unit) {
        int slash = unit.indexOf('/');
        return slash < 0
                ? new String[] {unit.strip(), ""}
                : new String[] {
                    unit.substring(0, slash).strip(), unit.substring(slash + 1).strip()
                };
    }
}
