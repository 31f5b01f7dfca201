package dev.readiness.maven;

import dev.readiness.assess.Assessment;
import dev.readiness.assess.AssessmentRequest;
import dev.readiness.assess.GateResult;
import dev.readiness.assess.GateStatus;
import dev.readiness.assess.ReadinessEngine;
import dev.readiness.evidence.EvidenceException;
import dev.readiness.policy.Policy;
import dev.readiness.policy.PolicyException;
import dev.readiness.report.ConsoleReport;
import dev.readiness.report.ReportFiles;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;

/**
 * Runs an evaluating goal with the parameters of {@link AbstractReadinessParameters}: calls the engine once, logs the verdict and maps failures to
 * Maven's exceptions: invalid configuration and unreadable evidence are {@link MojoExecutionException}s; the verdict
 * itself is handled by {@link #onVerdict}.
 */
public abstract class AbstractReadinessMojo extends AbstractReadinessParameters {

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip()) {
            getLog().info("Skipping readiness: readiness.skip is true");
            return;
        }
        String goalSkip = skippedBy();
        if (goalSkip != null) {
            getLog().info("Skipping readiness: " + goalSkip + " is true");
            return;
        }
        Assessment assessment;
        try {
            ReadinessInputs inputs = inputs();
            Policy policy = inputs.policy();
            MavenProject project = project();
            Path baseDir = project.getBasedir().toPath();
            ReadinessEngine engine = new ReadinessEngine();
            AssessmentRequest request = inputs.request(policy, project, Instant.now());
            assessment = engine.assess(request);
            Path summary = StepSummary.file(stepSummary(), System::getenv);
            for (Path file : ReportFiles.write(assessment, outputDirectory().toPath(), baseDir, summary)) {
                getLog().debug("Wrote " + file);
            }
            engine.record(assessment, request);
            log(assessment);
            onVerdict(assessment, policy);
        } catch (PolicyException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (EvidenceException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "Cannot write the readiness reports to " + outputDirectory() + " or the history to " + historyFile()
                            + ": " + e.getMessage()
                            + ". Check that they are writable, or set readiness.outputDirectory /"
                            + " readiness.historyFile (readiness.skipHistory=true turns history off).",
                    e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("readiness failed unexpectedly: " + e, e);
        }
    }

    /** Where the reports are written. */
    protected File reportDirectory() {
        return outputDirectory();
    }

    /** The goal-specific skip property that is set, or {@code null}. */
    protected abstract String skippedBy();

    /** Acts on the verdict: fail the build, warn, or nothing. */
    protected abstract void onVerdict(Assessment assessment, Policy policy) throws MojoFailureException;

    private void log(Assessment assessment) {
        for (String line : ConsoleReport.lines(assessment)) {
            getLog().info(line);
        }
        for (GateResult r : assessment.gates()) {
            if (r.status() == GateStatus.FAILED) {
                getLog().warn(r.message());
            }
        }
        for (String warning : assessment.warnings()) {
            getLog().warn(warning);
        }
        getLog().info("Reports in " + outputDirectory());
    }
}
