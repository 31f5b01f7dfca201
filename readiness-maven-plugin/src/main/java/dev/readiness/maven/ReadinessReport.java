package dev.readiness.maven;

import dev.readiness.assess.Assessment;
import dev.readiness.assess.AssessmentRequest;
import dev.readiness.evidence.EvidenceException;
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
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkFactory;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
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
 * <p>The parameters are those of {@code check} and {@code report}, declared once in their shared base
 * ({@code AbstractReadinessParameters}), without the reactor verdict's: a site is rendered module by module. The goal
 * implements the reporting API itself instead of extending {@code AbstractMavenReport}: maven-reporting-impl would
 * bring about thirty jars (Doxia core, the site renderer, Velocity) into the plugin's class realm, which every
 * {@code check} would pay for. {@code maven-site-plugin} renders the page into the site's skin through the
 * {@link Sink} it passes to {@link #generate(Sink, Locale)}.
 *
 * @since 0.1.0
 */
@Mojo(name = "readiness", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReadinessReport extends AbstractReadinessParameters implements MavenMultiPageReport {

    static final String OUTPUT_NAME = "readiness";

    /**
     * Where a standalone run ({@code mvn readiness:readiness}) writes {@code readiness.html}; {@code mvn site} sets it
     * to the site's output directory.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
    private File reportOutputDirectory;

    private final Engine engine;

    /**
     * @param engine the engine, injected by Maven; it evaluates only when the build wrote no verdict of the current
     *     evidence
     */
    @Inject
    public ReadinessReport(Engine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

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
                        new HtmlReport(project().getBasedir().toPath())
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
        if (skip()) {
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
                            JsonTree.parse(new JsonReport(project().getBasedir().toPath()).render(a)),
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
            ReadinessInputs inputs = inputs();
            String configuration = "its own configuration (<reporting> and <pluginManagement>)";
            File output = outputDirectory();
            Optional<BuildConfiguration> build = BuildConfiguration.of(project());
            if (build.isPresent() && build.get().hasPolicy() && !ownPolicy()) {
                inputs = build.get().applyTo(inputs);
                output = build.get().outputDirectory(outputDirectory());
                configuration = "the readiness configuration of <build><plugins>, as the check goal applies it";
            }
            try {
                Policy policy = inputs.policy();
                AssessmentRequest request = inputs.request(
                        policy,
                        project(),
                        Instant.now(),
                        ThisBuildFacts.of(session(), project(), inputs.stalePolicy()));
                evaluation = new Evaluation(request, output == null ? outputDirectory() : output, configuration, null);
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
                evaluation =
                        new Evaluation(e.request(), e.outputDirectory(), e.configuration(), engine.assess(e.request()));
            } catch (EvidenceException ex) {
                throw new MavenReportException(ex.getMessage(), ex);
            } catch (RuntimeException ex) {
                throw new MavenReportException("readiness failed unexpectedly: " + ex, ex);
            }
        }
        return evaluation;
    }
}
