package dev.readiness.evidence.tests;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One {@code <testcase>} element of a Surefire or Failsafe report.
 *
 * @param className the {@code classname} attribute, e.g. {@code com.acme.CalculatorTest$WhenEmpty}; the suite name
 *     when the attribute is absent
 * @param name the {@code name} attribute as written, e.g. {@code adds}, {@code positive(int)[1]}
 * @param outcome what happened
 * @param reruns number of {@code flakyFailure}, {@code flakyError}, {@code rerunFailure} and {@code rerunError}
 *     children: how many extra runs the case needed
 * @param timeMicros the case's {@code time} attribute in microseconds; {@link #TIME_NOT_MEASURED} when the report
 *     gives none (absent, blank, negative or unreadable): never read as 0 s
 * @param message first non-blank line of the failure, error or skip message, or its exception type when there is no
 *     message; for a flaky case the message of its first failed run; {@code null} when passed or when the report gives
 *     neither
 * @param reportFile the report the case was read from
 * @param junitDisplayName the JUnit Platform display name from an Open Test Reporting file, as a path below the test
 *     class (e.g. {@code when empty › isZero()}, {@code positive(int) › [3] -3}); {@code null} when no such report
 *     names the case or the display name is just its method name
 */
public record TestCaseResult(
        String className,
        String name,
        TestOutcome outcome,
        int reruns,
        long timeMicros,
        String message,
        Path reportFile,
        String junitDisplayName) {
    /** The {@code timeMicros} of a case whose report gives no readable time. */
    public static final long TIME_NOT_MEASURED = -1;

    public TestCaseResult {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reportFile, "reportFile");
        if (reruns < 0) {
            throw new IllegalArgumentException("reruns must not be negative: " + reruns);
        }
        if (timeMicros < TIME_NOT_MEASURED) {
            throw new IllegalArgumentException("timeMicros must not be negative: " + timeMicros);
        }
    }

    /** True when the report gave the case a readable time. */
    public boolean timeMeasured() {
        return timeMicros != TIME_NOT_MEASURED;
    }

    /** A case without a JUnit display name (Surefire and Failsafe XML carry none). */
    public TestCaseResult(
            String className,
            String name,
            TestOutcome outcome,
            int reruns,
            long timeMicros,
            String message,
            Path reportFile) {
        this(className, name, outcome, reruns, timeMicros, message, reportFile, null);
    }

    /** This case with the given JUnit display name ({@code null} for none). */
    public TestCaseResult withJunitDisplayName(String displayName) {
        return new TestCaseResult(className, name, outcome, reruns, timeMicros, message, reportFile, displayName);
    }

    /**
     * {@link #displayName()} followed by the JUnit display name in quotes when there is one, e.g. {@code
     * com.acme.CalculatorTest$WhenEmpty.isZero "when empty › isZero()"}: how the reports name a case.
     */
    public String shownName() {
        return junitDisplayName == null ? displayName() : displayName() + " \"" + junitDisplayName + "\"";
    }

    /** {@code className.name}, the way Surefire prints a case on the console. */
    public String displayName() {
        return className + "." + name;
    }
}
