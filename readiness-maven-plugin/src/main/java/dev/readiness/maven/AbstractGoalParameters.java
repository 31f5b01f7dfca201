package dev.readiness.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters of the evaluating goals ({@code check}, {@code report}) that the site report does not take: the
 * reactor verdict, the GitHub step summary, the report formats and the code-review annotations. Declared once here; {@link AbstractReadinessMojo} runs the goals.
 */
public abstract class AbstractGoalParameters extends AbstractReadinessParameters {

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
     * environment variable when it is set, so GitHub Actions shows the verdict on the run's summary page. A summary
     * that would take the step's summary over GitHub's 1 MiB limit is cut at a line, with a note.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.stepSummary", defaultValue = "true")
    private boolean stepSummary;

    /**
     * The report files to write into {@code outputDirectory}, a comma-separated list of {@code json}
     * ({@code readiness.json}), {@code md} ({@code readiness.md}), {@code html} ({@code readiness.html}),
     * {@code badge} ({@code badge.svg}), {@code sarif} ({@code readiness.sarif}, SARIF 2.1.0 for GitHub code
     * scanning), {@code gitlab} ({@code gl-code-quality-report.json}, a GitLab Code Quality report) and
     * {@code comment} ({@code readiness-comment.md}, a pull-request comment under GitHub's 65,536-character limit),
     * or {@code all}. {@code readiness.json} is always written: the site page, the reactor verdict and the history
     * read it. An unknown name fails the build listing the valid ones.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.formats", defaultValue = "json,md,html,badge,sarif")
    private String formats;

    /**
     * Prints the findings as GitHub Actions annotations ({@code ::error file=…,line=…::…}), so they show on the lines
     * of the pull request: {@code auto} when the environment variable {@code GITHUB_ACTIONS} is {@code true},
     * {@code github} always, {@code none} never. The worst findings come first, within GitHub's limits of 10 error
     * and 10 warning annotations per step (shared by every module of the build), and one notice says how many were
     * left out and where all of them are.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.annotations", defaultValue = "auto")
    private String annotations;

    final String formats() {
        return formats;
    }

    final String annotations() {
        return annotations;
    }

    final MojoExecution mojoExecution() {
        return mojoExecution;
    }

    final boolean aggregate() {
        return aggregate;
    }

    final boolean failOnModuleViolation() {
        return failOnModuleViolation;
    }

    final boolean stepSummary() {
        return stepSummary;
    }

    /** The reactor-only extra locations: Surefire, Failsafe, exec files. */
    final List<List<String>> reactorLocations() {
        return List.of(
                Lists.split(reactorSurefireReports == null ? List.of() : reactorSurefireReports),
                Lists.split(reactorFailsafeReports == null ? List.of() : reactorFailsafeReports),
                Lists.split(reactorExecFiles == null ? List.of() : reactorExecFiles));
    }
}
