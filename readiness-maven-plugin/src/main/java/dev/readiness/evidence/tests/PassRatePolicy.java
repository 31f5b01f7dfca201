package dev.readiness.evidence.tests;

public record PassRatePolicy(boolean skippedCountAsNotPassed, boolean flakyCountsAsPassed) {
    public static final PassRatePolicy DEFAULT = new PassRatePolicy(false, true);
}
