package dev.readiness.maven;

import dev.readiness.assess.Assessment;
import dev.readiness.assess.Evaluator;
import dev.readiness.policy.ReadinessLevel;
import dev.readiness.report.ConsoleReport;
import java.io.File;
import java.math.BigDecimal;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Evaluates the readiness policy against the build's evidence, writes the reports and fails the build when the
 * readiness level is below {@code minimumLevel}.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractReadinessMojo {

    /**
     * Fails the build when the verdict is below {@code minimumLevel}; {@code false} only warns (the verdict is then
     * not enforced).
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /**
     * Skips only the {@code check} goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.skipCheck", defaultValue = "false")
    private boolean skipCheck;

    /**
     * @param engine the engine, injected by Maven
     */
    @Inject
    public CheckMojo(Engine engine) {
        super(engine);
    }

    @Override
    protected String skippedBy() {
        return skipCheck ? "readiness.skipCheck" : null;
    }

    @Override
    protected void onReactorNotComputed(String message) throws MojoFailureException {
        if (failOnViolation) {
            throw new MojoFailureException(message);
        }
        getLog().error(message);
        getLog().warn("readiness.failOnViolation is false: the build goes on without a reactor verdict");
    }

    @Override
    protected void onVerdict(Assessment assessment, ReadinessLevel minimum, File reports, boolean enforce)
            throws MojoFailureException {
        if (assessment.level().isAtLeast(minimum)) {
            return;
        }
        if (belowOnlyBecauseOfSkippedTests(
                !assessment.skippedGates().isEmpty(),
                assessment.score(),
                !assessment.blockingIssues().isEmpty(),
                minimum)) {
            // below the minimum only because gates were not measured: the user chose not to produce that evidence
            // (what was measured meets the minimum; a score below it still fails, skipped tests or not)
            getLog().warn("Readiness level " + assessment.level() + " is below " + minimum + ", but this build"
                    + " skipped tests, so " + assessment.skippedGates().size() + " gate(s) were not measured: the"
                    + " readiness gate is NOT enforced for this build (" + ConsoleReport.verdictLine(assessment)
                    + "). Run mvn verify without skipping tests for an enforced verdict.");
            return;
        }
        // a reactor verdict fails the execution of the module that completed the reactor: say whose verdict it is
        String blamed = assessment.reactor() == null ? null : project().getArtifactId();
        if (failOnViolation && enforce) {
            throw new MojoFailureException(
                    Verdicts.failureMessage(assessment, minimum, reports, true, blamed, printedOnce()));
        }
        Verdicts.failureMessage(assessment, minimum, reports, false, null, printedOnce())
                .lines()
                .forEach(getLog()::warn);
        if (!enforce) {
            getLog().warn("This module's verdict is not enforced: with readiness.aggregate the reactor verdict is"
                    + " (readiness.failOnModuleViolation=true enforces both)");
            return;
        }
        getLog().warn("readiness.failOnViolation is false: the readiness gate was NOT enforced ("
                + ConsoleReport.verdictLine(assessment) + ")");
    }

    @Override
    protected boolean verdictInError(Assessment assessment, ReadinessLevel minimum) {
        return !assessment.level().isAtLeast(minimum)
                && !belowOnlyBecauseOfSkippedTests(
                        !assessment.skippedGates().isEmpty(),
                        assessment.score(),
                        !assessment.blockingIssues().isEmpty(),
                        minimum);
    }

    /**
     * A verdict below the minimum is left unenforced for a build that skipped tests only when the gates that were
     * measured meet the minimum by themselves: the level is below it because of the skip (the user chose not to
     * produce that evidence), not because of a measured shortfall, which fails the build, skipped tests or not.
     */
    static boolean belowOnlyBecauseOfSkippedTests(
            boolean gatesSkipped, BigDecimal score, boolean blocked, ReadinessLevel minimum) {
        return gatesSkipped && Evaluator.levelOf(score, blocked).isAtLeast(minimum);
    }
}
