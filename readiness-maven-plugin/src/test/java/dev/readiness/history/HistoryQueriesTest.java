package dev.readiness.history;

import static dev.readiness.policy.ReadinessLevel.NOT_READY;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HistoryQueriesTest {
    private static final String GATE = "overall-test-coverage";

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void sameProjectKeepsGroupAndArtifactWhateverTheVersion() {
        HistoryRecord a1 = TestRecords.record("a", "1.0", 1);
        HistoryRecord b = TestRecords.record("b", "1.0", 2);
        HistoryRecord a2 = TestRecords.record("a", "2.0-SNAPSHOT", 3);
        HistoryRecord otherGroup = HistoryRecord.of(
                Instant.EPOCH, "other", "a", "1.0", null, NOT_READY, Map.of(), Map.of(), Map.of(), null, null);

        assertThat(HistoryQueries.sameProject(List.of(a1, b, otherGroup, a2), "dev.test", "a"))
                .containsExactly(a1, a2);
    }

    @Test
    void previousGateValueIsTheLatestOnTheSameBranch() {
        List<HistoryRecord> all = List.of(
                TestRecords.gate(GATE, d("80"), "main"),
                TestRecords.gate(GATE, d("85"), "main"),
                TestRecords.gate(GATE, d("99"), "feature"));

        assertThat(HistoryQueries.previousGateValue(all, GATE, "main")).contains(d("85"));
        assertThat(HistoryQueries.previousGateValue(all, GATE, "feature")).contains(d("99"));
        assertThat(HistoryQueries.previousGateValue(all, GATE, "release")).isEmpty();
    }

    @Test
    void ratchetBarIsTheBestValueOnTheBranchSoARegressedRecordCannotLowerIt() {
        List<HistoryRecord> all = List.of(
                TestRecords.gate(GATE, d("90"), "main"),
                TestRecords.gate(GATE, d("80"), "main"), // a failed build's regressed value
                TestRecords.gate(GATE, d("99"), "feature"));

        assertThat(HistoryQueries.ratchetBar(all, GATE, "main")).contains(d("90"));
        assertThat(HistoryQueries.ratchetBar(all, GATE, "feature")).contains(d("99"));
        assertThat(HistoryQueries.ratchetBar(all, GATE, "release")).isEmpty();
        assertThat(HistoryQueries.ratchetBar(all, "other", "main")).isEmpty();
    }

    @Test
    void ratchetBarKeepsTheRecordedBarOfCompactedRecords() {
        HistoryRecord withBar = HistoryRecord.of(
                Instant.EPOCH,
                "dev.test",
                "app",
                "1.0",
                null,
                NOT_READY,
                Map.of(GATE, new GateSnapshot(SnapshotStatus.FAILED, d("80"), d("95"))),
                Map.of(),
                Map.of(),
                null,
                "main");
        assertThat(HistoryQueries.ratchetBar(List.of(withBar), GATE, "main")).contains(d("95"));
        assertThat(withBar.toJson()).contains("\"bar\":95");
    }

    @Test
    void buildWithoutAValueDoesNotResetTheRatchet() {
        List<HistoryRecord> all =
                List.of(TestRecords.gate(GATE, d("85"), "main"), TestRecords.gate(GATE, null, "main"));

        assertThat(HistoryQueries.previousGateValue(all, GATE, "main")).contains(d("85"));
    }

    @Test
    void detachedBuildsCompareWithDetachedBuilds() {
        List<HistoryRecord> all =
                List.of(TestRecords.gate(GATE, d("70"), null), TestRecords.gate(GATE, d("85"), "main"));

        assertThat(HistoryQueries.previousGateValue(all, GATE, null)).contains(d("70"));
    }

    @Test
    void unknownGateHasNoPreviousValue() {
        assertThat(HistoryQueries.previousGateValue(List.of(TestRecords.gate(GATE, d("70"), "main")), "other", "main"))
                .isEmpty();
    }

    @Test
    void scoreAndGateTrendsUseTheRecordsInFileOrder() {
        List<HistoryRecord> previous = List.of(
                TestRecords.gate(GATE, d("70"), "main"),
                TestRecords.gate(GATE, null, "main"),
                TestRecords.gate(GATE, d("74"), "main"));
        Map<String, BigDecimal> current = new HashMap<>();
        current.put(GATE, d("80"));
        current.put("absent-before", d("50"));
        current.put("unmeasured-now", null);

        assertThat(HistoryQueries.scores(previous)).containsExactly(d("70"), null, d("74"));
        assertThat(HistoryQueries.scoreTrend(previous, d("80")))
                .isEqualTo(new Trend(TrendDirection.IMPROVING, d("74"), d("6"), d("80"), d("70"), 2));
        assertThat(HistoryQueries.gateTrends(previous, current))
                .containsOnlyKeys("absent-before", GATE, "unmeasured-now")
                .containsEntry(GATE, new Trend(TrendDirection.IMPROVING, d("74"), d("6"), d("80"), d("70"), 2))
                .containsEntry("absent-before", Trend.of(List.of(), d("50")));
        assertThat(HistoryQueries.gateTrends(previous, current).firstKey()).isEqualTo("absent-before");
    }
}
