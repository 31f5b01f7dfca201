package dev.readiness.history;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Selections over records read from a history file. Records are taken in file order (the order they were appended),
 * which is the order of the builds; timestamps are not used for ordering because clocks of machines differ.
 */
public final class HistoryQueries {
    private HistoryQueries() {}

    /** The records of one project (same groupId and artifactId, any version), in file order. */
    public static List<HistoryRecord> sameProject(List<HistoryRecord> all, String groupId, String artifactId) {
        return all.stream()
                .filter(r -> r.groupId().equals(groupId) && r.artifactId().equals(artifactId))
                .toList();
    }

    /**
     * The most recent measured value of a gate on a branch, for the ratchet. Records where the gate has no value are
     * passed over, so a build without evidence does not reset the ratchet. Pass only the records of the project (see
     * {@link #sameProject}) and only records before the current build.
     *
     * @param branch the branch, or {@code null} to compare with records made on a detached HEAD or outside git
     */
    public static Optional<BigDecimal> previousGateValue(List<HistoryRecord> all, String gateId, String branch) {
        for (int i = all.size() - 1; i >= 0; i--) {
            HistoryRecord record = all.get(i);
            GateSnapshot gate = record.gates().get(gateId);
            if (Objects.equals(record.branch(), branch) && gate != null && gate.value() != null) {
                return Optional.of(gate.value());
            }
        }
        return Optional.empty();
    }

    /**
     * The bar of a gate's {@code noRegression} ratchet on a branch: the best value recorded for the gate on that
     * branch, taken over the measured values and over the bars earlier builds recorded (which keep the best value of
     * records since dropped by {@code historyLimit}). A build that regressed records a value below the bar, so it can
     * never lower the bar: re-running a failed build compares with the same bar and fails again, and a tolerance
     * cannot be spent again on every build. Pass only the records of the project (see {@link #sameProject}) and only
     * records before the current build.
     *
     * @param branch the branch, or {@code null} to compare with records made on a detached HEAD or outside git
     */
    public static Optional<BigDecimal> ratchetBar(List<HistoryRecord> all, String gateId, String branch) {
        BigDecimal best = null;
        for (HistoryRecord record : all) {
            GateSnapshot gate = record.gates().get(gateId);
            if (gate == null || !Objects.equals(record.branch(), branch)) {
                continue;
            }
            for (BigDecimal candidate : new BigDecimal[] {gate.value(), gate.bar()}) {
                if (candidate != null && (best == null || candidate.compareTo(best) > 0)) {
                    best = candidate;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The scores of the records, oldest first, {@code null} where no gate was measured; input for {@link Trend}. */
    public static List<BigDecimal> scores(List<HistoryRecord> records) {
        List<BigDecimal> scores = new ArrayList<>(records.size());
        records.forEach(r -> scores.add(r.score()));
        return Collections.unmodifiableList(scores);
    }

    /** The values of one gate, oldest first, {@code null} where the gate was absent or not measured. */
    public static List<BigDecimal> gateValues(List<HistoryRecord> records, String gateId) {
        List<BigDecimal> values = new ArrayList<>(records.size());
        for (HistoryRecord record : records) {
            GateSnapshot gate = record.gates().get(gateId);
            values.add(gate == null ? null : gate.value());
        }
        return Collections.unmodifiableList(values);
    }

    /** The trend of the overall score against the previous records (of one project, oldest first). */
    public static Trend scoreTrend(List<HistoryRecord> previous, BigDecimal currentScore) {
        return Trend.of(scores(previous), currentScore);
    }

    /**
     * The trend of each gate's value against the previous records (of one project, oldest first).
     *
     * @param currentValues gate id to the value measured now ({@code null} values allowed)
     * @return gate id to trend, sorted by id
     */
    public static SortedMap<String, Trend> gateTrends(
            List<HistoryRecord> previous, Map<String, BigDecimal> currentValues) {
        SortedMap<String, Trend> trends = new TreeMap<>();
        currentValues.forEach((id, value) -> trends.put(id, Trend.of(gateValues(previous, id), value)));
        return Collections.unmodifiableSortedMap(trends);
    }
}
