package dev.readiness.history;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code noRegression} ratchet of one gate: the value may not drop more than {@code tolerance} points below the
 * bar, the best value recorded for the same gate, project and branch ({@link HistoryQueries#ratchetBar}). A rise never
 * fails. Without a recorded value the ratchet cannot judge, which is {@code MISSING}, not a pass.
 *
 * @param status {@code PASSED}, {@code FAILED} or {@code MISSING}
 * @param previous the bar compared against (the best recorded value), or {@code null} when there was none
 * @param message one sentence saying what was compared and why the status follows
 */
public record RatchetResult(Status status, BigDecimal previous, String message) {

    /** The ratchet's outcome; its name is what {@code readiness.json} writes ({@code ratchet.status}). */
    public enum Status {
        /** Not below the bar by more than the tolerance. */
        PASSED,
        /** Dropped more than the tolerance below the bar: the gate fails. */
        FAILED,
        /** Nothing to compare with (no recorded value, no value now, or history off): no judgement, not a pass. */
        MISSING
    }

    public RatchetResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Applies the ratchet.
     *
     * @param current the value measured now, or {@code null} when the gate was not measured
     * @param tolerance points the value may drop without failing, 0 or more
     * @param previous the bar: the best recorded value of the same gate on the same branch (see
     *     {@link HistoryQueries#ratchetBar})
     */
    public static RatchetResult check(BigDecimal current, BigDecimal tolerance, Optional<BigDecimal> previous) {
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(previous, "previous");
        if (tolerance.signum() < 0) {
            throw new IllegalArgumentException("tolerance must be 0 or more, was " + tolerance.toPlainString());
        }
        if (previous.isEmpty()) {
            return new RatchetResult(
                    Status.MISSING,
                    null,
                    "no previous value of this gate is recorded for this project and branch, so a regression cannot"
                            + " be judged; the next build compares against this one");
        }
        BigDecimal before = previous.get();
        if (current == null) {
            return new RatchetResult(
                    Status.MISSING,
                    before,
                    "no value was measured in this build to compare with the best recorded " + before.toPlainString());
        }
        BigDecimal drop = before.subtract(current);
        if (drop.compareTo(tolerance) > 0) {
            return new RatchetResult(
                    Status.FAILED,
                    before,
                    "dropped " + drop.toPlainString() + " points from " + before.toPlainString() + " to "
                            + current.toPlainString() + ", more than the tolerance of " + tolerance.toPlainString()
                            + " (" + before.toPlainString() + " is the best value recorded on this branch; a failed"
                            + " build does not lower it, so re-running it fails again)");
        }
        String change = drop.signum() > 0
                ? "dropped " + drop.toPlainString() + " points, within the tolerance of " + tolerance.toPlainString()
                : drop.signum() < 0 ? "rose " + drop.negate().toPlainString() + " points" : "unchanged";
        return new RatchetResult(
                Status.PASSED,
                before,
                change + " (best recorded " + before.toPlainString() + " to " + current.toPlainString() + ")");
    }
}
