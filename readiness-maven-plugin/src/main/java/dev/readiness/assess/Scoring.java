package dev.readiness.assess;

import dev.readiness.evidence.tests.TestOutcome;
import dev.readiness.policy.Policy;
import dev.readiness.policy.ReadinessLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Stream;

/**
 * Score, measured share, level and confidence of a list of gate results (DESIGN.md §5), with the two caps: a critical
 * gate this build skipped, and too little of the policy measured ({@code readiness.minimumMeasuredWeight}).
 */
final class Scoring {
    private static final BigDecimal PRODUCTION = BigDecimal.valueOf(95);
    private static final BigDecimal CONDITIONAL = BigDecimal.valueOf(85);
    private static final BigDecimal IMPROVEMENT = BigDecimal.valueOf(70);
    /** Below this measured share (0–1) confidence is at most {@code high}. */
    private static final BigDecimal SHARE_VERY_HIGH = new BigDecimal("0.90");
    /** Below this measured share (0–1) confidence is at most {@code medium}. */
    private static final BigDecimal SHARE_HIGH = new BigDecimal("0.70");

    private Scoring() {}

    /**
     * The verdict of the gates.
     *
     * @param score weighted mean of the measured gates' scores, 2 decimals rounded down; {@code null} when none was
     *     measured
     * @param measuredShare measured weight / enabled weight, 0–1, 4 decimals rounded down
     * @param level the level after the caps
     * @param confidence how far the verdict can be trusted
     * @param blocking the gates that block the verdict, in policy order
     * @param thinEvidence why the level was capped for too little evidence and what to measure, or {@code null}
     */
    record Verdict(
            BigDecimal score,
            BigDecimal measuredShare,
            ReadinessLevel level,
            Confidence confidence,
            List<GateResult> blocking,
            String thinEvidence) {}

    static Verdict verdict(List<GateResult> results, GateContext ctx) {
        Policy policy = ctx.policy();
        BigDecimal enabledWeight = BigDecimal.ZERO;
        BigDecimal measuredWeight = BigDecimal.ZERO;
        BigDecimal weighted = BigDecimal.ZERO;
        for (GateResult r : results) {
            if (r.gate().enabled()) {
                enabledWeight = enabledWeight.add(r.gate().weight());
            }
            if (r.status().measured()) {
                measuredWeight = measuredWeight.add(r.gate().weight());
                weighted = weighted.add(r.gate().weight().multiply(r.gateScore()));
            }
        }
        BigDecimal score = measuredWeight.signum() == 0 ? null : weighted.divide(measuredWeight, 2, RoundingMode.DOWN);
        BigDecimal measuredShare = enabledWeight.signum() == 0
                ? BigDecimal.ZERO
                : measuredWeight.divide(enabledWeight, 4, RoundingMode.DOWN);

        List<GateResult> blocking =
                results.stream().filter(GateResult::blocking).toList();
        ReadinessLevel level = level(score, !blocking.isEmpty());
        boolean underMeasured = underMeasured(measuredShare, policy.minimumMeasuredWeight());
        Confidence confidence =
                confidence(score, !blocking.isEmpty(), measuredShare, underMeasured, failuresInside(results, ctx));
        boolean criticalSkipped = results.stream()
                .anyMatch(r -> r.status() == GateStatus.SKIPPED && r.gate().critical());
        if (criticalSkipped && level != ReadinessLevel.BLOCKED) {
            // a critical gate this build did not measure: no approval on what was left (nor on old evidence)
            level = ReadinessLevel.NOT_READY;
            confidence = Confidence.LOW;
        }
        String thinEvidence = null;
        if (underMeasured && level.isAtLeast(ReadinessLevel.NEEDS_IMPROVEMENT)) {
            // too little of the policy was measured to claim readiness, whatever the score of that little
            level = ReadinessLevel.NOT_READY;
            thinEvidence = thinEvidence(results, measuredShare, policy.minimumMeasuredWeight());
        }
        return new Verdict(score, measuredShare, level, confidence, blocking, thinEvidence);
    }

