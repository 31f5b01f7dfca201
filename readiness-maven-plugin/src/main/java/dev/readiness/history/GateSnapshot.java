package dev.readiness.history;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One gate of one recorded assessment.
 *
 * @param status the gate status as reported ({@code PASSED}, {@code FAILED}, {@code MISSING}, {@code NOT_CONFIGURED},
 *     {@code DISABLED}); kept as text so records written by newer versions stay readable
 * @param value the measured value (0–100), or {@code null} when the gate was not measured
 * @param bar for a gate with a {@code noRegression} ratchet, the best value accepted on the branch up to and including
 *     this build (what the next build is compared with), so that the bar survives the compaction of older records;
 *     {@code null} for other gates and in records written before 0.1.0's fail-closed ratchet
 */
public record GateSnapshot(String status, BigDecimal value, BigDecimal bar) {
    public GateSnapshot {
        Objects.requireNonNull(status, "status");
    }

    /** A snapshot without a ratchet bar. */
    public GateSnapshot(String status, BigDecimal value) {
        this(status, value, null);
    }
}
