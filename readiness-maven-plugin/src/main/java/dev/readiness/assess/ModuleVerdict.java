package dev.readiness.assess;

import dev.readiness.policy.ReadinessLevel;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A module's own verdict, as shown in the reactor's per-module breakdown.
 *
 * @param level the module's readiness level
 * @param score the module's score, {@code null} when none of its gates was measured
 */
public record ModuleVerdict(ReadinessLevel level, BigDecimal score) {
    public ModuleVerdict {
        Objects.requireNonNull(level, "level");
    }

    /** The verdict of an assessment. */
    public static ModuleVerdict of(Assessment assessment) {
        return new ModuleVerdict(assessment.level(), assessment.score());
    }
}
