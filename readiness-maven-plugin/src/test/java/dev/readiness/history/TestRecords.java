package dev.readiness.history;

import dev.readiness.policy.ReadinessLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** Records for tests, with a fixed clock so the JSON is reproducible. */
final class TestRecords {
    static final Instant EPOCH = Instant.parse("2026-11-22T10:00:00Z");

    private TestRecords() {}

    /** A record of project {@code dev.test:artifactId}, version {@code projectVersion}, branch {@code main}. */
    static HistoryRecord record(String artifactId, String projectVersion, int second) {
        return record(artifactId, projectVersion, second, new BigDecimal("87.5"), "main");
    }

    static HistoryRecord record(String artifactId, String projectVersion, int second, BigDecimal score, String branch) {
        return HistoryRecord.of(
                EPOCH.plusSeconds(second),
                "dev.test",
                artifactId,
                projectVersion,
                score,
                ReadinessLevel.CONDITIONAL_READY,
                Map.of(
                        "test-pass-rate", new GateSnapshot(SnapshotStatus.PASSED, new BigDecimal("100")),
                        "overall-test-coverage", new GateSnapshot(SnapshotStatus.FAILED, new BigDecimal("81.3")),
                        "safety-critical-coverage", new GateSnapshot(SnapshotStatus.NOT_CONFIGURED, null)),
                Map.of("total", 12L, "passed", 11L, "failed", 0L, "errors", 0L, "skipped", 1L, "flaky", 1L),
                Map.of(
                        "line",
                        Map.of("covered", 813L, "missed", 187L),
                        "branch",
                        Map.of("covered", 40L, "missed", 10L)),
                "0123456789abcdef0123456789abcdef01234567",
                branch);
    }

    /** A record of {@code dev.test:app} with the given gate value on a branch. */
    static HistoryRecord gate(String gateId, BigDecimal value, String branch) {
        return HistoryRecord.of(
                EPOCH,
                "dev.test",
                "app",
                "1.0",
                value,
                ReadinessLevel.NOT_READY,
                Map.of(gateId, new GateSnapshot(value == null ? SnapshotStatus.MISSING : SnapshotStatus.PASSED, value)),
                Map.of(),
                Map.of(),
                null,
                branch);
    }
}
