package dev.readiness.assess;

import dev.readiness.history.RatchetResult;
import dev.readiness.policy.GateDefinition;
import dev.readiness.policy.OnMissing;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The evaluated gate. Built through the named factories ({@link #passed}, {@link #failed}, {@link #measured},
 * {@link #missing}, {@link #notConfigured}, {@link #disabled}, {@link #skipped}, {@link #inconclusive}), which keep
 * the rules of DESIGN.md §5 in one place: only measured gates have a value and a gate score, a failed critical gate
 * blocks, a missing gate blocks when its {@code onMissing} is {@code fail}.
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

    /** A measured gate that met its threshold. */
    public static GateResult passed(
            GateDefinition gate,
            BigDecimal value,
            long numerator,
            long denominator,
            String message,
            List<String> details) {
        return measured(gate, true, value, numerator, denominator, message, details);
    }

    /** A measured gate below its threshold: blocking when the gate is critical. */
    public static GateResult failed(
            GateDefinition gate,
            BigDecimal value,
            long numerator,
            long denominator,
            String message,
            List<String> details) {
        return measured(gate, false, value, numerator, denominator, message, details);
    }

    /**
     * A measured gate, {@code PASSED} or {@code FAILED}; its gate score is computed from the exact counts.
     *
     * @param value {@code numerator / denominator * 100}, rounded down ({@link Percent#of})
     * @param numerator the measured count, e.g. covered lines
     * @param denominator the count it is measured against, positive
     */
    public static GateResult measured(
            GateDefinition gate,
            boolean passed,
            BigDecimal value,
            long numerator,
            long denominator,
            String message,
            List<String> details) {
        BigDecimal gateScore;
        if (gate.threshold().signum() == 0) {
            gateScore = Percent.HUNDRED;
        } else {
            // value / threshold * 100 from the exact counts, capped at 100
            BigDecimal exact = BigDecimal.valueOf(numerator)
                    .multiply(Percent.HUNDRED)
                    .multiply(Percent.HUNDRED)
                    .divide(gate.threshold().multiply(BigDecimal.valueOf(denominator)), 6, RoundingMode.DOWN);
            gateScore = exact.min(Percent.HUNDRED);
        }
        GateStatus status = passed ? GateStatus.PASSED : GateStatus.FAILED;
        return new GateResult(
                gate,
                status,
                value,
                numerator,
                denominator,
                gateScore,
                message,
                details,
                status == GateStatus.FAILED && gate.critical(),
                null);
    }

    /** Configured, but its evidence is absent: {@code <id>: MISSING — <reason>}; blocks when {@code onMissing=fail}. */
    public static GateResult missing(GateDefinition gate, String reason, List<String> details) {
        return unmeasured(
                gate,
                GateStatus.MISSING,
                gate.id() + ": MISSING — " + reason,
                details,
                gate.onMissing() == OnMissing.FAIL);
    }

    /** Its scope is undefined (a tag without selectors, no inputs at all): {@code <id>: NOT_CONFIGURED — <reason>}. */
    public static GateResult notConfigured(GateDefinition gate, String reason) {
        return unmeasured(
                gate, GateStatus.NOT_CONFIGURED, gate.id() + ": NOT_CONFIGURED — " + reason, List.of(), false);
    }

    /** Disabled in the POM: reported, not evaluated. */
    public static GateResult disabled(GateDefinition gate) {
        return unmeasured(gate, GateStatus.DISABLED, gate.id() + ": disabled in the POM", List.of(), false);
    }

    /**
     * Not measured because this build skipped the tests its evidence comes from.
     *
     * @param what what was skipped, e.g. {@code this build skipped the Surefire tests}
     * @param by the property that skipped them, e.g. {@code skipTests}
     */
    public static GateResult skipped(GateDefinition gate, String what, String by) {
        return unmeasured(
                gate,
                GateStatus.SKIPPED,
                gate.id() + ": SKIPPED — not measured in this build: " + what + " (" + by
                        + "); evidence of earlier builds is not used. Run mvn verify without " + by
                        + " for a verdict",
                List.of(),
                false);
    }

    /** Measured, but too little or too different to judge: {@code <id>: INCONCLUSIVE — <reason>}; never blocking. */
    public static GateResult inconclusive(GateDefinition gate, String reason, List<String> details) {
        return unmeasured(gate, GateStatus.INCONCLUSIVE, gate.id() + ": INCONCLUSIVE — " + reason, details, false);
    }

    private static GateResult unmeasured(
            GateDefinition gate, GateStatus status, String message, List<String> details, boolean blocking) {
        return new GateResult(gate, status, null, 0, 0, null, message, details, blocking, null);
    }

    /** This result with the ratchet's judgement attached, otherwise unchanged. */
    public GateResult withRatchet(RatchetResult judged) {
        return new GateResult(
                gate, status, value, numerator, denominator, gateScore, message, details, blocking, judged);
    }

    /**
     * This measured result failed by the no-regression ratchet: {@code FAILED} with the given message and details,
     * blocking when the gate is critical; value and gate score stay as measured.
     */
    public GateResult regressed(RatchetResult judged, String regressedMessage, List<String> regressedDetails) {
        return new GateResult(
                gate,
                GateStatus.FAILED,
                value,
                numerator,
                denominator,
                gateScore,
                regressedMessage,
                regressedDetails,
                gate.critical(),
                judged);
    }
}
