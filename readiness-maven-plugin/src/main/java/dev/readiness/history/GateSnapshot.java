package dev.readiness.history;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One gate of one recorded assessment.
 *
 * @param status the gate status as reported ({@code PASSED}, {@code FAILED}, {@code MISSING}, {@code NOT_CONFIGURED},
 *     {@code DISABLED}); kept as text so records written by newer versions stay readable
 * @param value the measured value (0–100), or {@code null} when the gate was not measured
 */
public record GateSnapshot(String status, BigDecimal value) {
    public GateSnapshot {
        Objects.requireNonNull(status, "status");
    }
}
