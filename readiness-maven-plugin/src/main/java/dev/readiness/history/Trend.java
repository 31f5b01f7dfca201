package dev.readiness.history;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The current value compared with the mean of up to {@value #WINDOW} previous values (DESIGN.md §6):
 * {@code improving} above mean + {@value #MARGIN}, {@code declining} below mean − {@value #MARGIN}, else
 * {@code stable}; {@code insufficient_data} with fewer than 2 previous values. The comparison is exact: no rounding of
 * the mean.
 *
 * @param direction the verdict
 * @param previous the most recent previous value, or {@code null} when there is none
 * @param delta current − previous, or {@code null} when either is missing
 * @param high the highest of the previous values used and the current one, or {@code null} when there are none
 * @param low the lowest of the previous values used and the current one, or {@code null} when there are none
 * @param count how many previous values were used (at most {@value #WINDOW})
 */
public record Trend(
        TrendDirection direction, BigDecimal previous, BigDecimal delta, BigDecimal high, BigDecimal low, int count) {

    /** How many previous values the mean is taken over, at most. */
    public static final int WINDOW = 4;

    /** Points above or below the mean that count as a change. */
    public static final int MARGIN = 2;

    /** Previous values a direction needs; with fewer the trend is {@code insufficient_data}. */
    public static final int MINIMUM_PREVIOUS = 2;

    public Trend {
        Objects.requireNonNull(direction, "direction");
        if (count < 0 || count > WINDOW) {
            throw new IllegalArgumentException("count must be between 0 and " + WINDOW + ", was " + count);
        }
    }

    /**
     * The trend of {@code current} against the values before it.
     *
     * @param previousOldestFirst earlier values, oldest first; {@code null} entries (not measured) are skipped
     * @param current the value now, or {@code null} when not measured (the trend is then {@code insufficient_data})
     */
    public static Trend of(List<BigDecimal> previousOldestFirst, BigDecimal current) {
        List<BigDecimal> measured = new ArrayList<>();
        for (BigDecimal value : previousOldestFirst) {
            if (value != null) {
                measured.add(value);
            }
        }
        List<BigDecimal> used = measured.subList(Math.max(0, measured.size() - WINDOW), measured.size());
        BigDecimal previous = used.isEmpty() ? null : used.get(used.size() - 1);
        BigDecimal delta = previous == null || current == null ? null : current.subtract(previous);
        BigDecimal high = current;
        BigDecimal low = current;
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal value : used) {
            high = high == null || value.compareTo(high) > 0 ? value : high;
            low = low == null || value.compareTo(low) < 0 ? value : low;
            sum = sum.add(value);
        }
        int count = used.size();
        TrendDirection direction;
        if (current == null || count < MINIMUM_PREVIOUS) {
            direction = TrendDirection.INSUFFICIENT_DATA;
        } else {
            // current > sum / count + MARGIN  <=>  current * count > sum + MARGIN * count, without dividing.
            BigDecimal scaledCurrent = current.multiply(BigDecimal.valueOf(count));
            BigDecimal margin = BigDecimal.valueOf((long) MARGIN * count);
            if (scaledCurrent.compareTo(sum.add(margin)) > 0) {
                direction = TrendDirection.IMPROVING;
            } else if (scaledCurrent.compareTo(sum.subtract(margin)) < 0) {
                direction = TrendDirection.DECLINING;
            } else {
                direction = TrendDirection.STABLE;
            }
        }
        return new Trend(direction, previous, delta, high, low, count);
    }
}
