package dev.readiness.assess;

import dev.readiness.evidence.EvidenceWindow;
import dev.readiness.evidence.StaleEvidence;
import java.time.Instant;
import java.util.Objects;

/**
 * What the engine knows about the build being judged: which evidence is its own, and which tests it chose to skip.
 *
 * @param window which evidence belongs to the build (same-build or newest-run rule) and what stale evidence does
 * @param surefireSkippedBy the property that skipped the Surefire tests in this build (e.g. {@code skipTests}),
 *     {@code null} when they ran
 * @param failsafeSkippedBy the property that skipped the Failsafe tests in this build (e.g. {@code skipITs}),
 *     {@code null} when they ran
 * @param invocationStart when this Maven invocation started, whatever its phases; a history record written at or after
 *     it is this invocation's own (e.g. check's, seen by the site report) and never a "previous" build; {@code null}
 *     when unknown
 */
public record ThisBuild(
        EvidenceWindow window, String surefireSkippedBy, String failsafeSkippedBy, Instant invocationStart) {

    public ThisBuild {
        Objects.requireNonNull(window, "window");
    }

    /** A build context without an invocation start. */
    public ThisBuild(EvidenceWindow window, String surefireSkippedBy, String failsafeSkippedBy) {
        this(window, surefireSkippedBy, failsafeSkippedBy, window.buildStart());
    }

    /** Readiness on its own (no test ran in this Maven invocation): the newest-run rule, stale evidence excluded. */
    public static ThisBuild standalone() {
        return new ThisBuild(EvidenceWindow.newestRun(StaleEvidence.EXCLUDE), null, null);
    }

    /** True when this build skipped the Surefire tests. */
    public boolean surefireSkipped() {
        return surefireSkippedBy != null;
    }

    /** True when this build skipped the Failsafe tests. */
    public boolean failsafeSkipped() {
        return failsafeSkippedBy != null;
    }

    /** The same build with another window. */
    public ThisBuild withWindow(EvidenceWindow newWindow) {
        return new ThisBuild(newWindow, surefireSkippedBy, failsafeSkippedBy, invocationStart);
    }
}
