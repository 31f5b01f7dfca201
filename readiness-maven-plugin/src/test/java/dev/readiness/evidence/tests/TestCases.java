package dev.readiness.evidence.tests;

import java.nio.file.Path;
import java.util.Locale;

/** Builds hand-made cases for unit tests. */
final class TestCases {
    static final Path REPORT = Path.of("TEST-hand-made.xml");

    private TestCases() {}

    static TestCaseResult passed(String className, String name) {
        return of(className, name, TestOutcome.PASSED);
    }

    static TestCaseResult of(String className, String name, TestOutcome outcome) {
        String message = outcome == TestOutcome.PASSED ? null : outcome.name().toLowerCase(Locale.ROOT);
        return new TestCaseResult(
                className, name, outcome, outcome == TestOutcome.FLAKY ? 1 : 0, 1000, message, REPORT);
    }
}
