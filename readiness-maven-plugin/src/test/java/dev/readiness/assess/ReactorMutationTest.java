package dev.readiness.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.evidence.mutation.Mutant;
import dev.readiness.evidence.mutation.MutationReportReader;
import dev.readiness.policy.GateSpec;
import dev.readiness.policy.Policy;
import dev.readiness.policy.PolicyFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reactor verdict's mutation gate counts the mutants of every module's PIT report, each mutant once. */
class ReactorMutationTest {
    private static final Path PIT = Path.of("src/test/resources/pit").toAbsolutePath();

    @TempDir
    Path root;

    @Test
    void countsEveryModulesMutantsOnceByIdentity() throws Exception {
        Path a = root.resolve("a");
        Path b = root.resolve("b");
        Files.createDirectories(a.resolve("target/pit-reports"));
        Files.createDirectories(b.resolve("target/pit-reports"));
        Files.copy(PIT.resolve("sample/mutations.xml"), a.resolve("target/pit-reports/mutations.xml"));
        // b's run mutated Saturation again: those mutants are the same ones
        Files.copy(PIT.resolve("statuses/mutations.xml"), b.resolve("target/pit-reports/mutations.xml"));
        Set<Mutant.Identity> expected = new HashSet<>();
        new MutationReportReader().read(PIT.resolve("sample/mutations.xml")).forEach(m -> expected.add(m.identity()));
        new MutationReportReader().read(PIT.resolve("statuses/mutations.xml")).forEach(m -> expected.add(m.identity()));
        Policy policy = new PolicyFactory()
                .build(
                        List.of(),
                        List.of(),
                        List.of(GateSpec.builder("overall-mutation")
                                .metric("mutation")
                                .threshold("60")
                                .weight("0.05")
                                .build()),
                        null,
                        null,
                        null,
                        null);
        AssessmentRequest rootRequest = AssessmentRequest.builder(
                        policy, new ProjectInfo("com.acme", "root", "1.0"), root)
                .timestamp(Instant.parse("2026-11-30T10:00:00Z"))
                .build();
        List<ModuleInput> modules = List.of(
                ModuleInput.builder("a", "a", a)
                        .packaging("jar")
                        .mutationReports(List.of("target/pit-reports"))
                        .build(),
                ModuleInput.builder("b", "b", b)
                        .packaging("jar")
                        .mutationReports(List.of("target/pit-reports"))
                        .build());

        Assessment verdict = new ReadinessEngine().assessReactor(new ReactorRequest(rootRequest, modules, List.of()));

        assertThat(verdict.mutation().reports()).hasSize(2);
        assertThat(verdict.mutation().mutants()).hasSize(expected.size());
        assertThat(verdict.mutation().duplicates())
                .isEqualTo(117 + 27 - expected.size())
                .isPositive();
        GateResult gate = verdict.gates().stream()
                .filter(g -> g.gate().id().equals("overall-mutation"))
                .findFirst()
                .orElseThrow();
        assertThat(gate.denominator()).isEqualTo(expected.size());
        assertThat(verdict.warnings())
                .anySatisfy(w -> assertThat(w).contains("reported by more than one PIT report, counted once"));
    }
}