    static ReadinessLevel level(BigDecimal score, boolean blocked) {
        if (blocked) {
            return ReadinessLevel.BLOCKED;
        }
        if (score == null) {
            return ReadinessLevel.NOT_READY;
        }
        if (score.compareTo(PRODUCTION) >= 0) {
            return ReadinessLevel.PRODUCTION_READY;
        }
        if (score.compareTo(CONDITIONAL) >= 0) {
            return ReadinessLevel.CONDITIONAL_READY;
        }
        if (score.compareTo(IMPROVEMENT) >= 0) {
            return ReadinessLevel.NEEDS_IMPROVEMENT;
        }
        return ReadinessLevel.NOT_READY;
    }

    static Confidence confidence(BigDecimal score, boolean criticalFailure) {
        return confidence(score, criticalFailure, BigDecimal.ONE, false, false);
    }

    /**
     * How far the verdict can be trusted (policy page, "Confidence"): by the score as before, then at most
     * {@code high} when less than 90 % of the weight was measured or something failed inside the verdict (a failed
     * non-critical gate, a failing test the pass-rate gate tolerated), at most {@code medium} below 70 % measured, and
     * {@code low} below the policy's minimum measured weight.
     */
    static Confidence confidence(
            BigDecimal score,
            boolean criticalFailure,
            BigDecimal measuredShare,
            boolean underMeasured,
            boolean failuresInside) {
        if (score == null || underMeasured) {
            return Confidence.LOW;
        }
        Confidence byScore;
        if (!criticalFailure && score.compareTo(PRODUCTION) >= 0) {
            byScore = Confidence.VERY_HIGH;
        } else if (!criticalFailure && score.compareTo(CONDITIONAL) >= 0) {
            byScore = Confidence.HIGH;
        } else if (score.compareTo(IMPROVEMENT) >= 0) {
            byScore = Confidence.MEDIUM;
        } else {
            byScore = Confidence.LOW;
        }
        Confidence cap = Confidence.VERY_HIGH;
        if (measuredShare.compareTo(SHARE_VERY_HIGH) < 0 || failuresInside) {
            cap = Confidence.HIGH;
        }
        if (measuredShare.compareTo(SHARE_HIGH) < 0) {
            cap = Confidence.MEDIUM;
        }
        return byScore.compareTo(cap) >= 0 ? byScore : cap; // the less confident of the two (LOW is last)
    }

    /** The measured share (0–1) is below the policy's minimum (a percentage). */
    static boolean underMeasured(BigDecimal measuredShare, BigDecimal minimumPercent) {
        return measuredShare.multiply(BigDecimal.valueOf(100)).compareTo(minimumPercent) < 0;
    }

    /** A gate failed without blocking, or a test failed or erred inside a pass rate that passed. */
    private static boolean failuresInside(List<GateResult> results, GateContext ctx) {
        boolean failedGate = results.stream().anyMatch(r -> r.status() == GateStatus.FAILED);
        boolean failedTest = Stream.concat(ctx.surefire().stream(), ctx.failsafe().stream())
                .anyMatch(c -> c.outcome() == TestOutcome.FAILED || c.outcome() == TestOutcome.ERROR);
        return failedGate || failedTest;
    }

    /** Why the level is NOT_READY when too little was measured, and what to measure. */
    private static String thinEvidence(List<GateResult> results, BigDecimal measuredShare, BigDecimal minimum) {
        long enabled = results.stream().filter(r -> r.gate().enabled()).count();
        long measured = results.stream().filter(r -> r.status().measured()).count();
        List<String> unmeasured = results.stream()
                .filter(r -> r.gate().enabled() && !r.status().measured())
                .map(r -> r.gate().id() + " (" + r.status() + ")")
                .toList();
        return "not enough evidence for a verdict: " + measured + " of " + enabled + " gates measured, "
                + Percent.display(measuredShare.multiply(BigDecimal.valueOf(100))) + " % of the weight < required "
                + Percent.plain(minimum) + " % (readiness.minimumMeasuredWeight); produce the evidence of "
                + String.join(", ", unmeasured)
                + ", or disable the gates this project does not use (<gate><id>…</id><enabled>false</enabled></gate>)";
    }
}
