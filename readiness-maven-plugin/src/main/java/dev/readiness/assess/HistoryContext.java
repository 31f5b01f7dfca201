package dev.readiness.assess;

import dev.readiness.history.HistoryRecord;
import java.util.List;

/**
 * What the history file says about earlier builds, for the trend and the ratchet.
 *
 * @param previous earlier assessments of the same project, oldest first
 * @param commit the git commit of this build's checkout, or {@code null}
 * @param branch the git branch, or {@code null} (detached HEAD or no git checkout)
 */
public record HistoryContext(List<HistoryRecord> previous, String commit, String branch) {
    public HistoryContext {
        previous = List.copyOf(previous);
    }
}
