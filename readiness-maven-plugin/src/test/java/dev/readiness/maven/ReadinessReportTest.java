package dev.readiness.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.report.Assessments;
import java.io.File;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.MavenReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reporting goal, configured as Maven would (fields injected), without a site build. */
class ReadinessReportTest {
    private final List<String> infos = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    /** The engine the report is constructed with, as Maven injects it. */
    private Engine engine = new Engine();

    private ReadinessReport report(Path baseDir, String surefire, String exec) throws Exception {
        MavenProject project = new MavenProject();
        project.setGroupId("com.acme");
        project.setArtifactId("controller");
        project.setVersion("1.0.0");
        project.setFile(baseDir.resolve("pom.xml").toFile());
        ReadinessReport r = new ReadinessReport(engine);
        set(r, "project", project);
        set(r, "minimumLevel", "CONDITIONAL_READY");
        set(r, "surefireReports", List.of(surefire));
        set(r, "failsafeReports", List.of("target/failsafe-reports"));
        set(r, "execFiles", List.of(exec));
        set(r, "classesDirectories", List.of("jacoco/basic/classes"));
        set(r, "testClassesDirectories", List.of("target/test-classes"));
        set(r, "skippedTests", "exclude");
        set(r, "flakyTests", "pass");
        set(r, "malformedReports", "error");
        set(r, "threads", 1);
        set(
                r,
                "outputDirectory",
                baseDir.resolve("target/readiness-of-this-test").toFile());
        r.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                infos.add(content.toString());
            }

