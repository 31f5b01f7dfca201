package dev.readiness.assess;

import dev.readiness.evidence.StaleEvidence;
import dev.readiness.evidence.bundle.BundleSet;
import dev.readiness.evidence.tests.StaleReports.StaleReport;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Which evidence the verdict is about: the rule that told this build's evidence from earlier builds', what was left
 * out, and which tests the build skipped. Rendered as {@code evidence} in readiness.json and as warnings everywhere.
 *
 * @param rule {@code build-start} (readiness ran in the Maven invocation that ran the tests) or {@code newest-run}
 * @param buildStart the start of that invocation, {@code null} for the newest-run rule
 * @param runStart the reference test reports were dated against: the build start, or the start of the newest run's
 *     first JaCoCo session; {@code null} when reports were not dated
 * @param staleEvidence the policy for stale evidence
 * @param reportFiles test report files counted (Surefire and Failsafe)
 * @param staleReports reports from earlier builds (left out, unless the policy is {@code warn}), sorted
 * @param surefireSkippedBy the property that skipped the Surefire tests in this build, {@code null} when they ran
 * @param failsafeSkippedBy the property that skipped the Failsafe tests in this build, {@code null} when they ran
 * @param bundles the evidence bundles the tests and coverage were read from ({@code readiness.bundles}), {@code null}
 *     when the evidence is the build's own
 */
public record EvidenceScope(
        String rule,
        Instant buildStart,
        Instant runStart,
        StaleEvidence staleEvidence,
        int reportFiles,
        List<StaleReport> staleReports,
        String surefireSkippedBy,
        String failsafeSkippedBy,
        BundleSet bundles) {

    /** The scope of a build's own evidence (no bundles). */
    public EvidenceScope(
            String rule,
            Instant buildStart,
            Instant runStart,
            StaleEvidence staleEvidence,
            int reportFiles,
            List<StaleReport> staleReports,
            String surefireSkippedBy,
            String failsafeSkippedBy) {
        this(
                rule,
                buildStart,
                runStart,
                staleEvidence,
                reportFiles,
                staleReports,
                surefireSkippedBy,
                failsafeSkippedBy,
                null);
    }

    public EvidenceScope {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(staleEvidence, "staleEvidence");
        staleReports = List.copyOf(staleReports);
    }

    /** True when this build skipped some of its tests. */
    public boolean testsSkipped() {
        return surefireSkippedBy != null || failsafeSkippedBy != null;
    }
}
