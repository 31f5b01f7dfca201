package dev.readiness.evidence;

import java.util.Locale;
import java.util.Optional;

/**
 * What happens to evidence an earlier build left behind (JaCoCo sessions appended to an exec file, Surefire reports of
 * test classes that no longer exist or did not run): the policy switch {@code readiness.staleEvidence}.
 */
public enum StaleEvidence {
    /** Left out of the numbers, and said so in every view (the default). */
    EXCLUDE,
    /** The evaluation fails, naming the stale files and sessions. */
    FAIL,
    /** Counted as before, with a warning in every view. */
    WARN;

    /** The configuration name: {@code exclude}, {@code fail}, {@code warn}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value of a configuration name (case-insensitive), empty when it is none of them. */
    public static Optional<StaleEvidence> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (StaleEvidence s : values()) {
            if (s.configName().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
