package dev.readiness.assess;

import java.util.Locale;

/** How much the verdict can be trusted (DESIGN.md §5). */
public enum Confidence {
    VERY_HIGH,
    HIGH,
    MEDIUM,
    LOW;

    /** The name used in readiness.json, e.g. {@code very_high}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
