package dev.readiness.assess;

import dev.readiness.history.HistoryQueries;
import dev.readiness.history.RatchetResult;
import dev.readiness.policy.GateDefinition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code noRegression} ratchet applied to a measured gate: a drop beyond the tolerance below the best recorded
 * value (the bar, {@link HistoryQueries#ratchetBar}) fails the gate.
 */
final class Ratchet {
    private Ratchet() {}

    /** Gate values are recorded (and compared by the ratchet) with two decimals, rounded down. */
    static BigDecimal recorded(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.DOWN);
    }

    /**
     * Applies the gate's no-regression ratchet: a drop beyond the tolerance below the best recorded value (the bar,
     * {@link HistoryQueries#ratchetBar}) fails the gate.
     */
    static GateResult apply(GateResult r, HistoryContext history) {
        GateDefinition gate = r.gate();
        if (!gate.noRegression() || !r.status().measured()) {
            return r;
        }
        RatchetResult ratchet;
        if (history == null) {
            ratchet = new RatchetResult(
                    RatchetResult.Status.MISSING,
                    null,
                    "history is off (readiness.skipHistory), so a regression cannot be judged");
        } else {
            ratchet = RatchetResult.check(
                    recorded(r.value()),
                    gate.tolerance(),
                    HistoryQueries.ratchetBar(history.previous(), gate.id(), history.branch()));
        }
        if (ratchet.status() != RatchetResult.Status.FAILED) {
            return r.withRatchet(ratchet);
        }
        List<String> details = new ArrayList<>();
        details.add("restore the value to at least "
                + Percent.plain(ratchet.previous().subtract(gate.tolerance()))
                + " % (the best value recorded on this branch, " + Percent.plain(ratchet.previous())
                + " %, less the tolerance of "
                + Percent.plain(gate.tolerance()) + ")");
        details.addAll(r.details());
        return r.regressed(
                ratchet, gate.id() + ": regressed — " + ratchet.message() + " (no-regression ratchet)", details);
    }
}
