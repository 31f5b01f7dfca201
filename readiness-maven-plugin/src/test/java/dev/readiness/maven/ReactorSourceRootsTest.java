package dev.readiness.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReactorSourceRootsTest {
    private static final Path MODULE = Path.of("/work/project/core").toAbsolutePath();

    private static ReadinessInputs.DocumentationSettings settings(String buildDirectory, boolean includeGenerated) {
        return new ReadinessInputs.DocumentationSettings(
                List.of(
                        "src/main/java",
                        MODULE.resolve("target/generated-sources/annotations").toString()),
                "17",
                List.of(),
                null,
                buildDirectory,
                includeGenerated);
    }

    @Test
    void aModulesGeneratedSourceRootsAreLeftOutOfTheReactorsDocumentationGates() {
        assertThat(Reactor.handWrittenRoots(
                        MODULE, settings(MODULE.resolve("target").toString(), false)))
                .containsExactly("src/main/java");
    }

    @Test
    void aModuleThatIncludesGeneratedSourcesKeepsThemInTheReactorVerdict() {
        assertThat(Reactor.handWrittenRoots(MODULE, settings("target", true))).hasSize(2);
    }

    @Test
    void anUnknownBuildDirectoryLeavesEveryRoot() {
        assertThat(Reactor.handWrittenRoots(MODULE, settings(null, false))).hasSize(2);
        assertThat(Reactor.handWrittenRoots(MODULE, null)).isEmpty();
    }
}
