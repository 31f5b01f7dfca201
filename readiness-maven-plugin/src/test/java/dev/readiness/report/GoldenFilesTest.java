package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assess.Assessment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * readiness.json and readiness.md of fixed assessments (timestamps injected) equal the committed golden files, byte
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
