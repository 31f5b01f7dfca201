package dev.readiness.history;

import dev.readiness.policy.ReadinessLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The summary of one assessment, as stored on one line of the history file.
 *
 * <p>Maps are copied into sorted, unmodifiable maps, so the JSON written from a record is deterministic.
 *
 * @param version schema version of the line ({@code v} in JSON); {@link #CURRENT_VERSION} for records written now
 * @param timestamp when the assessment was made
 * @param groupId project groupId
 * @param artifactId project artifactId
 * @param projectVersion project version
 * @param score overall score 0–100, or {@code null} when no gate was measured
 * @param level readiness level, e.g. {@code CONDITIONAL_READY}; a level written by a newer version that this one does
 *     not know is kept by name
 * @param gates gate id to status and value, sorted by id
 * @param tests test totals by name ({@code total}, {@code passed}, {@code failed}, {@code errors}, {@code skipped},
 *     {@code flaky}), sorted by name
 * @param coverage counter name (e.g. {@code line}) to {@code covered}/{@code missed} counts, sorted
 * @param commit full commit id of the project checkout, or {@code null} when unknown
 * @param branch branch name, or {@code null} when detached or unknown
 * @param testRuns the build's input fingerprint and the ids of its failed, erroring and flaky tests ({@code testRuns}
 *     in JSON); {@link TestRuns#NONE} in a record written before per-test history was recorded
 */
public record HistoryRecord(
        int version,
        Instant timestamp,
        String groupId,
        String artifactId,
        String projectVersion,
        BigDecimal score,
        HistoryName<ReadinessLevel> level,
        Map<String, GateSnapshot> gates,
        Map<String, Long> tests,
        Map<String, Map<String, Long>> coverage,
        String commit,
        String branch,
        TestRuns testRuns) {

    /** The schema version this code writes. Lines with a higher version are read best-effort (unknown fields). */
    public static final int CURRENT_VERSION = 1;

    public HistoryRecord {
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1, was " + version);
        }
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(artifactId, "artifactId");
        Objects.requireNonNull(projectVersion, "projectVersion");
        Objects.requireNonNull(level, "level");
        gates = sortedCopy(gates);
        tests = sortedCopy(tests);
        SortedMap<String, Map<String, Long>> counters = new TreeMap<>();
        coverage.forEach((counter, counts) -> counters.put(counter, sortedCopy(counts)));
        coverage = Collections.unmodifiableSortedMap(counters);
        testRuns = testRuns == null ? TestRuns.NONE : testRuns;
    }

    /** A record without per-test information ({@link TestRuns#NONE}), as written before per-test history was recorded. */
    public HistoryRecord(
            int version,
            Instant timestamp,
            String groupId,
            String artifactId,
            String projectVersion,
            BigDecimal score,
            HistoryName<ReadinessLevel> level,
            Map<String, GateSnapshot> gates,
            Map<String, Long> tests,
            Map<String, Map<String, Long>> coverage,
            String commit,
            String branch) {
        this(
                version,
                timestamp,
                groupId,
                artifactId,
                projectVersion,
                score,
                level,
                gates,
                tests,
                coverage,
                commit,
                branch,
                TestRuns.NONE);
    }

    /** The same record with this per-test information. */
    public HistoryRecord withTestRuns(TestRuns runs) {
        return new HistoryRecord(
                version,
                timestamp,
                groupId,
                artifactId,
                projectVersion,
                score,
                level,
                gates,
                tests,
                coverage,
                commit,
                branch,
                runs);
    }

    /**
     * Whether {@link #testRuns()} names every failed, erroring and flaky test of the build: each of its maps holds as
     * many ids as the {@link #tests()} count of that outcome. When not, a test it does not name may have failed.
     */
    public boolean testRunsComplete() {
        return complete(testRuns.failed(), "failed")
                && complete(testRuns.errors(), "errors")
                && complete(testRuns.flaky(), "flaky");
    }

    private boolean complete(Map<String, String> ids, String count) {
        Long expected = tests.get(count);
        return expected != null && ids.size() >= expected;
    }

    private static <V> Map<String, V> sortedCopy(Map<String, V> map) {
        SortedMap<String, V> copy = new TreeMap<>();
        map.forEach((key, value) -> copy.put(Objects.requireNonNull(key), Objects.requireNonNull(value, key)));
        return Collections.unmodifiableSortedMap(copy);
    }

    /** A record in the {@linkplain #CURRENT_VERSION current schema version}. */
    public static HistoryRecord of(
            Instant timestamp,
            String groupId,
            String artifactId,
            String projectVersion,
            BigDecimal score,
            ReadinessLevel level,
            Map<String, GateSnapshot> gates,
            Map<String, Long> tests,
            Map<String, Map<String, Long>> coverage,
            String commit,
            String branch) {
        return new HistoryRecord(
                CURRENT_VERSION,
                timestamp,
                groupId,
                artifactId,
                projectVersion,
                score,
                HistoryName.of(level),
                gates,
                tests,
                coverage,
                commit,
                branch);
    }

    /** This record as one line of JSON (the history file's format), without the line break. */
    public String toJson() {
        byte[] line = new HistoryJson().toLine(this);
        return new String(line, 0, line.length - 1, java.nio.charset.StandardCharsets.UTF_8);
    }
}
