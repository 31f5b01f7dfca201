package dev.readiness.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.evidence.coverage.Counter;
import dev.readiness.evidence.coverage.Coverage;
import dev.readiness.evidence.coverage.CoverageEvidence;
import dev.readiness.evidence.tests.TestClassIndex;
import dev.readiness.evidence.tests.TestEvidence;
import dev.readiness.history.HistoryRead;
import dev.readiness.history.HistoryRecord;
import dev.readiness.history.HistoryStore;
import dev.readiness.history.RatchetResult;
import dev.readiness.history.TrendDirection;
import dev.readiness.policy.CounterKind;
import dev.readiness.policy.GateSpec;
import dev.readiness.policy.Policy;
import dev.readiness.policy.PolicyFactory;
import dev.readiness.policy.ReadinessLevel;
import dev.readiness.policy.TagDefinition;
import dev.readiness.report.JsonReport;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trend, ratchet and the history record, evaluated through the real history store. */
class HistoryEvaluationTest {
    private static final ProjectInfo PROJECT = new ProjectInfo("com.acme", "lib", "1.0");

    @TempDir
    Path dir;

    private static Policy policy(String tolerance) throws Exception {
        List<GateSpec> specs = new ArrayList<>();
        for (var g : PolicyFactory.defaultGates()) {
            if (!g.id().equals("overall-test-coverage")) {
                specs.add(GateSpec.disabled(g.id()));
            }
        }
        specs.add(GateSpec.builder("overall-test-coverage")
                .threshold("50")
                .critical("true")
                .noRegression("true")
                .tolerance(tolerance)
                .build());
        return new PolicyFactory().build(List.<TagDefinition>of(), List.of(), specs, null, null, null, null);
    }

    private static Evidence coverage(long covered, long missed) {
        Map<CounterKind, Counter> m = new EnumMap<>(CounterKind.class);
        for (CounterKind k : CounterKind.values()) {
            m.put(k, new Counter(covered, missed));
        }
        CoverageEvidence cov = new CoverageEvidence(
                List.of(Path.of("jacoco.exec")), List.of(), 1, new Coverage(m), List.of(), Map.of(), List.of(), null);
        return new Evidence(
                TestEvidence.none(), List.of(), TestEvidence.none(), List.of(), TestClassIndex.empty(), List.of(), cov);
    }

    /** Evaluates against the history file, then appends, like the check goal does. */
    private Assessment build(Policy policy, Evidence evidence, int minute) throws Exception {
        Path file = dir.resolve("history.jsonl");
        HistoryRead read = new HistoryStore(file).read();
        Assessment a = new Evaluator()
                .evaluate(
                        policy,
                        evidence,
                        PROJECT,
                        Instant.parse("2026-11-22T10:00:00Z").plusSeconds(60L * minute),
                        new HistoryContext(read.records(), "abc123", "main"));
        new HistoryStore(file).append(ReadinessEngine.toRecord(a));
        return a;
    }

    @Test
    void ratchetIsMissingWithoutAPreviousValueThenFailsOnADropBeyondTheTolerance() throws Exception {
        Policy policy = policy("1");
        Assessment first = build(policy, coverage(90, 10), 0);
        GateResult g1 = first.gates().get(0);
        assertThat(g1.status()).isEqualTo(GateStatus.PASSED);
        assertThat(g1.ratchet().status()).isEqualTo(RatchetResult.Status.MISSING);
        assertThat(first.trend().direction()).isEqualTo(TrendDirection.INSUFFICIENT_DATA);

        // 89 % is a drop of exactly the tolerance: passes
        Assessment second = build(policy, coverage(89, 11), 1);
        assertThat(second.gates().get(0).status()).isEqualTo(GateStatus.PASSED);
        assertThat(second.gates().get(0).ratchet().status()).isEqualTo(RatchetResult.Status.PASSED);

        // 88.99 % is 1.01 below the best recorded 90: the ratchet fails the (critical) gate although 88.99 >= 50
        Assessment third = build(policy, coverage(8899, 1101), 2);
        GateResult g3 = third.gates().get(0);
        assertThat(g3.status()).isEqualTo(GateStatus.FAILED);
        assertThat(g3.blocking()).isTrue();
        assertThat(g3.ratchet().previous()).isEqualByComparingTo("90.00");
        assertThat(g3.message()).contains("regressed", "from 90.00 to 88.99");
        assertThat(third.level()).isEqualTo(ReadinessLevel.BLOCKED);

        // a rise never fails
        Assessment fourth = build(policy, coverage(99, 1), 3);
        assertThat(fourth.gates().get(0).status()).isEqualTo(GateStatus.PASSED);
    }

