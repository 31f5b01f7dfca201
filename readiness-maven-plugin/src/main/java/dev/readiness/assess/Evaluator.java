package dev.readiness.assess;

import dev.readiness.history.HistoryQueries;
import dev.readiness.history.Trend;
import dev.readiness.policy.GateDefinition;
import dev.readiness.policy.Policy;
import dev.readiness.policy.ReadinessLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Applies a {@link Policy} to {@link Evidence}: gate statuses, score, level, confidence, blocking issues and
 * recommendations, exactly as DESIGN.md §5 defines them. Pure and thread-safe: no state, no I/O.
 *
 * <p>Each gate is evaluated by its metric's {@link MetricGate} (registered in {@link Gates}) and then by the
 * {@link Ratchet}; {@link Scoring} gives the score, level and confidence, {@link Advice} the recommendations and
 * warnings.
 */
public final class Evaluator {

    /** Evaluates without history: no trend, ratchets are {@code MISSING}. */
    public Assessment evaluate(Policy policy, Evidence evidence, ProjectInfo project, Instant timestamp) {
        return evaluate(policy, evidence, project, timestamp, null);
    }

    /**
     * Evaluates the policy.
     *
     * @param history earlier assessments for the trend and the ratchets, or {@code null} when history is off
     */
    public Assessment evaluate(
            Policy policy, Evidence evidence, ProjectInfo project, Instant timestamp, HistoryContext history) {
        return evaluate(policy, evidence, project, timestamp, history, List.of());
    }

    /**
     * Evaluates the policy with the quarantine entries in force on the assessment's day.
     *
     * @param quarantined the active entries: their tests do not count for pass-rate gates
     */
    public Assessment evaluate(
            Policy policy,
            Evidence evidence,
            ProjectInfo project,
            Instant timestamp,
            HistoryContext history,
            List<dev.readiness.evidence.tests.Quarantine.Entry> quarantined) {
        GateContext ctx = GateContext.of(policy, evidence, history, quarantined);
        List<GateResult> results = new ArrayList<>();
        for (GateDefinition gate : policy.gates()) {
            results.add(Ratchet.apply(Gates.evaluate(gate, ctx), history));
        }
        Scoring.Verdict verdict = Scoring.verdict(results, ctx);
        BigDecimal score = verdict.score();
        ReadinessLevel level = verdict.level();

        Trend trend = null;
        Map<String, Trend> gateTrends = Map.of();
        List<ScorePoint> scoreHistory = new ArrayList<>();
        if (history != null) {
            history.previous().stream()
                    .filter(r -> r.score() != null)
                    .forEach(r -> scoreHistory.add(
                            new ScorePoint(r.timestamp(), r.score(), r.level().name())));
            if (score != null) {
                scoreHistory.add(new ScorePoint(timestamp, score, level.name()));
            }
            if (scoreHistory.size() > Assessment.CHART_POINTS) {
                scoreHistory
                        .subList(0, scoreHistory.size() - Assessment.CHART_POINTS)
                        .clear();
            }
            trend = HistoryQueries.scoreTrend(history.previous(), score);
            Map<String, BigDecimal> values = new TreeMap<>();
            results.stream()
                    .filter(r -> r.status().measured())
                    .forEach(r -> values.put(r.gate().id(), Ratchet.recorded(r.value())));
            gateTrends = HistoryQueries.gateTrends(history.previous(), values);
        }

        return new Assessment(
                project,
                timestamp,
                score,
                level,
                level.isAtLeast(ReadinessLevel.CONDITIONAL_READY),
                verdict.confidence(),
                verdict.measuredShare(),
                results,
                GateContext.summary(ctx),
                evidence.coverage(),
                verdict.blocking().stream().map(GateResult::message).toList(),
                Advice.recommendations(verdict.thinEvidence(), results, evidence.coverage()),
                Advice.warnings(evidence, results),
                trend,
                gateTrends,
                history == null ? null : history.commit(),
                history == null ? null : history.branch(),
                scoreHistory,
                evidence.benchmarks(),
                evidence.documentation(),
                null,
                evidence.scope(),
                evidence.mutation(),
                history == null ? null : history.fingerprint(),
                history == null ? null : durations(evidence));
    }

    /**
     * The level the score gives (DESIGN.md §5), before the caps for skipped critical gates and thin evidence: public
     * so that the check goal can tell a verdict below its minimum by the numbers from one capped by those rules.
     */
    public static ReadinessLevel levelOf(BigDecimal score, boolean blocked) {
        return Scoring.level(score, blocked);
    }

    /** This build's test times per source (suite total and slowest classes), for the history record. */
    static dev.readiness.history.Durations durations(Evidence evidence) {
        java.util.Map<String, dev.readiness.history.Durations.Suite> sources = new java.util.TreeMap<>();
        putSuite(sources, "surefire", evidence.surefire().cases());
        putSuite(sources, "failsafe", evidence.failsafe().cases());
        return new dev.readiness.history.Durations(sources);
    }

    private static void putSuite(
            java.util.Map<String, dev.readiness.history.Durations.Suite> sources,
            String name,
            List<dev.readiness.evidence.tests.TestCaseResult> cases) {
        dev.readiness.history.Durations.Suite suite = dev.readiness.history.Durations.suite(cases.stream()
                .map(c -> java.util.Map.entry(
                        dev.readiness.text.SafeText.excerpt(c.className(), dev.readiness.history.TestRuns.ID),
                        c.timeMicros()))
                .toList());
        if (suite != null) {
            sources.put(name, suite);
        }
    }
}
