package dev.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The engine stays free of Maven types (DESIGN.md §2.5): only {@code dev.readiness.maven} may use them. */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/dev/readiness");
    private static final Pattern BUILD_TOOL_REFERENCE =
            Pattern.compile("^\\s*import\\s+(static\\s+)?(org\\.apache\\.maven|org\\.codehaus)\\.", Pattern.MULTILINE);
    private static final Pattern QUALIFIED_REFERENCE = Pattern.compile("\\b(org\\.apache\\.maven|org\\.codehaus)\\.");

    @Test
    void engineSourcesDoNotReferenceMavenOrPlexus() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (MAIN.relativize(file).startsWith("maven")) {
                    continue;
                }
                String source = Files.readString(file, StandardCharsets.UTF_8);
                Matcher imports = BUILD_TOOL_REFERENCE.matcher(source);
                Matcher qualified = QUALIFIED_REFERENCE.matcher(stripComments(source));
                if (imports.find() || qualified.find()) {
                    offenders.add(file.toString());
                }
            }
        }
        assertThat(offenders)
                .as("engine packages must not use org.apache.maven or org.codehaus types")
                .isEmpty();
    }

    @Test
    void detectorRecognisesAnImportAndAQualifiedName() {
        assertThat(BUILD_TOOL_REFERENCE
                        .matcher("package x;\nimport org.apache.maven.plugin.Mojo;\n")
                        .find())
                .isTrue();
        assertThat(QUALIFIED_REFERENCE
                        .matcher(stripComments("class A { org.codehaus.plexus.util.StringUtils u; }"))
                        .find())
                .isTrue();
        assertThat(QUALIFIED_REFERENCE
                        .matcher(stripComments("/** see org.apache.maven.Foo */ class A {}"))
                        .find())
                .isFalse();
    }

    @Test
    void engineSourcesAreFound() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            assertThat(files.filter(p -> p.toString().endsWith(".java")).count())
                    .isGreaterThan(3);
        }
    }

    private static String stripComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
    }
}