    @Test
    void reRunningARegressedBuildFailsAgainBecauseAFailedBuildDoesNotLowerTheBar() throws Exception {
        Policy policy = policy("1");
        build(policy, coverage(90, 10), 0);
        Assessment failed = build(policy, coverage(85, 15), 1);
        assertThat(failed.gates().get(0).status()).isEqualTo(GateStatus.FAILED);

        // "re-run failed jobs": the same evidence again must fail again, not compare with the regressed 85
        Assessment rerun = build(policy, coverage(85, 15), 2);
        GateResult g = rerun.gates().get(0);
        assertThat(g.status()).isEqualTo(GateStatus.FAILED);
        assertThat(g.ratchet().previous()).isEqualByComparingTo("90.00");
        assertThat(rerun.level()).isEqualTo(ReadinessLevel.BLOCKED);
    }

    @Test
    void theToleranceIsNotSpentAgainOnEveryBuild() throws Exception {
        Policy policy = policy("1");
        build(policy, coverage(90, 10), 0);
        assertThat(build(policy, coverage(89, 11), 1).gates().get(0).status()).isEqualTo(GateStatus.PASSED);
        // 88 is within 1 of the previous 89, but 2 below the best accepted 90
        GateResult slipped = build(policy, coverage(88, 12), 2).gates().get(0);
        assertThat(slipped.status()).isEqualTo(GateStatus.FAILED);
        assertThat(slipped.ratchet().previous()).isEqualByComparingTo("90.00");
    }

    @Test
    void theBarSurvivesTheCompactionOfTheRecordThatSetIt() throws Exception {
        Policy policy = policy("1");
        build(policy, coverage(90, 10), 0);
        build(policy, coverage(89, 11), 1);
        // keep only the last record (89, bar 90): the bar is still 90
        Path file = dir.resolve("history.jsonl");
        List<HistoryRecord> all = new HistoryStore(file).read().records();
        java.nio.file.Files.writeString(file, all.get(1).toJson() + "\n");
        assertThat(all.get(1).gates().get("overall-test-coverage").bar()).isEqualByComparingTo("90.00");
        GateResult g = build(policy, coverage(88, 12), 2).gates().get(0);
        assertThat(g.status()).isEqualTo(GateStatus.FAILED);
        assertThat(g.ratchet().previous()).isEqualByComparingTo("90.00");
    }

    @Test
    void trendComparesWithTheMeanOfThePreviousBuildsAndIsWrittenToJson() throws Exception {
        Policy policy = policy("100");
        // gate scores: min(100, v/50*100) = 100 while coverage >= 50 %, so vary below 50
        build(policy, coverage(40, 60), 0); // 80
        build(policy, coverage(40, 60), 1); // 80
        Assessment a = build(policy, coverage(45, 55), 2); // 90 > mean 80 + 2
        assertThat(a.trend().direction()).isEqualTo(TrendDirection.IMPROVING);
        assertThat(a.trend().previous()).isEqualByComparingTo("80");
        assertThat(a.trend().delta()).isEqualByComparingTo("10");
        assertThat(a.trend().count()).isEqualTo(2);
        assertThat(a.gateTrends()).containsKey("overall-test-coverage");
        assertThat(a.commit()).isEqualTo("abc123");

        String json = new JsonReport(dir).render(a);
        assertThat(json).contains("\"direction\" : \"improving\"", "\"previousScore\" : 80", "\"branch\" : \"main\"");

        List<HistoryRecord> records =
                new HistoryStore(dir.resolve("history.jsonl")).read().records();
        assertThat(records).hasSize(3);
        assertThat(records.get(2).score()).isEqualByComparingTo(a.score());
        assertThat(records.get(2).gates().get("overall-test-coverage").value()).isEqualByComparingTo("45.00");
        assertThat(records.get(2).coverage().get("line")).containsEntry("covered", 45L);
    }

    @Test
    void withoutHistoryThereIsNoTrendAndTheRatchetIsMissing() throws Exception {
        Assessment a = new Evaluator().evaluate(policy("0"), coverage(90, 10), PROJECT, Instant.EPOCH);
        assertThat(a.trend()).isNull();
        assertThat(a.gates().get(0).ratchet().status()).isEqualTo(RatchetResult.Status.MISSING);
        assertThat(a.gates().get(0).ratchet().message()).contains("readiness.skipHistory");
        assertThat(new JsonReport(dir).render(a)).contains("\"trend\" : null");
    }
}
