package dev.readiness.maven;

import dev.readiness.assess.Assessment;
import dev.readiness.assess.AssessmentRequest;
import dev.readiness.assess.ModuleVerdict;
import dev.readiness.evidence.EvidenceException;
import dev.readiness.policy.Policy;
import dev.readiness.policy.PolicyException;
import dev.readiness.policy.ReadinessLevel;
import dev.readiness.report.PrintedOnce;
import dev.readiness.text.SafeText;
import java.io.File;
import java.io.IOException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javax.inject.Inject;
import org.apache.maven.lifecycle.LifecycleExecutor;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;

/**
 * Runs an evaluating goal with the parameters of {@link AbstractReadinessParameters} and the engine Maven injects
 * ({@link Engine}): calls the engine, logs the verdict and maps failures to Maven's exceptions: invalid
 * configuration, unreadable evidence, unwritable reports and anything unexpected are {@link MojoExecutionException}s;
 * the verdict itself is handled by {@link #onVerdict}. With {@code aggregate}, the module also contributes to the
 * reactor verdict, which the module completing the reactor evaluates.
 */
public abstract class AbstractReadinessMojo extends AbstractGoalParameters {

    /** Maven's lifecycle, to know which modules' executions this build runs; {@code null} outside Maven. */
    @Inject
    private LifecycleExecutor lifecycle;

    private final Engine engine;

    /**
     * @param engine the engine Maven injects (a stub in unit tests)
     */
    protected AbstractReadinessMojo(Engine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        String skippedBy = skip() ? "readiness.skip" : skippedBy();
        if (skippedBy != null) {
            getLog().info("Skipping readiness: " + skippedBy + " is true");
            if (aggregate()) {
                // the skipped module may be the last one: it then evaluates (and enforces) the reactor verdict
                run(() -> enforce(contribute(codeReview(), null, null, skippedBy + " is true")));
            }
            return;
        }
        run(this::evaluate);
    }

    private interface Step {
        void run() throws MojoExecutionException, MojoFailureException, PolicyException, EvidenceException, IOException;
    }

    private void run(Step step) throws MojoExecutionException, MojoFailureException {
        try {
            step.run();
        } catch (PolicyException e) {
            throw new MojoExecutionException(SafeText.lines(e.getMessage()), e);
        } catch (EvidenceException e) {
            throw new MojoExecutionException(SafeText.lines(e.getMessage()), e);
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "Cannot write the readiness reports to " + outputDirectory() + " or the history to " + historyFile()
                            + ": " + SafeText.line(e.getMessage())
                            + ". Check that they are writable, or set readiness.outputDirectory /"
                            + " readiness.historyFile (readiness.skipHistory=true turns history off).",
                    e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("readiness failed unexpectedly: " + SafeText.line(String.valueOf(e)), e);
        }
    }

    private void evaluate()
            throws MojoExecutionException, MojoFailureException, PolicyException, EvidenceException, IOException {
        ReadinessInputs inputs = inputs();
        Policy policy = inputs.policy();
        CodeReview.Settings review = codeReview(); // an unknown format fails before the evidence is read
        MavenProject project = project();
        boolean pom = "pom".equals(project.getPackaging());
        Assessment own = null;
        if (aggregate() && pom) {
            getLog().info("pom packaging: no verdict of its own; the reactor verdict follows after the last module");
        } else {
            // with a reactor verdict, a tag whose classes live in another module does not block this module
            Policy modulePolicy =
                    aggregate() && session().getProjects().size() > 1 ? policy.asModuleOfReactor() : policy;
            AssessmentRequest request = inputs.request(
                    modulePolicy, project, Instant.now(), ThisBuildFacts.of(session(), project, inputs.stalePolicy()));
            own = engine.assess(request);
            logAnalysisCache(request);
            // with a reactor verdict to follow, the reactor's findings are the ones annotated
            reactorRun(review)
                    .writeFiles(
                            own,
                            request,
                            outputDirectory(),
                            stepSummary(),
                            CodeReview.roots(project),
                            !oneLinePerModule());
            if (oneLinePerModule()) {
                // the reactor verdict follows: one line here, the module's gate table and advice are in its reports
                verdictLog().moduleLine(own, outputDirectory());
            } else if (verdictInError(own, policy.minimumLevel())) {
                // onVerdict prints or throws the whole block below (CI shows the last error): here one line only
                verdictLog().ownInError(own, policy.minimumLevel(), outputDirectory());
                verdictLog().notRecorded(own, request);
            } else {
                verdictLog().full(own, outputDirectory());
                verdictLog().notRecorded(own, request);
            }
        }
        boolean enforceOwn = !aggregate() || failOnModuleViolation();
        if (own != null && !enforceOwn && !oneLinePerModule()) {
            onVerdict(own, policy.minimumLevel(), outputDirectory(), false); // warns before the reactor verdict
        }
        Optional<ReactorRun.Verdict> reactor = Optional.empty();
        if (aggregate()) {
            reactor = contribute(
                    review,
                    inputs,
                    own == null ? null : ModuleVerdict.of(own),
                    pom ? "pom packaging: no code of its own" : null);
        }
        if (own != null && enforceOwn) {
            onVerdict(own, policy.minimumLevel(), outputDirectory(), true);
        }
        enforce(reactor);
    }

