package dev.readiness.maven;

import dev.readiness.assess.Assessment;
import dev.readiness.assess.AssessmentRequest;
import dev.readiness.assess.GateResult;
import dev.readiness.assess.GateStatus;
import dev.readiness.assess.ReadinessEngine;
import dev.readiness.evidence.EvidenceException;
import dev.readiness.maven.ReadinessInputs.BenchmarkSettings;
import dev.readiness.maven.ReadinessInputs.DocumentationSettings;
import dev.readiness.policy.Policy;
import dev.readiness.policy.PolicyException;
import dev.readiness.report.ConsoleReport;
import dev.readiness.report.ReportFiles;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Binds the parameters shared by every readiness goal, calls the engine once, logs the verdict and maps failures to
 * Maven's exceptions: invalid configuration and unreadable evidence are {@link MojoExecutionException}s; the verdict
 * itself is handled by {@link #onVerdict}.
 */
public abstract class AbstractReadinessMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /**
     * Skips every readiness goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.skip", defaultValue = "false")
    private boolean skip;

    /**
     * The lowest readiness level the {@code check} goal accepts. Valid values, lowest first: {@code BLOCKED},
     * {@code NOT_READY}, {@code NEEDS_IMPROVEMENT}, {@code CONDITIONAL_READY}, {@code PRODUCTION_READY}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.minimumLevel", defaultValue = "CONDITIONAL_READY")
    private String minimumLevel;

    /**
     * Directory the reports ({@code readiness.json}, {@code readiness.md}, {@code readiness.html},
     * {@code badge.svg}) are written to.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.outputDirectory", defaultValue = "${project.build.directory}/readiness")
    private File outputDirectory;

    /**
     * Appends the Markdown summary ({@code readiness.md}) to the file named by the {@code GITHUB_STEP_SUMMARY}
     * environment variable when it is set, so GitHub Actions shows the verdict on the run's summary page.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.stepSummary", defaultValue = "true")
    private boolean stepSummary;

    /**
     * Surefire report directories or globs (comma-separated in the property), e.g.
     * {@code target/surefire-reports,shards/*&#47;surefire-reports}. Identical reports reached twice are counted once.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.surefireReports", defaultValue = "${project.build.directory}/surefire-reports")
    private List<String> surefireReports;

    /**
     * Failsafe report directories or globs (comma-separated in the property).
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.failsafeReports", defaultValue = "${project.build.directory}/failsafe-reports")
    private List<String> failsafeReports;

    /**
     * JaCoCo execution data files or globs (comma-separated in the property). The default merges unit-test
     * ({@code jacoco.exec}) and integration-test ({@code jacoco-it.exec}) data.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.execFiles", defaultValue = "${project.build.directory}/jacoco*.exec")
    private List<String> execFiles;

    /**
     * Directories of the compiled main classes the execution data is applied to (comma-separated in the property).
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.classesDirectories", defaultValue = "${project.build.outputDirectory}")
    private List<String> classesDirectories;

    /**
     * Directories of the compiled test classes, read for test groups ({@code @Tag}, {@code @Category},
     * TestNG {@code groups}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.testClassesDirectories", defaultValue = "${project.build.testOutputDirectory}")
    private List<String> testClassesDirectories;

    /**
     * How skipped tests enter a pass rate: {@code exclude} (not executed, the default) or {@code fail} (executed and
     * not passed).
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.skippedTests", defaultValue = "exclude")
    private String skippedTests;

    /**
     * How flaky tests (failed, then passed on a rerun) enter a pass rate: {@code pass} (the default) or {@code fail}.
     * They are always reported separately.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.flakyTests", defaultValue = "pass")
    private String flakyTests;

    /**
     * What a malformed or truncated test report does: {@code error} (counted as one erroring test case, the
     * default) or {@code fail} (the goal fails with the file and line).
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.malformedReports", defaultValue = "error")
    private String malformedReports;

    /**
     * The history file: one JSON line per assessment (score, level, every gate's status and value, totals, git commit
     * and branch), appended under a lock that works across threads and JVMs. It gives the trend and the
     * {@code noRegression} ratchet. Commit it, or cache it between CI runs, to keep the trend.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.historyFile", defaultValue = "${project.basedir}/.readiness/history.jsonl")
    private File historyFile;

    /**
     * Turns the history off: no trend, no record appended, ratchets are {@code MISSING}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.skipHistory", defaultValue = "false")
    private boolean skipHistory;

    /**
     * Keeps at most this many records in the history file (older ones are dropped by a safe rewrite); {@code 0}
     * keeps all.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.historyLimit", defaultValue = "0")
    private int historyLimit;

    /**
     * The current JMH results (JSON, as written by {@code -rf json -rff target/jmh-result.json}) for the
     * {@code benchmarks} gates.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.benchmarkResults", defaultValue = "${project.build.directory}/jmh-result.json")
    private String benchmarkResults;

    /**
     * The baseline JMH results the current ones are compared with; write it with {@code readiness:baseline}. When
     * neither this file nor the results exist, the benchmark gates are {@code NOT_CONFIGURED}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.benchmarkBaseline", defaultValue = "${project.basedir}/src/test/jmh/baseline.json")
    private String benchmarkBaseline;

    /**
     * How much worse than the baseline (in percent) a benchmark may be, beyond its error bars, before it counts as
     * regressed.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.benchmarkTolerance", defaultValue = "10")
    private String benchmarkTolerance;

    /**
     * JMH secondary metrics compared like the primary score, e.g. {@code gc.alloc.rate.norm} (comma-separated in the
     * property).
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.benchmarkSecondaryMetrics")
    private List<String> benchmarkSecondaryMetrics = new ArrayList<>();

    /**
     * Main source roots whose public and protected API is checked for Javadoc by the {@code documentation} gates.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.sourceRoots", defaultValue = "${project.compileSourceRoots}")
    private List<String> sourceRoots;

    /**
     * The Java release the sources are written for (the parser's language level).
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.release", defaultValue = "${maven.compiler.release}")
    private String release;

    /**
     * Files the {@code documentation} gates require, relative to the project directory, e.g.
     * {@code README.md,CHANGELOG.md}: a missing one fails the gate.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.requiredFiles")
    private List<String> requiredFiles = new ArrayList<>();

    /**
     * Threads for the coverage analysis; {@code 0} uses one per available processor.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.threads", defaultValue = "0")
    private int threads;

    /**
     * Tags: named sets of code that coverage gates measure. The default gates use {@code critical} and
     * {@code safety-critical}; a tag without selectors is not configured and its gates report
     * {@code NOT_CONFIGURED}.
     *
     * <pre>{@code
     * <tags>
     *   <tag><name>critical</name><packages>com.acme.control.**</packages></tag>
     *   <tag><name>safety-critical</name><annotations>com.acme.SafetyCritical</annotations>
     *        <classes>com.acme.util.Saturation</classes></tag>
     * </tags>
     * }</pre>
     *
     * Selectors: {@code packages} ({@code a.b.*} that package, {@code a.b.**} with sub-packages), {@code classes}
     * (globs of binary names), {@code annotations} (class, method or {@code package-info} level), and
     * {@code excludePackages}, {@code excludeClasses}, {@code excludeAnnotations}.
     *
     * @since 0.1.0
     */
    @Parameter
    private List<Tag> tags = new ArrayList<>();

    /**
     * Test groups for pass-rate gates. Optional: a gate's {@code group} defaults to the JUnit/TestNG tag of the same
     * name.
     *
     * <pre>{@code
     * <testGroups>
     *   <testGroup><name>stability</name><tags>stability</tags></testGroup>
     * </testGroups>
     * }</pre>
     *
     * @since 0.1.0
     */
    @Parameter
    private List<TestGroup> testGroups = new ArrayList<>();

    /**
     * Gates: override a default gate by {@code id} ({@code threshold}, {@code weight}, {@code critical},
     * {@code onMissing} = fail|warn|ignore, {@code enabled}, {@code counter}) or add a gate with a {@code metric}
     * ({@code coverage} with {@code tag} and {@code counter}; {@code pass-rate} with {@code source} =
     * surefire|failsafe|all and {@code group}).
     *
     * <pre>{@code
     * <gates>
     *   <gate><id>overall-test-coverage</id><threshold>80</threshold></gate>
     *   <gate><id>thread-safety</id><metric>pass-rate</metric><group>concurrent</group>
     *         <threshold>100</threshold><critical>true</critical><weight>0.05</weight></gate>
     *   <gate><id>performance-benchmarks</id><enabled>false</enabled></gate>
     * </gates>
     * }</pre>
     *
     * Default ids: {@code overall-test-coverage}, {@code critical-component-coverage},
     * {@code safety-critical-coverage}, {@code test-pass-rate}, {@code system-compatibility},
     * {@code performance-benchmarks}, {@code numerical-stability}, {@code documentation-completeness}.
     *
     * @since 0.1.0
     */
    @Parameter
    private List<Gate> gates = new ArrayList<>();

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
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
            Path baseDir = project.getBasedir().toPath();
            ReadinessEngine engine = new ReadinessEngine();
            AssessmentRequest request = inputs.request(policy, project, Instant.now());
            assessment = engine.assess(request);
            Path summary = StepSummary.file(stepSummary, System::getenv);
            for (Path file : ReportFiles.write(assessment, outputDirectory.toPath(), baseDir, summary)) {
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
                    "Cannot write the readiness reports to " + outputDirectory + " or the history to " + historyFile
                            + ": " + e.getMessage()
                            + ". Check that they are writable, or set readiness.outputDirectory /"
                            + " readiness.historyFile (readiness.skipHistory=true turns history off).",
                    e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("readiness failed unexpectedly: " + e, e);
        }
    }

    private ReadinessInputs inputs() {
        return new ReadinessInputs(
                tags,
                testGroups,
                gates,
                minimumLevel,
                skippedTests,
                flakyTests,
                malformedReports,
                surefireReports,
                failsafeReports,
                testClassesDirectories,
                execFiles,
                classesDirectories,
                threads,
                historyFile,
                skipHistory,
                historyLimit,
                new BenchmarkSettings(
                        benchmarkResults, benchmarkBaseline, benchmarkTolerance, benchmarkSecondaryMetrics),
                new DocumentationSettings(sourceRoots, release, requiredFiles));
    }

    /** Where the reports are written. */
    protected File reportDirectory() {
        return outputDirectory;
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
        getLog().info("Reports in " + outputDirectory);
    }
}
