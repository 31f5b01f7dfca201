package dev.readiness.evidence.tests;

/**
 * The outcome of one test case as Surefire or Failsafe recorded it.
 *
 * <p>With {@code rerunFailingTestsCount}, a case that failed and then passed on a rerun is {@link #FLAKY}; a case that
 * failed on every run is {@link #FAILED} or {@link #ERROR}.
 */
public enum TestOutcome {
    /** Passed on its first run. */
    PASSED,
    /** Failed or errored at least once, then passed on a rerun ({@code flakyFailure}/{@code flakyError}). */
    FLAKY,
    /** An assertion failed on every run ({@code failure}). */
    FAILED,
    /** An unexpected exception on every run ({@code error}). */
    ERROR,
    /** Not executed ({@code skipped}: disabled, ignored, assumption failed or dependency failed). */
    SKIPPED
}
