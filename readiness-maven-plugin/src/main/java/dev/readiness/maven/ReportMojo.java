package dev.readiness.maven;

import dev.readiness.assess.Assessment;
import dev.readiness.policy.Policy;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Evaluates the readiness policy and writes the reports like {@code check}, but never fails the build for the
 * verdict: for dashboards and pull-request comments.
 *
 * @since 0.1.0
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ReportMojo extends AbstractReadinessMojo {

    /**
     * Skips only the {@code report} goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.skipReport", defaultValue = "false")
    private boolean skipReport;

    @Override
    protected String skippedBy() {
        return skipReport ? "readiness.skipReport" : null;
    }

    @Override
    protected void onVerdict(Assessment assessment, Policy policy) {
        if (!assessment.level().isAtLeast(policy.minimumLevel())) {
            getLog().warn("Readiness level " + assessment.level() + " is below " + policy.minimumLevel()
                    + " (the report goal does not fail the build; use readiness:check to enforce it)");
        }
    }
}
