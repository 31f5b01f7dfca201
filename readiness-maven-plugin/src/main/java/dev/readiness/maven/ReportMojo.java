package dev.readiness.maven;

import dev.readiness.assess.Assessment;
import dev.readiness.policy.ReadinessLevel;
import java.io.File;
import javax.inject.Inject;
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

    /**
     * @param engine the engine, injected by Maven
     */
    @Inject
    public ReportMojo(Engine engine) {
        super(engine);
    }

    @Override
    protected String skippedBy() {
        return skipReport ? "readiness.skipReport" : null;
    }

    @Override
    protected void onReactorNotComputed(String message) {
        getLog().error(message);
    }

    @Override
    protected boolean verdictInError(Assessment assessment, ReadinessLevel minimum) {
        return false; // the report goal never prints the verdict block in an error
    }

    @Override
    protected void onVerdict(Assessment assessment, ReadinessLevel minimum, File reports, boolean enforce) {
        if (!assessment.level().isAtLeast(minimum)) {
            getLog().warn("Readiness level " + assessment.level() + " is below " + minimum
                    + " (the report goal does not fail the build; use readiness:check to enforce it)");
        }
    }
}
