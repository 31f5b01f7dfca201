package dev.readiness.policy;

/** What a {@code mutation} gate divides by (DESIGN.md §5, {@code <measure>}). */
public enum MutationMeasure {
    /** Detected mutants / all mutants: PIT's mutation score ("Killed N (x%)"); the default. */
    SCORE,
    /** Detected mutants / mutants with test coverage: PIT's "test strength" (mutants no test runs are left out). */
    STRENGTH;

    /** The configuration name, {@code score} or {@code strength}. */
    public String configName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
