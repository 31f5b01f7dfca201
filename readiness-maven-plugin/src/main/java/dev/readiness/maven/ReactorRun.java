package dev.readiness.maven;

import dev.readiness.assess.Assessment;
import dev.readiness.assess.AssessmentRequest;
import dev.readiness.assess.ModuleInput;
import dev.readiness.assess.ModuleVerdict;
import dev.readiness.assess.ProjectInfo;
import dev.readiness.evidence.EvidenceException;
import dev.readiness.maven.ReactorState.Contribution;
import dev.readiness.policy.PolicyException;
import dev.readiness.policy.ReadinessLevel;
import dev.readiness.report.GithubAnnotations;
import dev.readiness.report.ReportFiles;
import dev.readiness.report.ReportFormat;
import dev.readiness.view.ReportModel;
import dev.readiness.view.SourceRoots;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.lifecycle.LifecycleExecutor;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * One module's part in the reactor verdict of an aggregated build: records the module in the session's
 * {@link ReactorState}, and when it completes the reactor, evaluates the reactor verdict, writes its files and logs
 * it. What to do with the verdict (fail, warn) stays with the goal. Also writes a module's own report files, the same
 * way.
 */
final class ReactorRun {
    /** A reactor verdict and where it was written. */
    record Verdict(Assessment assessment, ReadinessLevel minimumLevel, File outputDirectory) {}

    /**
     * What contributing gave: the reactor verdict when this module completed the reactor, the reason it was not (and
     * will not be) computed, or neither while other modules are pending.
     */
    record Outcome(Optional<Verdict> verdict, String notComputed) {
        static final Outcome PENDING = new Outcome(Optional.empty(), null);
    }

    private final MavenSession session;
    private final MojoExecution mojoExecution;
    private final LifecycleExecutor lifecycle;
    private final Engine engine;
    private final Log log;
    private final VerdictLog verdictLog;
    private final BiPredicate<Assessment, ReadinessLevel> verdictInError;
    private final CodeReview.Settings review;
    private final Consumer<String> annotationOut;

    ReactorRun(
            MavenSession session,
            MojoExecution mojoExecution,
            LifecycleExecutor lifecycle,
            Engine engine,
            Log log,
            VerdictLog verdictLog,
            BiPredicate<Assessment, ReadinessLevel> verdictInError,
            CodeReview.Settings review,
            Consumer<String> annotationOut) {
        this.session = session;
        this.mojoExecution = mojoExecution;
        this.lifecycle = lifecycle;
        this.engine = engine;
        this.log = log;
        this.verdictLog = verdictLog;
        this.verdictInError = verdictInError;
        this.review = review;
        this.annotationOut = annotationOut;
    }

    /** Records this module in the session's reactor state; evaluates the reactor verdict when this module is last. */
    Outcome contribute(
            MavenProject project,
            ReadinessInputs inputs,
            ModuleVerdict verdict,
            String excludedReason,
            List<List<String>> reactorLocations,
            File outputDirectory,
            boolean stepSummary)
            throws MojoExecutionException, PolicyException, EvidenceException, IOException {
        ReactorState state = Reactor.state(session, mojoExecution, lifecycle);
        MavenProject root = Reactor.root(session);
        Path rootDir = root.getBasedir().toPath().toAbsolutePath().normalize();
        ModuleInput module = inputs == null
                ? Reactor.excluded(project, rootDir, excludedReason)
                : Reactor.module(project, rootDir, inputs, verdict, excludedReason);
        Optional<List<Contribution>> complete = state.contribute(new Contribution(
                Reactor.id(project),
                module,
                project.isExecutionRoot(),
                inputs,
                reactorLocations,
                outputDirectory,
                stepSummary));
        if (complete.isEmpty()) {
            if (state.late(Reactor.id(project))) {
                return new Outcome(
                        Optional.empty(),
                        "The reactor verdict was computed before module " + project.getArtifactId()
                                + " ran readiness, so its evidence is NOT in the reactor verdict: bind check/report"
                                + " to the same phase in every module (default verify), or run readiness:check from"
                                + " the command line.");
            }
            List<String> waiting = state.waitingFor();
            List<String> finished = Reactor.finished(session, waiting);
            if (!finished.isEmpty()) {
                return new Outcome(
                        Optional.empty(),
                        "The reactor verdict was NOT computed, so nothing was enforced for the reactor: module"
                                + (finished.size() == 1 ? " " : "s ") + String.join(", ", finished)
                                + " finished without running readiness check/report, which this build was expected to"
                                + " run. Bind the goal to the same phase in every module (default verify), or run"
                                + " readiness:check from the command line.");
            }
            log.debug("Reactor verdict pending: it is computed after "
                    + String.join(
                            ", ", waiting.stream().map(ReactorRun::artifactId).toList()));
            return Outcome.PENDING;
        }
        return new Outcome(evaluate(complete.get(), root, rootDir, state.notes()), null);
    }

