package dev.readiness.assess;

import dev.readiness.history.RatchetResult;
import dev.readiness.policy.GateDefinition;
import java.math.BigDecimal;
import java.util.List;

/**
 * The evaluated gate.
 *
 * @param gate the definition
 * @param status outcome
 * @param value measured percentage 0–100 (rounded down to 6 decimals), {@code null} unless measured
 * @param numerator the measured count (covered lines, passed tests, …), 0 unless measured
 * @param denominator the count it is measured against, 0 unless measured
 * @param gateScore {@code min(100, value / threshold * 100)}, {@code null} unless measured
 * @param message one line: subject, metric, actual, required — or why it is missing
 * @param details concrete things to fix (worst classes, failing tests, the file to produce), most important first
 * @param blocking this gate makes the verdict {@code BLOCKED}
 * @param ratchet the no-regression check against the previous recorded value, {@code null} when the gate has no
 *     ratchet or was not measured
 */
public record GateResult(
        GateDefinition gate,
        GateStatus status,
        BigDecimal value,
        long numerator,
        long denominator,
        BigDecimal gateScore,
        String message,
        List<String> details,
        boolean blocking,
        RatchetResult ratchet) {

    public GateResult {
        details = List.copyOf(details);
    }
}
