package dev.readiness.evidence.tests;

public enum TestOutcome {
    PASSED,
    FLAKY,
    FAILED,
    ERROR,
    SKIPPED
}