    /** One line on what the analysis cache did, when it was on and coverage was read: so a user sees it work. */
    private void logAnalysisCache(AssessmentRequest request) {
        if (request.analysisCache() == null) {
            return;
        }
        var statistics = request.analysisCache().statistics();
        if (statistics.hits() + statistics.misses() > 0) {
            getLog().info(SafeText.line(
                    "Analysis cache " + request.analysisCache().root() + ": " + statistics));
        }
    }

    /**
     * Whether this module prints one line instead of its verdict: with {@code aggregate} in a build of several modules
     * whose own verdicts are not enforced, the reactor verdict is the one to read.
     */
    private boolean oneLinePerModule() {
        return aggregate()
                && !failOnModuleViolation()
                && session().getProjects().size() > 1;
    }

    private void enforce(Optional<ReactorRun.Verdict> reactor) throws MojoFailureException {
        if (reactor.isPresent()) {
            ReactorRun.Verdict r = reactor.get();
            onVerdict(r.assessment(), r.minimumLevel(), r.outputDirectory(), true);
        }
    }

    /**
     * Acts on a reactor verdict that was not computed (or not over this module): {@code check} fails unless
     * {@code failOnViolation} is false; {@code report} logs an error.
     */
    protected abstract void onReactorNotComputed(String message) throws MojoFailureException;

    /** Records this module for the reactor verdict: the verdict when this module completes the reactor. */
    private Optional<ReactorRun.Verdict> contribute(
            CodeReview.Settings review, ReadinessInputs inputs, ModuleVerdict verdict, String excludedReason)
            throws MojoExecutionException, MojoFailureException, PolicyException, EvidenceException, IOException {
        ReactorRun.Outcome outcome = reactorRun(review)
                .contribute(
                        project(),
                        inputs,
                        verdict,
                        excludedReason,
                        reactorLocations(),
                        outputDirectory(),
                        stepSummary());
        if (outcome.notComputed() != null) {
            onReactorNotComputed(outcome.notComputed());
        }
        return outcome.verdict();
    }

    private ReactorRun reactorRun(CodeReview.Settings review) {
        return new ReactorRun(
                session(),
                mojoExecution(),
                lifecycle,
                engine,
                getLog(),
                verdictLog(),
                this::verdictInError,
                review,
                annotationOut);
    }

    /** Where GitHub Actions annotations go: the process's standard output, where the runner reads them. */
    private Consumer<String> annotationOut = CodeReview::printToProcessStdout;

    /** For tests: collects the annotation lines instead of printing them. */
    final void annotationOut(Consumer<String> out) {
        this.annotationOut = out;
    }

    private CodeReview.Settings codeReview() throws MojoExecutionException {
        String version = mojoExecution() == null || mojoExecution().getMojoDescriptor() == null
                ? null
                : mojoExecution().getMojoDescriptor().getPluginDescriptor().getVersion();
        return CodeReview.settings(formats(), annotations(), version, System::getenv);
    }

    /**
     * Whether {@link #onVerdict} prints or throws the whole verdict block of this verdict, so that logging it before
     * would print it twice.
     */
    protected abstract boolean verdictInError(Assessment assessment, ReadinessLevel minimum);

    /** Remedy snippets printed once per build (session-wide). */
    final PrintedOnce printedOnce() {
        return Reactor.printedOnce(session());
    }

    private VerdictLog verdictLog() {
        return new VerdictLog(getLog(), printedOnce());
    }

    /** The goal-specific skip property that is set, or {@code null}. */
    protected abstract String skippedBy();

    /**
     * Acts on a verdict: fail the build, warn, or nothing.
     *
     * @param assessment the verdict
     * @param minimum the lowest accepted level
     * @param reports where its reports are
     * @param enforce false for a module's verdict when only the reactor verdict is enforced
     */
    protected abstract void onVerdict(Assessment assessment, ReadinessLevel minimum, File reports, boolean enforce)
            throws MojoFailureException;
}