    private static String artifactId(String projectId) {
        return projectId.substring(projectId.indexOf(':') + 1);
    }

    private Optional<Verdict> evaluate(
            List<Contribution> contributions, MavenProject root, Path rootDir, List<String> notes)
            throws PolicyException, EvidenceException, IOException {
        List<String> notInBuild = Reactor.notInBuild(session);
        Optional<ReactorPlan> plan = ReactorPlan.of(
                contributions,
                new ProjectInfo(root.getGroupId(), root.getArtifactId(), root.getVersion()),
                rootDir,
                "pom".equals(root.getPackaging()),
                notInBuild,
                Instant.now(),
                ThisBuildFacts.of(session, root, ReactorPlan.stalePolicy(contributions)));
        if (plan.isEmpty()) {
            log.debug("readiness: no reactor verdict (a single module, or every module skipped or pom)");
            return Optional.empty();
        }
        ReactorPlan p = plan.get();
        Assessment assessment =
                engine.assessReactor(p.request()).withMoreWarnings(p.notes()).withMoreWarnings(notes);
        log.info("");
        log.info("Reactor verdict over " + p.request().modules().size() + " modules"
                + (notInBuild.isEmpty() ? "" : " (partial build: " + notInBuild.size() + " not built)"));
        ReadinessLevel minimum = p.policy().minimumLevel();
        writeFiles(
                assessment,
                p.request().root(),
                p.outputDirectory(),
                p.stepSummary(),
                CodeReview.roots(root, session.getProjects()),
                true);
        if (verdictInError.test(assessment, minimum)) {
            // the build's error carries the whole block (CI shows the last error): here its warnings only
            verdictLog.inError(assessment, minimum, p.outputDirectory());
        } else {
            verdictLog.full(assessment, p.outputDirectory());
        }
        verdictLog.notRecorded(assessment, p.request().root());
        return Optional.of(new Verdict(assessment, minimum, p.outputDirectory()));
    }

    /**
     * The report files, the GitHub Actions annotations when asked for, and the history record, without a console
     * line.
     *
     * @param roots where the findings' source files are
     * @param annotate whether this verdict's findings may be annotated (not a module's whose reactor verdict follows)
     */
    void writeFiles(
            Assessment assessment,
            AssessmentRequest request,
            File output,
            boolean summaryEnabled,
            SourceRoots roots,
            boolean annotate)
            throws IOException {
        Path summary = StepSummary.file(summaryEnabled, System::getenv);
        for (Path file :
                ReportFiles.write(assessment, output.toPath(), request.baseDir(), summary, review.options(roots))) {
            log.debug("Wrote " + file);
        }
        if (annotate && review.annotate()) {
            ReportModel model = ReportModel.of(assessment, request.baseDir(), roots);
            GithubAnnotations.lines(
                            model, CodeReview.budget(session), fullList(output.toPath(), roots), request.baseDir())
                    .forEach(annotationOut);
        }
        engine.record(assessment, request);
    }

    /** The file that lists every finding, relative to the repository root when inside it. */
    private String fullList(Path output, SourceRoots roots) {
        ReportFormat format = List.of(
                        ReportFormat.SARIF,
                        ReportFormat.GITLAB,
                        ReportFormat.COMMENT,
                        ReportFormat.HTML,
                        ReportFormat.MARKDOWN)
                .stream()
                .filter(review.formats()::contains)
                .findFirst()
                .orElse(ReportFormat.JSON);
        Path file = output.toAbsolutePath().normalize().resolve(format.fileName());
        return file.startsWith(roots.repositoryRoot())
                ? roots.repositoryRoot().relativize(file).toString().replace('\\', '/')
                : file.toString();
    }
}
