package dev.readiness.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.evidence.coverage.AnalysisCache;
import dev.readiness.maven.ReadinessInputs.BenchmarkSettings;
import dev.readiness.maven.ReadinessInputs.DocumentationSettings;
import dev.readiness.policy.PolicyException;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.jacoco.core.JaCoCo;
import org.junit.jupiter.api.Test;

/** The inputs are built by name; what is not set is empty, and a copy through the builder changes nothing. */
class ReadinessInputsTest {

    @Test
    void whatIsNotSetIsEmpty() {
        ReadinessInputs inputs =
                ReadinessInputs.builder().minimumLevel("PRODUCTION_READY").build();

        assertThat(inputs.minimumLevel()).isEqualTo("PRODUCTION_READY");
        assertThat(inputs.tags()).isEmpty();
        assertThat(inputs.gates()).isEmpty();
        assertThat(inputs.surefireReports()).isEmpty();
        assertThat(inputs.execFiles()).isEmpty();
        assertThat(inputs.historyFile()).isNull();
        assertThat(inputs.benchmarks()).isNull();
        assertThat(inputs.threads()).isZero();
    }

    @Test
    void toBuilderKeepsEveryComponent() {
        Tag tag = new Tag();
        ReadinessInputs inputs = new ReadinessInputs(
                List.of(tag),
                List.of(new TestGroup()),
                List.of(new Gate()),
                "NOT_READY",
                "40",
                "fail",
                "fail",
                "fail",
                "warn",
                List.of("s"),
                List.of("f"),
                List.of("tc"),
                List.of("e"),
                List.of("c"),
                3,
                new File("h.jsonl"),
                true,
                7,
                new BenchmarkSettings("r.json", "b.json", "5", List.of("gc")),
                new DocumentationSettings(List.of("src"), "17", List.of("README.md"), "UTF-8", "target", true),
                List.of("pit"),
                new dev.readiness.assess.ChangeInput("origin/main", "pr.diff"),
                new File(".readiness/quarantine.json"),
                List.of("target/open-test-report.xml"),
                "cache-dir",
                64,
                new ReadinessInputs.BundleSettings(List.of("bundles"), 3, "warn"));

        assertThat(inputs.toBuilder().build()).isEqualTo(inputs);
        assertThat(inputs.toBuilder().threads(4).build())
                .isEqualTo(new ReadinessInputs(
                        inputs.tags(),
                        inputs.testGroups(),
                        inputs.gates(),
                        inputs.minimumLevel(),
                        inputs.minimumMeasuredWeight(),
                        inputs.skippedTests(),
                        inputs.flakyTests(),
                        inputs.malformedReports(),
                        inputs.staleEvidence(),
                        inputs.surefireReports(),
                        inputs.failsafeReports(),
                        inputs.testClassesDirectories(),
                        inputs.execFiles(),
                        inputs.classesDirectories(),
                        4,
                        inputs.historyFile(),
                        inputs.skipHistory(),
                        inputs.historyLimit(),
                        inputs.benchmarks(),
                        inputs.documentation(),
                        inputs.mutationReports(),
                        inputs.change(),
                        inputs.quarantineFile(),
                        inputs.openTestReports(),
                        inputs.cache(),
                        inputs.cacheSize(),
                        inputs.bundles()));
    }

    @Test
    void theCacheIsOffForNoneFalseOffOrSizeZero() throws Exception {
        Path base = Path.of("/work/project");
        for (String off : List.of("none", "FALSE", " off ")) {
            assertThat(ReadinessInputs.builder().cache(off).build().analysisCache(base))
                    .as(off)
                    .isNull();
        }
        assertThat(ReadinessInputs.builder().cache("c").cacheSize(0).build().analysisCache(base))
                .isNull();
    }

