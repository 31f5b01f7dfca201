package dev.readiness.maven;

import dev.readiness.assess.Assessment;
import dev.readiness.assess.AssessmentRequest;
import dev.readiness.assess.ReadinessEngine;
import dev.readiness.evidence.EvidenceException;
import dev.readiness.maven.ReadinessInputs.BenchmarkSettings;
import dev.readiness.maven.ReadinessInputs.DocumentationSettings;
import dev.readiness.policy.Policy;
import dev.readiness.policy.PolicyException;
import dev.readiness.report.HtmlReport;
import dev.readiness.report.JsonReport;
import dev.readiness.report.JsonTree;
import dev.readiness.report.Texts;
import dev.readiness.report.WrittenVerdict;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkFactory;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.MavenMultiPageReport;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The readiness verdict as a page of the Maven site: level and score, the gate table, coverage by tag with the
 * worst classes, the tests that did not pass, the trend and the recommendations. It shows the verdict the build's
 * {@code check} or {@code report} goal wrote ({@code readiness.json} in {@code outputDirectory}) when that verdict is
 * about the current evidence (no test report or exec file changed since), so the page and the build agree. Otherwise
 * it evaluates the evidence itself, with the configuration {@code check} uses: its own ({@code <reporting>},
 * {@code <pluginManagement>}), or, when only {@code <build><plugins>} defines the policy, that one; and the page says
 * it is its own evaluation. It never appends to the history, and a history record of the same Maven invocation is
 * never a "previous" build. Never fails the build for the verdict. Run on its own ({@code mvn readiness:readiness}),
 * it writes the page as a standalone {@code readiness.html} into the reporting output directory.
 *
 * <p>The parameters repeat those of {@code check} and {@code report} with the same names and user properties (a test
 * keeps the two parameter sets identical). The goal implements the reporting API itself instead of extending
 * {@code AbstractMavenReport}: maven-reporting-impl would bring about thirty jars (Doxia core, the site renderer,
 * Velocity) into the plugin's class realm, which every {@code check} would pay for. {@code maven-site-plugin}
 * renders the page into the site's skin through the {@link Sink} it passes to {@link #generate(Sink, Locale)}.
 *
 * @since 0.1.0
 */
