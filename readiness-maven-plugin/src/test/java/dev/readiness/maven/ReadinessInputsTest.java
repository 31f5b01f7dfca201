package dev.readiness.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.maven.ReadinessInputs.BenchmarkSettings;
import dev.readiness.maven.ReadinessInputs.DocumentationSettings;
import java.io.File;
import java.util.List;
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
                        inputs.bundles()));
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
