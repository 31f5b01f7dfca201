package dev.readiness.evidence.tests;

/**
 * How skipped and flaky cases enter a pass rate (DESIGN.md §5).
 *
 * @param skippedCountAsNotPassed {@code false} (default): skipped cases are excluded from the executed cases;
 *     {@code true}: they count as executed and not passed
 * @param flakyCountsAsPassed {@code true} (default): a case that passed on a rerun counts as passed; {@code false}: it
 *     counts as not passed. Flaky cases are reported separately either way.
 */
public record PassRatePolicy(boolean skippedCountAsNotPassed, boolean flakyCountsAsPassed) {
    /** Skipped excluded, flaky passed. */
    public static final PassRatePolicy DEFAULT = new PassRatePolicy(false, true);
}
