package dev.readiness.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assess.ModuleInput;
import dev.readiness.assess.ProjectInfo;
import dev.readiness.assess.ThisBuild;
import dev.readiness.maven.ReactorState.Contribution;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Whose configuration a reactor verdict applies, and where it is written. */
class ReactorPlanTest {
    private static final Path ROOT = Path.of("/work/shop").toAbsolutePath();
    private static final ProjectInfo SHOP = new ProjectInfo("com.acme", "shop", "1.0");
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private static Contribution contribution(String name, boolean executionRoot, boolean skipped, String minimum) {
        Path dir = executionRoot ? ROOT : ROOT.resolve(name);
        ModuleInput module = ModuleInput.builder(name, executionRoot ? "." : name, dir)
                .packaging(executionRoot ? "pom" : "jar")
                .excludedReason(skipped ? "readiness.skip is true" : null)
                .build();
        ReadinessInputs settings = skipped
                ? null
                : ReadinessInputs.builder()
                        .minimumLevel(minimum)
                        .threads(1)
                        .skipHistory(true)
                        .build();
        return new Contribution(
                "com.acme:" + name,
                module,
                executionRoot,
                settings,
                List.of(List.of(), List.of(), List.of("shards/*/jacoco.exec")),
                dir.resolve("target/readiness").toFile(),
                false);
    }

    @Test
    void theRootsConfigurationAppliesAndItsReportDirectoryIsUsed() throws Exception {
        Optional<ReactorPlan> plan = ReactorPlan.of(
                List.of(
                        contribution("shop", true, false, "PRODUCTION_READY"),
                        contribution("core", false, false, "NOT_READY")),
                SHOP,
                ROOT,
                true,
                List.of(),
                NOW,
                ThisBuild.standalone());

        assertThat(plan).isPresent();
        assertThat(plan.get().policy().minimumLevel().name()).isEqualTo("PRODUCTION_READY");
        assertThat(plan.get().outputDirectory())
                .isEqualTo(ROOT.resolve("target/readiness").toFile());
        assertThat(plan.get().request().root().execFiles()).containsExactly("shards/*/jacoco.exec");
        assertThat(plan.get().notes()).isEmpty();
    }

    @Test
    void aRootWithCodeOfItsOwnGetsTheReactorVerdictInASubdirectory() throws Exception {
        ReactorPlan plan = ReactorPlan.of(
                        List.of(contribution("shop", true, false, null), contribution("core", false, false, null)),
                        SHOP,
                        ROOT,
                        false,
                        List.of(),
                        NOW,
                        ThisBuild.standalone())
                .orElseThrow();

        assertThat(plan.outputDirectory())
                .isEqualTo(new File(ROOT.resolve("target/readiness").toFile(), "reactor"));
    }

    @Test
    void withoutTheRootTheLastModulesConfigurationAppliesAndSaysSo() throws Exception {
        ReactorPlan plan = ReactorPlan.of(
                        List.of(
                                contribution("core", false, false, "NOT_READY"),
                                contribution("app", false, false, "NEEDS_IMPROVEMENT")),
                        SHOP,
                        ROOT,
                        true,
                        List.of("api"),
                        NOW,
                        ThisBuild.standalone())
                .orElseThrow();

        assertThat(plan.policy().minimumLevel().name()).isEqualTo("NEEDS_IMPROVEMENT");
        assertThat(plan.notes()).singleElement().asString().contains("configuration of module app");
        // app/target/readiness maps to the root's target/readiness
        assertThat(plan.outputDirectory())
                .isEqualTo(ROOT.resolve("target/readiness").toFile());
        assertThat(ReactorPlan.rootEquivalent(new File("/elsewhere/out"), ROOT.resolve("app"), ROOT))
                .isEqualTo(new File("/elsewhere/out/reactor"));
    }

    @Test
    void nothingToJudgeWhenEveryModuleIsSkippedOrTheBuildHasOneModule() throws Exception {
        assertThat(ReactorPlan.of(
                        List.of(contribution("core", false, true, null), contribution("app", false, true, null)),
                        SHOP,
                        ROOT,
                        true,
                        List.of(),
                        NOW,
                        ThisBuild.standalone()))
                .isEmpty();
        assertThat(ReactorPlan.of(
                        List.of(contribution("core", false, false, null)),
                        SHOP,
                        ROOT,
                        true,
                        List.of(),
                        NOW,
                        ThisBuild.standalone()))
                .isEmpty();
        assertThat(ReactorPlan.of(
                        List.of(contribution("core", false, false, null)),
                        SHOP,
                        ROOT,
                        true,
                        List.of("api"),
                        NOW,
                        ThisBuild.standalone()))
                .isPresent();
    }
}
