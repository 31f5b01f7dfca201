package dev.readiness.history;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One gate of one recorded assessment.
 *
 * @param status the gate status as reported ({@code PASSED}, {@code FAILED}, {@code MISSING}, {@code NOT_CONFIGURED},
 *     {@code DISABLED}, ...); a status written by a newer version that this one does not know is kept by name, so such
 *     records stay readable and are written back unchanged
 * @param value the measured value (0–100), or {@code null} when the gate was not measured
 * @param bar for a gate with a {@code noRegression} ratchet, the best value accepted on the branch up to and including
 *     this build (what the next build is compared with), so that the bar survives the compaction of older records;
 *     {@code null} for other gates and in records written before 0.1.0's fail-closed ratchet
 */
public record GateSnapshot(HistoryName<SnapshotStatus> status, BigDecimal value, BigDecimal bar) {
    public GateSnapshot {
        Objects.requireNonNull(status, "status");
    }

    /** A snapshot without a ratchet bar. */
    public GateSnapshot(SnapshotStatus status, BigDecimal value) {
        this(HistoryName.of(status), value, null);
    }

    /** A snapshot of a status this version knows. */
    public GateSnapshot(SnapshotStatus status, BigDecimal value, BigDecimal bar) {
        this(HistoryName.of(status), value, bar);
    }
}
