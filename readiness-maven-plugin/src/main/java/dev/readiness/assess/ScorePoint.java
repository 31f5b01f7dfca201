package dev.readiness.assess;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One scored build of the project, from the history file or the current assessment, for the trend chart.
 *
 * @param timestamp when the build was assessed
 * @param score its score, 0–100
 * @param level its readiness level name
 */
public record ScorePoint(Instant timestamp, BigDecimal score, String level) {
    public ScorePoint {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(level, "level");
    }
}
