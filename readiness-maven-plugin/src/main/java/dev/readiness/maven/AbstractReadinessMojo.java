package dev.readiness.maven;

import dev.readiness.assess.Assessment;
import dev.readiness.assess.AssessmentRequest;
import dev.readiness.assess.ModuleInput;
import dev.readiness.assess.ModuleVerdict;
import dev.readiness.assess.ProjectInfo;
import dev.readiness.assess.ReadinessEngine;
import dev.readiness.evidence.EvidenceException;
import dev.readiness.maven.ReactorState.Contribution;
import dev.readiness.policy.Policy;
import dev.readiness.policy.PolicyException;
import dev.readiness.policy.ReadinessLevel;
import dev.readiness.report.PrintedOnce;
import dev.readiness.report.ReportFiles;
import dev.readiness.text.SafeText;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.lifecycle.LifecycleExecutor;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Runs an evaluating goal with the parameters of {@link AbstractReadinessParameters} and the engine Maven injects
 * ({@link Engine}): calls the engine, logs the verdict and maps failures to Maven's exceptions: invalid
 * configuration, unreadable evidence, unwritable reports and anything unexpected are {@link MojoExecutionException}s;
 * the verdict itself is handled by {@link #onVerdict}. With {@code aggregate}, the module also contributes to the
 * reactor verdict, which the module completing the reactor evaluates.
 */
public abstract class AbstractReadinessMojo extends AbstractReadinessParameters {

    /** A reactor verdict and where it was written. */
    private record ReactorVerdict(Assessment assessment, ReadinessLevel minimumLevel, File outputDirectory) {}

    /** Maven's lifecycle, to know which modules' executions this build runs; {@code null} outside Maven. */
    @Inject
    private LifecycleExecutor lifecycle;

    private final Engine engine;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;

    /**
     * Adds one reactor verdict for a multi-module build. Set it once in the root POM: every module is still assessed
     * on its own, and after the last module has run the goal, one more verdict is evaluated over the evidence of
     * all modules — every Surefire and Failsafe report, the JaCoCo execution data of every module applied to the
     * classes of every module (integration tests in one module cover code in another), the tags across modules — by
     * the root's policy. It is written to the root's report directory, shown last on the console, and fails the
     * build by the root's {@code minimumLevel}. It is computed exactly once, after every module's evidence exists,
     * also with {@code mvn -T}. With {@code -pl} or {@code -rf} it covers the modules of the build and names the
     * others. Modules with {@code pom} packaging are listed but have no assessment of their own. On the console
     * each module prints one line (its own level and score; its full verdict is in its reports), and a failing
     * reactor verdict is printed in the build's error, which says it is the reactor's verdict.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.aggregate", defaultValue = "false")
    private boolean aggregate;

    /**
     * With {@code aggregate}, also fails the build when a single module's own verdict is below
     * {@code minimumLevel}. By default only the reactor verdict is enforced and the modules' verdicts are reported
     * (a module without tests of its own, covered by another module's integration tests, is not blocked), one line
     * per module on the console; with this parameter each module prints its whole verdict again.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.failOnModuleViolation", defaultValue = "false")
    private boolean failOnModuleViolation;

    /**
     * With {@code aggregate}: more Surefire report directories or globs for the reactor verdict only, relative to the
     * reactor root, e.g. reports collected from CI shards ({@code shards/*&#47;**&#47;surefire-reports}). A report that is
     * also reached through a module (same bytes) is counted once.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.reactorSurefireReports")
    private List<String> reactorSurefireReports = new ArrayList<>();

    /**
     * With {@code aggregate}: more Failsafe report directories or globs for the reactor verdict only, relative to the
     * reactor root. A report that is also reached through a module (same bytes) is counted once.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.reactorFailsafeReports")
    private List<String> reactorFailsafeReports = new ArrayList<>();

    /**
     * With {@code aggregate}: more JaCoCo execution data files or globs for the reactor verdict only, relative to the
     * reactor root (e.g. {@code shards/*&#47;**&#47;jacoco*.exec}). Execution data is merged probe by probe, so a file
     * reached twice changes nothing.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.reactorExecFiles")
    private List<String> reactorExecFiles = new ArrayList<>();

    /**
     * Appends the Markdown summary ({@code readiness.md}) to the file named by the {@code GITHUB_STEP_SUMMARY}
     * environment variable when it is set, so GitHub Actions shows the verdict on the run's summary page.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.stepSummary", defaultValue = "true")
    private boolean stepSummary;

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
                run(() -> enforce(contribute(null, null, skippedBy + " is true")));
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
            writeFiles(own, request, outputDirectory(), stepSummary);
            if (oneLinePerModule()) {
                // the reactor verdict follows: one line here, the module's gate table and advice are in its reports
                verdictLog().moduleLine(own, outputDirectory());
            } else {
                verdictLog().full(own, outputDirectory());
                notRecorded(own, request);
            }
        }
        boolean enforceOwn = !aggregate() || failOnModuleViolation();
        if (own != null && !enforceOwn && !oneLinePerModule()) {
            onVerdict(own, policy.minimumLevel(), outputDirectory(), false); // warns before the reactor verdict
        }
        Optional<ReactorVerdict> reactor = Optional.empty();
        if (aggregate()) {
            reactor = contribute(
                    inputs,
                    own == null ? null : ModuleVerdict.of(own),
                    pom ? "pom packaging: no code of its own" : null);
        }
        if (own != null && enforceOwn) {
            onVerdict(own, policy.minimumLevel(), outputDirectory(), true);
        }
        enforce(reactor);
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

    private void enforce(Optional<ReactorVerdict> reactor) throws MojoFailureException {
        if (reactor.isPresent()) {
            ReactorVerdict r = reactor.get();
            onVerdict(r.assessment(), r.minimumLevel(), r.outputDirectory(), true);
        }
    }

    /** Records this module in the session's reactor state; evaluates the reactor verdict when this module is last. */
    private Optional<ReactorVerdict> contribute(ReadinessInputs inputs, ModuleVerdict verdict, String excludedReason)
            throws MojoExecutionException, MojoFailureException, PolicyException, EvidenceException, IOException {
        ReactorState state = Reactor.state(session(), mojoExecution, lifecycle);
        MavenProject root = Reactor.root(session());
        Path rootDir = root.getBasedir().toPath().toAbsolutePath().normalize();
        MavenProject project = project();
        ModuleInput module = inputs == null
                ? Reactor.excluded(project, rootDir, excludedReason)
                : Reactor.module(project, rootDir, inputs, verdict, excludedReason);
        Optional<List<Contribution>> complete = state.contribute(new Contribution(
                Reactor.id(project),
                module,
                project.isExecutionRoot(),
                inputs,
                reactorLocations(),
                outputDirectory(),
                stepSummary));
        if (complete.isEmpty()) {
            if (state.late(Reactor.id(project))) {
                onReactorNotComputed("The reactor verdict was computed before module " + project.getArtifactId()
                        + " ran readiness, so its evidence is NOT in the reactor verdict: bind check/report to the same"
                        + " phase in every module (default verify), or run readiness:check from the command line.");
                return Optional.empty();
            }
            List<String> waiting = state.waitingFor();
            List<String> finished = Reactor.finished(session(), waiting);
            if (!finished.isEmpty()) {
                onReactorNotComputed("The reactor verdict was NOT computed, so nothing was enforced for the reactor:"
                        + " module" + (finished.size() == 1 ? " " : "s ") + String.join(", ", finished)
                        + " finished without running readiness check/report, which this build was expected to run."
                        + " Bind the goal to the same phase in every module (default verify), or run"
                        + " readiness:check from the command line.");
                return Optional.empty();
            }
            getLog().debug("Reactor verdict pending: it is computed after "
                    + String.join(
                            ", ",
                            waiting.stream()
                                    .map(AbstractReadinessMojo::artifactId)
                                    .toList()));
            return Optional.empty();
        }
        return evaluateReactor(complete.get(), root, rootDir, state.notes());
    }

    private static String artifactId(String projectId) {
        return projectId.substring(projectId.indexOf(':') + 1);
    }

    /**
     * Acts on a reactor verdict that was not computed (or not over this module): {@code check} fails unless
     * {@code failOnViolation} is false; {@code report} logs an error.
     */
    protected abstract void onReactorNotComputed(String message) throws MojoFailureException;

    private Optional<ReactorVerdict> evaluateReactor(
            List<Contribution> contributions, MavenProject root, Path rootDir, List<String> notes)
            throws PolicyException, EvidenceException, IOException {
        List<String> notInBuild = Reactor.notInBuild(session());
        Optional<ReactorPlan> plan = ReactorPlan.of(
                contributions,
                new ProjectInfo(root.getGroupId(), root.getArtifactId(), root.getVersion()),
                rootDir,
                "pom".equals(root.getPackaging()),
                notInBuild,
                Instant.now(),
                ThisBuildFacts.of(session(), root, ReactorPlan.stalePolicy(contributions)));
        if (plan.isEmpty()) {
            getLog().debug("readiness: no reactor verdict (a single module, or every module skipped or pom)");
            return Optional.empty();
        }
        ReactorPlan p = plan.get();
        Assessment assessment =
                engine.assessReactor(p.request()).withMoreWarnings(p.notes()).withMoreWarnings(notes);
        getLog().info("");
        getLog().info("Reactor verdict over " + p.request().modules().size() + " modules"
                + (notInBuild.isEmpty() ? "" : " (partial build: " + notInBuild.size() + " not built)"));
        ReadinessLevel minimum = p.policy().minimumLevel();
        writeFiles(assessment, p.request().root(), p.outputDirectory(), p.stepSummary());
        if (verdictInError(assessment, minimum)) {
            // the build's error carries the whole block (CI shows the last error): here its warnings only
            verdictLog().inError(assessment, minimum, p.outputDirectory());
        } else {
            verdictLog().full(assessment, p.outputDirectory());
        }
        notRecorded(assessment, p.request().root());
        return Optional.of(new ReactorVerdict(assessment, p.policy().minimumLevel(), p.outputDirectory()));
    }

    private void notRecorded(Assessment assessment, AssessmentRequest request) {
        ReadinessEngine.notRecordedReason(assessment, request)
                .ifPresent(reason -> getLog().info("No history record for this verdict: " + reason));
    }

    /** The report files and the history record, without a console line. */
    private void writeFiles(Assessment assessment, AssessmentRequest request, File output, boolean summaryEnabled)
            throws IOException {
        Path summary = StepSummary.file(summaryEnabled, System::getenv);
        for (Path file : ReportFiles.write(assessment, output.toPath(), request.baseDir(), summary)) {
            getLog().debug("Wrote " + file);
        }
        engine.record(assessment, request);
    }

    /**
     * Whether {@link #onVerdict} prints or throws the whole verdict block of this (enforced) verdict, so that logging
     * it before would print it twice.
     */
    protected abstract boolean verdictInError(Assessment assessment, ReadinessLevel minimum);

    private boolean aggregate() {
        return aggregate;
    }

    private boolean failOnModuleViolation() {
        return failOnModuleViolation;
    }

    /** The reactor-only extra locations: Surefire, Failsafe, exec files. */
    private List<List<String>> reactorLocations() {
        return List.of(
                Lists.split(reactorSurefireReports == null ? List.of() : reactorSurefireReports),
                Lists.split(reactorFailsafeReports == null ? List.of() : reactorFailsafeReports),
                Lists.split(reactorExecFiles == null ? List.of() : reactorExecFiles));
    }

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
