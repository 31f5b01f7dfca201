package dev.readiness.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.report.Assessments;
import dev.readiness.report.ReportFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code readiness.formats} and {@code readiness.annotations}: parsed here, the environment read here. */
class CodeReviewTest {
    @TempDir
    Path dir;

    @Test
    void autoAnnotatesOnlyOnGitHubActions() throws Exception {
        assertThat(CodeReview.settings(null, "auto", null, Map.of("GITHUB_ACTIONS", "true")::get)
                        .annotate())
                .isTrue();
        assertThat(CodeReview.settings(null, "auto", null, Map.<String, String>of()::get)
                        .annotate())
                .isFalse();
        assertThat(CodeReview.settings(null, "AUTO", null, Map.of("GITHUB_ACTIONS", "false")::get)
                        .annotate())
                .isFalse();
        assertThat(CodeReview.settings(null, "github", null, Map.<String, String>of()::get)
                        .annotate())
                .isTrue();
        assertThat(CodeReview.settings(null, "none", null, Map.of("GITHUB_ACTIONS", "true")::get)
                        .annotate())
                .isFalse();
    }

    @Test
    void anUnknownAnnotationsValueOrFormatIsAClearError() {
        assertThatThrownBy(() -> CodeReview.settings(null, "gitlab", null, Map.<String, String>of()::get))
                .isExactlyInstanceOf(MojoExecutionException.class)
                .hasMessage("Unknown value 'gitlab' of readiness.annotations: valid are auto (GitHub Actions"
                        + " annotations when GITHUB_ACTIONS=true), github (always) and none.");
        assertThatThrownBy(() -> CodeReview.settings("json,pdf", "auto", null, Map.<String, String>of()::get))
                .isExactlyInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("'pdf'")
                .hasMessageContaining("valid are json, md, html, badge, sarif, gitlab, comment and all");
    }

    @Test
    void formatsNotAskedForAreNotWrittenAndJsonAlwaysIs() throws Exception {
        CheckMojo check = new CheckMojo(StubEngine.returning(Assessments.passing()));
        MojoFixture fixture = MojoFixture.configure(check, dir);
        MojoFixture.set(check, "formats", "gitlab,comment");

        check.execute();

        try (var files = Files.list(fixture.output)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            ReportFormat.JSON.fileName(),
                            ReportFormat.GITLAB.fileName(),
                            ReportFormat.COMMENT.fileName());
        }
    }

    @Test
    void theDefaultFormatsIncludeSarif() throws Exception {
        CheckMojo check = new CheckMojo(StubEngine.returning(Assessments.passing()));
        MojoFixture fixture = MojoFixture.configure(check, dir);

        check.execute();

        try (var files = Files.list(fixture.output)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "readiness.json", "readiness.md", "readiness.html", "badge.svg", "readiness.sarif");
        }
    }

    @Test
    void githubModePrintsTheFindingsAsWorkflowCommandsOnTheirOwnLines() throws Exception {
        ReportMojo report = new ReportMojo(StubEngine.returning(Assessments.blockedWithLongNames()));
        MojoFixture fixture = MojoFixture.configure(report, dir);
        MojoFixture.set(report, "annotations", "github");
        List<String> printed = new ArrayList<>();
        report.annotationOut(printed::add);

        report.execute();

        assertThat(printed).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("::"));
        assertThat(printed.get(0)).startsWith("::error ");
        assertThat(fixture.infos).noneMatch(line -> line.contains("::error"));
    }

    @Test
    void noneModePrintsNothing() throws Exception {
        ReportMojo report = new ReportMojo(StubEngine.returning(Assessments.blockedWithLongNames()));
        MojoFixture.configure(report, dir);
        MojoFixture.set(report, "annotations", "none");
        List<String> printed = new ArrayList<>();
        report.annotationOut(printed::add);

        report.execute();

        assertThat(printed).isEmpty();
    }

    @Test
    void sourceFilesAreFoundInTheProjectsSourceRootsRelativeToTheRepository() throws Exception {
        Path repo = dir.resolve("repo");
        Path module = repo.resolve("lib");
        Files.createDirectories(repo.resolve(".git"));
        Path source = module.resolve("src/main/java/com/acme/X.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "class X {}");
        Files.writeString(module.resolve("pom.xml"), "<project/>");
        var roots = dev.readiness.view.SourceRoots.of(
                module,
                module.resolve("pom.xml"),
                List.of(module.resolve("src/main/java")),
                List.of(module.resolve("src/test/java")));

        assertThat(roots.repositoryRoot()).isEqualTo(repo.toAbsolutePath().normalize());
        assertThat(roots.source("com/acme/X.java", false)).isEqualTo("lib/src/main/java/com/acme/X.java");
        assertThat(roots.source("com/acme/X.java", true)).isNull();
        assertThat(roots.source("com/acme/Missing.java", false)).isNull();
        assertThat(roots.source("../../../pom.xml", false)).isNull();
        assertThat(roots.pom()).isEqualTo("lib/pom.xml");
    }
}
