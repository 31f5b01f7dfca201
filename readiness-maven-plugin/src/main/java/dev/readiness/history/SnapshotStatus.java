package dev.readiness.history;

/**
 * The gate statuses a history line records, by the names of {@code dev.readiness.assess.GateStatus} (the assessment
 * package depends on this one, so the history cannot use that enum). A status a newer version records and this one does
 * not know is kept by name in {@link HistoryName}; {@code GateSnapshotStatusTest} fails when a gate status is added
 * without its constant here.
 */
public enum SnapshotStatus {
    PASSED,
    FAILED,
    MISSING,
    NOT_CONFIGURED,
    DISABLED,
    SKIPPED,
    INCONCLUSIVE
}