            @Override
            public void warn(CharSequence content) {
                warnings.add(content.toString());
            }
        });
        return r;
    }

    private static void set(Object target, String name, Object value) {
        MojoFixture.set(target, name, value);
    }

    @Test
    void pageIsNamedReadiness() {
        ReadinessReport r = new ReadinessReport(new Engine());

        assertThat(r.getOutputName()).isEqualTo("readiness");
        assertThat(r.getOutputPath()).isEqualTo("readiness");
        assertThat(r.getName(Locale.ROOT)).isEqualTo("Readiness");
        assertThat(r.getDescription(Locale.ROOT)).contains("verdict");
    }

    @Test
    void isNotGeneratedWithoutAnyEvidenceAndTheLogSaysWhy(@TempDir Path empty) throws Exception {
        ReadinessReport r = report(empty, "target/surefire-reports", "target/jacoco*.exec");

        assertThat(r.canGenerateReport()).isFalse();
        assertThat(warnings)
                .singleElement()
                .asString()
                .startsWith("The readiness report is not generated: no evidence was found")
                .contains("mvn verify site")
                .contains("No JaCoCo execution data");
    }

    @Test
    void isGeneratedFromRealEvidenceIntoTheSink() throws Exception {
        ReadinessReport r = report(Assessments.RESOURCES, "surefire/junit5-surefire-3.6.1", "jacoco/basic/jacoco.exec");
        List<String> texts = new ArrayList<>();
        Sink sink =
                (Sink) Proxy.newProxyInstance(Sink.class.getClassLoader(), new Class<?>[] {Sink.class}, (p, m, a) -> {
                    if (m.getName().equals("text")) {
                        texts.add((String) a[0]);
                    }
                    return null;
                });

        assertThat(r.canGenerateReport()).isTrue();
        r.generate(sink, null, Locale.ROOT); // what maven-site-plugin 3.21.0 calls (no sink factory needed)

        assertThat(texts).contains("Readiness", "Gates", "test-pass-rate", "Coverage", "Tests");
        assertThat(warnings).isEmpty();
    }

    /** A sink that keeps the text it is given. */
    private static Sink textSink(List<String> texts) {
        return (Sink) Proxy.newProxyInstance(Sink.class.getClassLoader(), new Class<?>[] {Sink.class}, (p, m, a) -> {
            if (m.getName().equals("text")) {
                texts.add((String) a[0]);
            }
            return null;
        });
    }

    @Test
    void showsTheVerdictTheBuildWroteWhenItIsAboutTheCurrentEvidence(@TempDir Path out) throws Exception {
        StubEngine stub = StubEngine.throwing(new IllegalStateException("the site report evaluated again"));
        engine = stub;
        ReadinessReport r = report(Assessments.RESOURCES, "surefire/junit5-surefire-3.6.1", "jacoco/basic/jacoco.exec");
        set(r, "outputDirectory", out.toFile());
        // what check wrote: a verdict this report's own evaluation would not give (its own policy has no tags)
        Path json = out.resolve("readiness.json");
        String written = new dev.readiness.report.JsonReport(Assessments.RESOURCES)
                .render(Assessments.hostile())
                .replace(
                        "\"artifactId\" : \"" + Assessments.hostile().project().artifactId() + "\"",
                        "\"artifactId\" : \"controller\"")
                .replace(
                        "\"groupId\" : \"" + Assessments.hostile().project().groupId() + "\"",
                        "\"groupId\" : \"com.acme\"");
        Files.writeString(json, written);
        Files.setLastModifiedTime(
                json,
                java.nio.file.attribute.FileTime.from(java.time.Instant.now().plusSeconds(3600)));
        List<String> texts = new ArrayList<>();

        r.generate(textSink(texts), null, Locale.ROOT);

        assertThat(texts).contains("BLOCKED");
        assertThat(stub.assessed)
                .as("the written verdict is rendered, not evaluated again")
                .isEmpty();
        assertThat(texts)
                .anySatisfy(t -> assertThat(t)
                        .startsWith("This is the verdict the build wrote: readiness:check or readiness:report"
                                + " evaluated it at " + Assessments.hostile().timestamp()));
    }

    @Test
    void evaluatesItselfAndSaysSoWhenTheWrittenVerdictIsOlderThanTheEvidence(@TempDir Path out) throws Exception {
        ReadinessReport r = report(Assessments.RESOURCES, "surefire/junit5-surefire-3.6.1", "jacoco/basic/jacoco.exec");
        set(r, "outputDirectory", out.toFile());
        Path json = out.resolve("readiness.json");
        Files.writeString(json, "{\"project\" : {\"groupId\" : \"com.acme\", \"artifactId\" : \"controller\"}}");
        Files.setLastModifiedTime(json, java.nio.file.attribute.FileTime.fromMillis(0));
        List<String> texts = new ArrayList<>();

        r.generate(textSink(texts), null, Locale.ROOT);

        assertThat(texts)
                .anySatisfy(t -> assertThat(t)
                        .startsWith("Evaluated by this site report with its own configuration (<reporting> and"
                                + " <pluginManagement>), because the verdict in " + json
                                + " is older than the evidence (")
                        .endsWith("It is not a verdict readiness:check enforced; run mvn verify site to show the"
                                + " build's own verdict."));
        assertThat(texts).noneMatch(t -> t.startsWith("This is the verdict the build wrote"));
    }

    @Test
    void skipPropertySkipsTheReport(@TempDir Path dir) throws Exception {
        ReadinessReport r = report(dir, "target/surefire-reports", "target/jacoco*.exec");
        set(r, "skip", true);

        assertThat(r.canGenerateReport()).isFalse();
        assertThat(infos).contains("Skipping the readiness report: readiness.skip is true");
        assertThat(new File(dir.toFile(), "target")).doesNotExist();
    }

    @Test
    void isAProjectReportRenderedInsideTheSite(@TempDir Path site) {
        ReadinessReport r = new ReadinessReport(new Engine());
        r.setReportOutputDirectory(site.toFile());

        assertThat(r.getCategoryName()).isEqualTo(MavenReport.CATEGORY_PROJECT_REPORTS);
        assertThat(r.isExternalReport()).isFalse();
        assertThat(r.getReportOutputDirectory()).isEqualTo(site.toFile());
    }

    @Test
    void standaloneRunWritesThePageIntoTheReportingOutputDirectory(@TempDir Path out) throws Exception {
        ReadinessReport r = report(Assessments.RESOURCES, "surefire/junit5-surefire-3.6.1", "jacoco/basic/jacoco.exec");
        set(r, "historyFile", out.resolve("history.jsonl").toFile());
        r.setReportOutputDirectory(out.resolve("site").toFile());

        r.execute();

        Path page = out.resolve("site/readiness.html");
        assertThat(page).isRegularFile();
        assertThat(Files.readString(page, StandardCharsets.UTF_8))
                .contains("test-pass-rate")
                .contains(dev.readiness.report.HtmlReport.CONTENT_SECURITY_POLICY);
        assertThat(infos).contains("Readiness page: " + page);
        assertThat(out.resolve("history.jsonl"))
                .as("the site page never records history")
                .doesNotExist();
    }

    @Test
    void standaloneRunWithoutEvidenceWritesNoPageAndSaysWhy(@TempDir Path empty) throws Exception {
        ReadinessReport r = report(empty, "target/surefire-reports", "target/jacoco*.exec");
        r.setReportOutputDirectory(empty.resolve("site").toFile());

        r.execute();

        assertThat(empty.resolve("site")).doesNotExist();
        assertThat(warnings).singleElement().asString().startsWith("The readiness report is not generated");
    }

    @Test
    void standaloneRunNamesTheDirectoryItCannotWrite(@TempDir Path out) throws Exception {
        ReadinessReport r = report(Assessments.RESOURCES, "surefire/junit5-surefire-3.6.1", "jacoco/basic/jacoco.exec");
        Path file = Files.writeString(out.resolve("not-a-directory"), "x");
        r.setReportOutputDirectory(file.toFile());

        assertThatThrownBy(r::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("Cannot write the readiness page to " + file);
    }

    /**
     * Every goal runs in the plugin's class realm; what the plugin depends on at runtime is loaded by every
     * {@code check}. The site renderer, Doxia core and Velocity belong to maven-site-plugin, not to this realm.
     */
    @Test
    void pluginRealmHoldsNoSiteRenderingLibraries() throws Exception {
        String descriptor =
                Files.readString(Path.of("target/classes/META-INF/maven/plugin.xml"), StandardCharsets.UTF_8);
        String dependencies = descriptor.substring(descriptor.lastIndexOf("<dependencies>"));

        assertThat(dependencies)
                .contains("<artifactId>maven-reporting-api</artifactId>")
                .doesNotContain(
                        "maven-reporting-impl",
                        "doxia-core",
                        "doxia-site-renderer",
                        "doxia-integration-tools",
                        "velocity",
                        "plexus-archiver");
    }
}
