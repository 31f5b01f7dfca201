package dev.readiness.assess;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact, conservative percentage arithmetic: never rounds a value up into a pass (DESIGN.md §2.2). */
public final class Percent {
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {}

    /** {@code part / whole * 100}, rounded down to 6 decimals; {@code whole} must be positive. */
    public static BigDecimal of(long part, long whole) {
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 6, RoundingMode.DOWN);
    }

    /** Exactly {@code part / whole * 100 >= threshold}, with integer arithmetic. */
    public static boolean meets(long part, long whole, BigDecimal threshold) {
        return BigDecimal.valueOf(part).multiply(HUNDRED).compareTo(threshold.multiply(BigDecimal.valueOf(whole))) >= 0;
    }

    /** The smallest {@code part} with {@code part / whole * 100 >= threshold}. */
    public static long partNeeded(long whole, BigDecimal threshold) {
        return threshold
                .multiply(BigDecimal.valueOf(whole))
                .divide(HUNDRED, 0, RoundingMode.CEILING)
                .longValueExact();
    }

    /** One decimal, rounded down, {@code Locale.ROOT}: {@code 94.99 → "94.9"}. */
    public static String display(BigDecimal value) {
        return value.setScale(1, RoundingMode.DOWN).toPlainString();
    }

    /** A threshold or weight as written: {@code 95}, {@code 0.15}. */
    public static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }
}