    @Test
    void aRelativeCacheRootIsResolvedAgainstTheProjectAndTheAnalysisCacheKeyedByJacocoVersion() throws Exception {
        AnalysisCache cache =
                ReadinessInputs.builder().cache("build-cache").build().analysisCache(Path.of("/work/project"));

        assertThat(cache.root().startsWith(Path.of("/work/project/build-cache/analysis")))
                .isTrue();
        assertThat(cache.root().getFileName().toString()).startsWith("jacoco-" + JaCoCo.VERSION);
    }

    @Test
    void theDefaultCacheRootIsOutsideTheProject() throws Exception {
        Path base = Path.of("/work/project");
        AnalysisCache cache = ReadinessInputs.builder().build().analysisCache(base);

        assertThat(cache).isNotNull();
        assertThat(cache.root().startsWith(base)).isFalse();
        assertThat(cache.root().toString()).contains("readiness");
    }

    @Test
    void aNegativeCacheSizeIsRejectedWithTheFix() {
        assertThatThrownBy(() -> ReadinessInputs.builder().cacheSize(-1).build().analysisCache(Path.of("/p")))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("readiness.cacheSize")
                .hasMessageContaining("readiness.cache=none");
    }

    @Test
    void theCacheRootIsRelativeToTheProjectAndCanBeTurnedOff() throws Exception {
        Path base = Path.of("/p");
        assertThat(ReadinessInputs.builder().cache("target/c").build().cacheRoot(base))
                .isEqualTo(Path.of("/p/target/c"));
        assertThat(ReadinessInputs.builder().cache("/abs").build().cacheRoot(base))
                .isEqualTo(Path.of("/abs"));
        for (String off : List.of("none", "false", "OFF", " off ")) {
            assertThat(ReadinessInputs.builder().cache(off).build().cacheRoot(base))
                    .as(off)
                    .isNull();
        }
        assertThat(ReadinessInputs.builder().cache("c").cacheSize(0).build().cacheRoot(base))
                .isNull();
        assertThat(ReadinessInputs.builder().cache("c").cacheSize(0).build().documentationCache(base))
                .isNull();
        assertThat(ReadinessInputs.builder()
                        .cache("c")
                        .cacheSize(1)
                        .build()
                        .documentationCache(base)
                        .directory())
                .isEqualTo(Path.of("/p/c/javadoc-v1"));
    }

    @Test
    void theDefaultCacheRootIsTheUsersCacheDirectory() throws Exception {
        // surefire sets XDG_CACHE_HOME=target/test-xdg-cache, so no test touches the real ~/.cache
        Path root = ReadinessInputs.builder().build().cacheRoot(Path.of("/p"));
        String xdg = System.getenv("XDG_CACHE_HOME");
        assertThat(root)
                .isEqualTo(
                        xdg == null
                                ? Path.of(System.getProperty("user.home"), ".cache", "readiness")
                                : Path.of(xdg, "readiness").toAbsolutePath());
    }

    @Test
    void aNegativeCacheSizeIsAConfigurationError() {
        assertThatThrownBy(() -> ReadinessInputs.builder().cacheSize(-1).build().cacheRoot(Path.of("/p")))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("readiness.cacheSize")
                .hasMessageContaining("readiness.cache=none");
    }

    @Test
    void bundleSettingsAreValidatedNamingTheProperty() throws Exception {
        assertThat(new ReadinessInputs.BundleSettings(null, null, null).toInput())
                .isNull();
        assertThat(new ReadinessInputs.BundleSettings(List.of("a,b"), 3, "WARN").toInput())
                .isEqualTo(new dev.readiness.assess.BundleInput(
                        List.of("a", "b"), 3, dev.readiness.evidence.bundle.IncompleteBundles.WARN));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new ReadinessInputs.BundleSettings(List.of("a"), null, "maybe").toInput())
                .hasMessageContaining(
                        "readiness.incompleteBundles (<incompleteBundles>): 'maybe' is not one of fail," + " warn");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new ReadinessInputs.BundleSettings(List.of("a"), 0, null).toInput())
                .hasMessageContaining(
                        "readiness.expectedShards (<expectedShards>): 0 is not a number of shards from 1" + " to 1000");
    }
}