@Mojo(name = "readiness", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReadinessReport extends AbstractMojo implements MavenMultiPageReport {

    /** The log, with every message neutralised for the terminal ({@link SafeLog}). */
    @Override
    public Log getLog() {
        return SafeLog.of(super.getLog());
    }

    static final String OUTPUT_NAME = "readiness";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /**
     * Where a standalone run ({@code mvn readiness:readiness}) writes {@code readiness.html}; {@code mvn site} sets it
     * to the site's output directory.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
    private File reportOutputDirectory;

    /**
     * Directory the reports ({@code readiness.json}, {@code readiness.md}, {@code readiness.html},
     * {@code badge.svg}) are written to.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.outputDirectory", defaultValue = "${project.build.directory}/readiness")
    private File outputDirectory;

    /**
     * Skips every readiness goal, this report included.
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
     * The share of the policy that must be measured for a verdict above {@code NOT_READY}: a percentage (0–100) of
     * the enabled gates' total weight. Below it the level is {@code NOT_READY}, deployment is not approved and
     * confidence is {@code low}, whatever the score of the gates that were measured, and the first recommendation
     * names the gates to measure or disable. {@code 0} turns the rule off. Example: with the default policy and no
     * tags, no Failsafe tests and no JMH results, 3 of 8 gates (30 % of the weight) are measured: below the default
     * of 50.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.minimumMeasuredWeight", defaultValue = "50")
    private String minimumMeasuredWeight;

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
     * What evidence left by an earlier build does: {@code exclude} (the default: left out of the numbers, and named in
     * every view), {@code fail} (the goal fails, naming the stale files and sessions) or {@code warn} (counted, with a
     * warning). Evidence is stale when it was written before this build started (readiness in the same Maven
     * invocation as the tests: JaCoCo sessions dumped and test reports written before its start), or before the
     * newest test run (readiness on its own: earlier sessions in each exec file, reports older than the newest run);
     * and always a test report of a test class that no longer exists. Reactor inputs named explicitly
     * ({@code reactorSurefireReports}, {@code reactorFailsafeReports}, {@code reactorExecFiles}) are never stale.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.staleEvidence", defaultValue = "exclude")
    private String staleEvidence;

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
     * Roots inside the build directory (generated sources that plugins add during the build) are left out unless
     * {@code readiness.includeGeneratedSources} is true, so every goal, inside {@code mvn verify} or run on its own,
     * measures the same hand-written sources.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.sourceRoots", defaultValue = "${project.compileSourceRoots}")
    private List<String> sourceRoots;

    /**
     * Whether the {@code documentation} gates also measure source roots inside the build directory
     * ({@code ${project.build.directory}}, e.g. {@code target/generated-sources/annotations}). They hold generated code,
     * which is not hand-written API, and exist only when the plugins that generate them ran: left out (the default),
     * a standalone {@code readiness:check} measures the same sources as one inside {@code mvn verify}. The roots left
     * out are named in the gate's message and in {@code readiness.json} ({@code documentation.generatedSourceRoots}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.includeGeneratedSources", defaultValue = "false")
    private boolean includeGeneratedSources;

    /**
     * The Java release the sources are written for (the parser's language level).
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.release", defaultValue = "${maven.compiler.release}")
    private String release;

    /**
     * The character set of the main sources, for the {@code documentation} gates; a source file that does not decode
     * with it is not parsed, and then the gates are {@code MISSING}, never passed. Unset means UTF-8.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.sourceEncoding", defaultValue = "${project.build.sourceEncoding}")
    private String sourceEncoding;

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
     * (globs of binary names; a class selector also selects the class's nested and anonymous classes,
     * {@code com.acme.Outer} takes {@code com.acme.Outer$Inner}; a leading {@code =}, {@code =com.acme.Outer}, selects
     * the class alone), {@code annotations} (class, method or {@code package-info} level), and
     * {@code excludePackages}, {@code excludeClasses}, {@code excludeAnnotations} (same forms). readiness.json lists
     * the classes each tag selected ({@code coverage.tags.<name>.classes}).
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

    /** The verdict this execution shows, found or evaluated once for canGenerateReport and generate. */
    private Page page;

    /**
     * What the page shows.
     *
     * @param json the verdict, as readiness.json holds it
     * @param source where it comes from, said on the page
     * @param noEvidence why there is no verdict at all, or {@code null}
     */
    private record Page(Map<String, Object> json, String source, String noEvidence) {}

    /** A standalone run: writes the page as {@code readiness.html} into the reporting output directory. */
    @Override
    public void execute() throws MojoExecutionException {
        try {
            if (!canGenerateReport()) {
                return;
            }
            Path page = reportOutputDirectory.toPath().resolve(OUTPUT_NAME + ".html");
            Files.createDirectories(page.getParent());
            Path written = evaluation().outputDirectory().toPath().resolve("readiness.html");
            if (page().noEvidence() == null
                    && page().source().startsWith("This is the verdict the build wrote")
                    && Files.isRegularFile(written)) {
                Files.copy(written, page, StandardCopyOption.REPLACE_EXISTING); // the build's verdict
            } else {
                Files.writeString(
                        page,
                        new HtmlReport(project.getBasedir().toPath())
                                .render(evaluate().assessment()),
                        StandardCharsets.UTF_8);
            }
            getLog().info("Readiness page: " + page);
        } catch (MavenReportException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "Cannot write the readiness page to " + reportOutputDirectory + ": " + e.getMessage()
                            + ". Check that the directory is writable.",
                    e);
        }
    }

    /** Renders the page into the site's sink (maven-site-plugin 3.x calls this or the multi-page variant). */
    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        Page p = page();
        SiteReportRenderer renderer = new SiteReportRenderer(sink);
        if (p.noEvidence() != null) {
            // reached when the site plugin renders without asking canGenerateReport()
            renderer.renderNoEvidence(getName(locale), p.noEvidence());
        } else {
            renderer.render(getName(locale), p.json(), p.source());
        }
    }

    /** One page: the sink factory is not used. */
    @Override
    public void generate(Sink sink, SinkFactory sinkFactory, Locale locale) throws MavenReportException {
        generate(sink, locale);
    }

    @Override
    public String getOutputName() {
        return OUTPUT_NAME;
    }

    @Override
    public String getOutputPath() {
        return OUTPUT_NAME;
    }

    @Override
    public String getCategoryName() {
        return MavenReport.CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return "Readiness";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Production-readiness verdict: score, level, gates, coverage by tag, failing tests and trend.";
    }

    @Override
    public void setReportOutputDirectory(File outputDirectory) {
        this.reportOutputDirectory = outputDirectory;
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return false;
    }

    /** False when skipped or when there is no evidence at all; the log then says why and how to produce it. */
    @Override
    public boolean canGenerateReport() throws MavenReportException {
        if (skip) {
            getLog().info("Skipping the readiness report: readiness.skip is true");
            return false;
        }
        String reason = page().noEvidence();
        if (reason != null) {
            getLog().warn("The readiness report is not generated: " + reason);
            return false;
        }
        return true;
    }

    /**
     * The verdict the build wrote ({@code readiness.json} of {@code check}/{@code report}) when it is about the current
     * evidence; otherwise this report's own evaluation, said so on the page.
     */
    private Page page() throws MavenReportException {
        if (page == null) {
            Evaluation e = evaluation();
            WrittenVerdict written =
                    WrittenVerdict.read(e.outputDirectory().toPath().resolve("readiness.json"), e.request());
            if (written.json() != null) {
                page = new Page(
                        written.json(),
                        "This is the verdict the build wrote: readiness:check or readiness:report evaluated it at "
                                + JsonTree.text(written.json(), "timestamp") + " from the evidence on this page ("
                                + e.outputDirectory().toPath().resolve("readiness.json") + ").",
                        null);
            } else {
                Assessment a = evaluate().assessment();
                try {
                    page = new Page(
                            JsonTree.parse(new JsonReport(project.getBasedir().toPath()).render(a)),
                            "Evaluated by this site report with " + e.configuration() + ", because " + written.reason()
                                    + ". It is not a verdict readiness:check enforced; run mvn verify site to show the"
                                    + " build's own verdict.",
                            Texts.noEvidence(a));
                } catch (IOException ex) {
                    throw new MavenReportException("readiness could not render its own JSON: " + ex, ex);
                }
            }
        }
        return page;
    }

    /**
     * The request this report evaluates, with the configuration it applies.
     *
     * @param request the engine request
     * @param outputDirectory where check and report write readiness.json
     * @param configuration which configuration applies, for the page
     * @param assessment the evaluation, {@code null} until {@link #evaluate()} ran
     */
    private record Evaluation(
            AssessmentRequest request, File outputDirectory, String configuration, Assessment assessment) {}

    private Evaluation evaluation;

    /** The inputs: the report's own, with the build's policy when only {@code <build><plugins>} defines one. */
    private Evaluation evaluation() throws MavenReportException {
        if (evaluation == null) {
            ReadinessInputs inputs = new ReadinessInputs(
                    tags,
                    testGroups,
                    gates,
                    minimumLevel,
                    minimumMeasuredWeight,
                    skippedTests,
                    flakyTests,
                    malformedReports,
                    staleEvidence,
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
                    new DocumentationSettings(
                            sourceRoots,
                            release,
                            requiredFiles,
                            sourceEncoding,
                            project.getBuild() == null
                                    ? null
                                    : project.getBuild().getDirectory(),
                            includeGeneratedSources));
            String configuration = "its own configuration (<reporting> and <pluginManagement>)";
            File output = outputDirectory;
            Optional<BuildConfiguration> build = BuildConfiguration.of(project);
            boolean ownPolicy = !(tags == null || tags.isEmpty())
                    || !(gates == null || gates.isEmpty())
                    || !(testGroups == null || testGroups.isEmpty());
            if (build.isPresent() && build.get().hasPolicy() && !ownPolicy) {
                inputs = build.get().applyTo(inputs);
                output = build.get().outputDirectory(outputDirectory);
                configuration = "the readiness configuration of <build><plugins>, as the check goal applies it";
            }
            try {
                Policy policy = inputs.policy();
                AssessmentRequest request = inputs.request(
                        policy, project, Instant.now(), ThisBuildFacts.of(session, project, inputs.stalePolicy()));
                evaluation = new Evaluation(request, output == null ? outputDirectory : output, configuration, null);
            } catch (PolicyException e) {
                throw new MavenReportException(e.getMessage(), e);
            }
        }
        return evaluation;
    }

    private Evaluation evaluate() throws MavenReportException {
        Evaluation e = evaluation();
        if (e.assessment() == null) {
            try {
                // history is read for the trend, never written: the site does not record a build
                evaluation = new Evaluation(
                        e.request(), e.outputDirectory(), e.configuration(), new ReadinessEngine().assess(e.request()));
            } catch (EvidenceException ex) {
                throw new MavenReportException(ex.getMessage(), ex);
            } catch (RuntimeException ex) {
                throw new MavenReportException("readiness failed unexpectedly: " + ex, ex);
            }
        }
        return evaluation;
    }
}
