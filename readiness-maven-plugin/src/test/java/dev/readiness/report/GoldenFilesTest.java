package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assess.Assessment;
import dev.readiness.view.ReportModel;
import dev.readiness.view.SourceLocator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * readiness.json, readiness.md and the code-review files (SARIF, GitLab Code Quality, the pull-request comment, the
 * GitHub Actions annotations) of fixed assessments (timestamps injected) equal the committed golden files, byte
 * for byte: any change to the report contract shows up as a diff in review. After an intended change, regenerate
 * with {@code ./mvnw test -pl readiness-maven-plugin -Dtest=GoldenFilesTest -Dreadiness.golden.update=true} and
 * review the diff of {@code src/test/resources/golden/}.
 */
class GoldenFilesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    static Stream<Arguments> assessments() throws Exception {
        return Stream.of(
                Arguments.of("passing", Assessments.passing()),
                Arguments.of("hostile", Assessments.hostile()),
                Arguments.of("real", Assessments.real()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("assessments")
    void jsonEqualsTheGoldenFile(String name, Assessment assessment) throws Exception {
        compare(name + ".json", new JsonReport(Path.of("").toAbsolutePath()).render(assessment));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("assessments")
    void markdownEqualsTheGoldenFile(String name, Assessment assessment) throws Exception {
        compare(name + ".md", new MarkdownReport(Path.of("").toAbsolutePath()).render(assessment));
    }

    /** Every source file exists under the standard layout, the POM at the repository root. */
    static final SourceLocator LOCATOR = new SourceLocator() {
        @Override
        public String source(String sourceFile, boolean test) {
            return (test ? "src/test/java/" : "src/main/java/") + sourceFile;
        }

        @Override
        public String pom() {
            return "pom.xml";
        }
    };

    private static ReportModel model(Assessment a) {
        return ReportModel.of(a, Path.of("").toAbsolutePath(), LOCATOR);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("assessments")
    void sarifEqualsTheGoldenFile(String name, Assessment assessment) throws Exception {
        compare(name + ".sarif", new SarifReport("0.2.0-test", Path.of("").toAbsolutePath()).render(model(assessment)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("assessments")
    void gitlabCodeQualityEqualsTheGoldenFile(String name, Assessment assessment) throws Exception {
        compare(
                name + ".gl-code-quality.json",
                new CodeQualityReport(Path.of("").toAbsolutePath()).render(model(assessment)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("assessments")
    void pullRequestCommentEqualsTheGoldenFile(String name, Assessment assessment) throws Exception {
        compare(name + ".comment.md", new CommentReport(Path.of("").toAbsolutePath()).render(model(assessment)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("assessments")
    void githubAnnotationsEqualTheGoldenFile(String name, Assessment assessment) throws Exception {
        List<String> lines = GithubAnnotations.lines(
                model(assessment),
                new GithubAnnotations.Budget(),
                "target/readiness/readiness.sarif",
                Path.of("").toAbsolutePath());
        compare(name + ".annotations.txt", String.join("\n", lines) + "\n");
    }

    private static void compare(String file, String actual) throws Exception {
        Path golden = GOLDEN.resolve(file);
        if (Boolean.getBoolean("readiness.golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden)
                .as("golden file %s (see the class Javadoc to regenerate)", golden)
                .exists();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
