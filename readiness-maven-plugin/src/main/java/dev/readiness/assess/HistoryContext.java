package dev.readiness.assess;

import dev.readiness.history.HistoryRecord;
import java.util.List;

/**
 * What the history file says about earlier builds, for the trend and the ratchet.
 *
 * @param previous earlier assessments of the same project, oldest first
 * @param commit the git commit of this build's checkout, or {@code null}
 * @param branch the git branch, or {@code null} (detached HEAD or no git checkout)
 * @param fingerprint this build's input fingerprint ({@link dev.readiness.history.BuildFingerprint}), or {@code null}
 *     when there was nothing to hash
 */
public record HistoryContext(List<HistoryRecord> previous, String commit, String branch, String fingerprint) {
    public HistoryContext {
        previous = List.copyOf(previous);
    }

    /** A context without a fingerprint. */
    public HistoryContext(List<HistoryRecord> previous, String commit, String branch) {
        this(previous, commit, branch, null);
    }
}
