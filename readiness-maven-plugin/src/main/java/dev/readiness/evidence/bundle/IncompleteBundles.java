package dev.readiness.evidence.bundle;

import java.util.Locale;
import java.util.Optional;

/** What a missing shard does to the verdict ({@code readiness.incompleteBundles}). */
public enum IncompleteBundles {
    /** The gates the missing shard's evidence feeds are {@code MISSING}, naming the shard (the default). */
    FAIL,
    /** The arrived shards are judged, with a warning naming the missing ones. */
    WARN;

    /** The policy of a property value ({@code fail}, {@code warn}), case-insensitive; empty when unknown. */
    public static Optional<IncompleteBundles> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(FAIL);
        }
        for (IncompleteBundles p : values()) {
            if (p.name().equalsIgnoreCase(value.strip())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** {@code fail} or {@code warn}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
