package dev.readiness.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.evidence.bench.BenchmarkBaseline;
import dev.readiness.policy.GateDefinition;
import dev.readiness.policy.GateSpec;
import dev.readiness.policy.Policy;
import dev.readiness.policy.PolicyFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark and documentation gates through the real engine, on real JMH 1.37 output and fixture sources. */
class BenchmarkAndDocumentationGatesTest {
    private static final Path RESOURCES = Path.of("src/test/resources").toAbsolutePath();

    private static Policy onlyBenchmarksAndDocs() throws Exception {
        List<GateSpec> specs = new ArrayList<>();
        for (GateDefinition g : PolicyFactory.defaultGates()) {
            boolean keep = g.id().equals("performance-benchmarks") || g.id().equals("documentation-completeness");
            specs.add(GateSpec.builder(g.id()).enabled(keep ? null : "false").build());
        }
        return new PolicyFactory().build(List.of(), List.of(), specs, null, null, null, null);
    }

    private static Assessment assess(BenchmarkInput bench, DocumentationInput docs) throws Exception {
        return new ReadinessEngine()
                .assess(request(RESOURCES).benchmarks(bench).documentation(docs).build());
    }

    private static GateResult gate(Assessment a, String id) {
        return a.gates().stream()
                .filter(g -> g.gate().id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @TempDir
    static Path recorded;

    /** The committed JMH baseline as readiness:baseline records it on this machine. */
    @BeforeAll
    static void record_the_baseline_on_this_machine() throws Exception {
        BenchmarkBaseline.write(RESOURCES.resolve("jmh/real/baseline.json"), recorded.resolve("baseline.json"));
    }

    private static String recordedBaseline() {
        return recorded.resolve("baseline.json").toString();
    }

    @Test
    void aRegressedBenchmarkFailsTheGateWithItsNumbers() throws Exception {
        Assessment a = assess(
                new BenchmarkInput("jmh/real/current.json", recordedBaseline(), BigDecimal.TEN, List.of()), null);
        GateResult g = gate(a, "performance-benchmarks");
        // 6 benchmarks compared, sumLoop size=256 regressed beyond its error bars: 5 of 6 = 83.33 % < 90 %
        assertThat(g.status()).isEqualTo(GateStatus.FAILED);
        assertThat(g.numerator()).isEqualTo(5);
        assertThat(g.denominator()).isEqualTo(6);
        assertThat(g.message())
                .startsWith("performance-benchmarks: 83.3 % of benchmarks not regressed (5 of 6) < required 90 %"
                        + " (regressed: ")
                .contains("sumLoop");
        assertThat(g.details()).hasSize(1).first().asString().contains("sumLoop", "size=256");
        assertThat(gate(a, "documentation-completeness").status()).isEqualTo(GateStatus.NOT_CONFIGURED);
    }

    @Test
    void benchmarksComparedWithThemselvesPass() throws Exception {
        Assessment a = assess(
                new BenchmarkInput("jmh/real/baseline.json", recordedBaseline(), BigDecimal.TEN, List.of()), null);
        GateResult g = gate(a, "performance-benchmarks");
        assertThat(g.status()).isEqualTo(GateStatus.PASSED);
        assertThat(g.value()).isEqualByComparingTo("100");
    }

    @Test
    void aBaselineFromAnotherEnvironmentIsInconclusiveNotARegression() throws Exception {
        // the committed file is plain JMH output: it does not say on which machine it was measured
        Assessment a = assess(
                new BenchmarkInput("jmh/real/current.json", "jmh/real/baseline.json", BigDecimal.TEN, List.of()), null);
        GateResult g = gate(a, "performance-benchmarks");
        assertThat(g.status()).isEqualTo(GateStatus.INCONCLUSIVE);
        assertThat(g.value()).isNull();
        assertThat(g.blocking()).isFalse();
        assertThat(g.message())
                .startsWith("performance-benchmarks: INCONCLUSIVE — the baseline baseline.json was measured in another"
                        + " environment (the baseline does not record the machine it was measured on")
                .contains("5 of 6 benchmarks not regressed is not a measurement of this code")
                .contains("would-be regressions: ")
                .contains("sumLoop")
                .endsWith("Record a baseline here with mvn verify readiness:baseline");
        assertThat(g.details()).anySatisfy(d -> assertThat(d).startsWith("not judged: "));
        assertThat(a.score()).isNull(); // the only other gate is not configured: nothing scored
    }

    @Test
    void resultsWithoutABaselineAreMissingWithHowToWriteOne() throws Exception {
        Assessment a = assess(
                new BenchmarkInput("jmh/real/current.json", "jmh/none/baseline.json", BigDecimal.TEN, List.of()), null);
        GateResult g = gate(a, "performance-benchmarks");
        assertThat(g.status()).isEqualTo(GateStatus.MISSING);
        assertThat(g.value()).isNull();
        assertThat(g.message()).contains("readiness:baseline");
    }

    @Test
    void noResultsAndNoBaselineIsNotConfigured() throws Exception {
        Assessment a = assess(
                new BenchmarkInput("jmh/none/current.json", "jmh/none/baseline.json", BigDecimal.TEN, List.of()), null);
        assertThat(gate(a, "performance-benchmarks").status()).isEqualTo(GateStatus.NOT_CONFIGURED);
    }

    /**
     * 2 documented of 21 public elements in an ISO-8859-1 project; 20 of them are in the four files with a non-ASCII
     * byte.
     */
    private static Path latin1Project(Path dir) throws Exception {
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(src.resolve("Documented.java"), "/** Doc. */ public class Documented {}");
        for (int i = 0; i < 4; i++) {
            StringBuilder source = new StringBuilder(i == 0 ? "/** Gr\u00f6\u00dfe. */ " : "// Gr\u00f6\u00dfe\n");
            source.append("public class Size").append(i).append(" {\n");
            for (int m = 0; m < 4; m++) {
                source.append("  public int gr\u00f6\u00dfe").append(m).append("() { return 0; }\n");
            }
            Files.write(
                    src.resolve("Size" + i + ".java"),
                    source.append("}\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        }
        return dir;
    }

    @Test
    void anIso88591ProjectIsMeasuredWithItsEncoding(@TempDir Path dir) throws Exception {
        latin1Project(dir);
        Assessment a =
                assessIn(dir, new DocumentationInput(List.of("src"), 17, List.of(), StandardCharsets.ISO_8859_1));
        GateResult g = gate(a, "documentation-completeness");
        assertThat(g.status()).isEqualTo(GateStatus.FAILED);
        assertThat(g.numerator()).isEqualTo(2);
        assertThat(g.denominator()).isEqualTo(21);
    }

    @Test
    void unparsableSourcesNeverRaiseTheValueTheGateIsMissingAndSaysWhy(@TempDir Path dir) throws Exception {
        latin1Project(dir);
        // read as UTF-8 (the encoding not set): the four Latin-1 files do not decode
        Assessment a = assessIn(dir, new DocumentationInput(List.of("src"), 17, List.of()));
        GateResult g = gate(a, "documentation-completeness");
        assertThat(g.status()).isEqualTo(GateStatus.MISSING);
        assertThat(g.value()).isNull();
        assertThat(g.message()).contains("4 of 5 source files could not be parsed", "readiness.sourceEncoding");
        assertThat(a.warnings()).anyMatch(w -> w.contains("4 of 5 source files could not be parsed"));
    }

    /** src/main/java: 1 of 2 elements documented; target/generated-sources/annotations: 3 undocumented elements. */
    private static Path projectWithGeneratedSources(Path dir) throws Exception {
        Path src = Files.createDirectories(dir.resolve("src/main/java/com/acme"));
        Files.writeString(
                src.resolve("Api.java"), "package com.acme;\n/** Doc. */ public class Api { public void run() {} }");
        Path gen = Files.createDirectories(dir.resolve("target/generated-sources/annotations/com/acme"));
        Files.writeString(
                gen.resolve("Api_Builder.java"),
                "package com.acme;\npublic class Api_Builder { public Api_Builder() {} public Api build() { return null; } }");
        return dir;
    }

    private static final List<String> ROOTS_IN_VERIFY =
            List.of("src/main/java", "target/generated-sources/annotations");

    @Test
    void generatedSourcesInsideTheBuildDirectoryAreNotMeasuredAndTheGateNamesThem(@TempDir Path dir) throws Exception {
        projectWithGeneratedSources(dir);
        Assessment insideVerify = assessIn(
                dir, new DocumentationInput(ROOTS_IN_VERIFY, 17, List.of(), StandardCharsets.UTF_8, "target", false));
        Assessment standalone = assessIn(
                dir,
                new DocumentationInput(
                        List.of("src/main/java"), 17, List.of(), StandardCharsets.UTF_8, "target", false));

        GateResult g = gate(insideVerify, "documentation-completeness");
        assertThat(g.numerator()).isEqualTo(1);
        assertThat(g.denominator()).isEqualTo(2);
        assertThat(g.message())
                .contains("generated sources not counted: "
                        + dir.resolve("target/generated-sources/annotations").toAbsolutePath())
                .contains("readiness.includeGeneratedSources=true");
        assertThat(insideVerify.documentation().generatedRoots())
                .containsExactly(
                        dir.resolve("target/generated-sources/annotations").toAbsolutePath());
        // the same value whether or not the plugin that generates the sources ran before readiness
        GateResult alone = gate(standalone, "documentation-completeness");
        assertThat(alone.value()).isEqualByComparingTo(g.value());
        assertThat(alone.message()).doesNotContain("generated sources");
    }

    @Test
    void includeGeneratedSourcesMeasuresTheRootsInsideTheBuildDirectory(@TempDir Path dir) throws Exception {
        projectWithGeneratedSources(dir);
        Assessment a = assessIn(
                dir, new DocumentationInput(ROOTS_IN_VERIFY, 17, List.of(), StandardCharsets.UTF_8, "target", true));

        GateResult g = gate(a, "documentation-completeness");
        assertThat(g.numerator()).isEqualTo(1);
        assertThat(g.denominator()).isEqualTo(5);
        assertThat(a.documentation().generatedRoots()).isEmpty();
    }

    @Test
    void onlyGeneratedRootsMakeTheGateMissingWithTheRemedy(@TempDir Path dir) throws Exception {
        projectWithGeneratedSources(dir);
        Assessment a = assessIn(
                dir,
                new DocumentationInput(
                        List.of("target/generated-sources/annotations"),
                        17,
                        List.of(),
                        StandardCharsets.UTF_8,
                        dir.resolve("target").toString(),
                        false));

        GateResult g = gate(a, "documentation-completeness");
        assertThat(g.status()).isEqualTo(GateStatus.MISSING);
        assertThat(g.message())
                .contains("Every source root is generated code inside the build directory")
                .contains("readiness.includeGeneratedSources=true");
    }

    private static Assessment assessIn(Path dir, DocumentationInput docs) throws Exception {
        return new ReadinessEngine().assess(request(dir).documentation(docs).build());
    }

    /** No test or coverage evidence: only the benchmark and documentation gates have something to judge. */
    private static AssessmentRequest.Builder request(Path dir) throws Exception {
        return AssessmentRequest.builder(onlyBenchmarksAndDocs(), new ProjectInfo("com.acme", "lib", "1.0"), dir)
                .surefireReports(List.of("none/surefire-reports"))
                .failsafeReports(List.of("none/failsafe-reports"))
                .testClassesDirectories(List.of("none/test-classes"))
                .execFiles(List.of("none/jacoco.exec"))
                .classesDirectories(List.of("none/classes"))
                .threads(1)
                .timestamp(Instant.EPOCH);
    }

    @Test
    void documentationGateWithAnUnparsableFileIsMissingAndStillNamesTheRequiredFiles() throws Exception {
        Assessment a =
                assess(null, new DocumentationInput(List.of("docs/api"), 17, List.of("docs/README.md", "NOPE.md")));
        GateResult g = gate(a, "documentation-completeness");
        // the fixture sources hold Broken.java, which does not parse: the 24 of 50 counted elements are not a value
        assertThat(g.status()).isEqualTo(GateStatus.MISSING);
        assertThat(g.message()).contains("1 of 10 source files could not be parsed", "Broken.java");
        assertThat(g.details()).first().isEqualTo("required file missing: NOPE.md");
        assertThat(g.details()).anyMatch(d -> d.startsWith("not parsed: ") && d.contains("Broken.java"));
    }
}
