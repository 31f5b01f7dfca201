package dev.readiness.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.evidence.coverage.CoverageEvidence;
import dev.readiness.evidence.tests.TestClassIndex;
import dev.readiness.evidence.tests.TestEvidence;
import dev.readiness.evidence.tests.TestGroupScanner;
import dev.readiness.evidence.tests.TestReportReader;
import dev.readiness.policy.Policy;
import dev.readiness.policy.PolicyFactory;
import dev.readiness.policy.TestGroupDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: the default {@code numerical-stability} gate (pass rate of the implicit group {@code stability}) was
 * {@code NOT_CONFIGURED} in a module with test reports but no stability tag and a blocking {@code MISSING} in a
 * module with no test reports at all (javaparser's reactor, default policy). The rule now: an implicit group whose tag
 * no compiled test class or method carries is {@code NOT_CONFIGURED}, reports or not; a group the POM names, or one
 * the test code carries, is measured, and its absent evidence is {@code MISSING}.
 *
 * <p>Real fixtures: the JUnit 5 project's classes and reports ({@code CalculatorTest} is {@code @Tag("stability")}),
 * the JUnit 4 project's (categories, no stability tag).
 */
class DefaultTestGroupTest {
    private static final Path SUREFIRE = Path.of("src/test/resources/surefire").toAbsolutePath();
    private static final ProjectInfo PROJECT = new ProjectInfo("com.acme", "module", "1.0");
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final CoverageEvidence NO_COVERAGE = CoverageEvidence.missing(List.of(), "no JaCoCo data");

    private static TestClassIndex junit5Classes;
    private static TestClassIndex junit4Classes;
    private static TestEvidence junit5Reports;
    private static TestEvidence junit4Reports;

    @BeforeAll
    static void readFixtures(@TempDir Path dir) throws Exception {
        junit5Classes = new TestGroupScanner().scan(List.of(classes("junit5", dir.resolve("junit5"))));
        junit4Classes = new TestGroupScanner().scan(List.of(classes("junit4", dir.resolve("junit4"))));
        junit5Reports = new TestReportReader().read(SUREFIRE, List.of("junit5-surefire-3.6.1"));
        junit4Reports = new TestReportReader().read(SUREFIRE, List.of("junit4-surefire-2.22.2"));
    }

    /** The fixture class files are committed as {@code *.class.bin}; copied back to {@code *.class}. */
    private static Path classes(String fixture, Path target) throws IOException {
        Path source = SUREFIRE.resolve("classes").resolve(fixture);
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path file :
                    walk.filter(p -> p.toString().endsWith(".class.bin")).toList()) {
                String relative = source.relativize(file).toString();
                Path copy = target.resolve(relative.substring(0, relative.length() - ".bin".length()));
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        return target;
    }

    private static GateResult stability(Policy policy, TestEvidence surefire, TestClassIndex testClasses) {
        Evidence evidence = new Evidence(
                surefire,
                List.of("target/surefire-reports"),
                TestEvidence.none(),
                List.of("target/failsafe-reports"),
                testClasses,
                List.of("target/test-classes"),
                NO_COVERAGE);
        return new Evaluator()
                .evaluate(policy, evidence, PROJECT, NOW).gates().stream()
                        .filter(g -> g.gate().id().equals("numerical-stability"))
                        .findFirst()
                        .orElseThrow();
    }

    private static Policy defaultPolicy() throws Exception {
        return new PolicyFactory().build(List.of(), List.of(), List.of(), null, null, null, null);
    }

    @Test
    void moduleWithoutTestsOrReportsIsNotConfiguredNotMissing() throws Exception {
        // javaparser-core: no test classes, no Surefire reports (the tests are in another module)
        GateResult g = stability(defaultPolicy(), TestEvidence.none(), TestClassIndex.empty());

        assertThat(g.status()).isEqualTo(GateStatus.NOT_CONFIGURED);
        assertThat(g.blocking()).isFalse();
        assertThat(g.message())
                .contains("no compiled test classes in target/test-classes", "@Tag(\"stability\")")
                .doesNotContain("no Surefire reports");
    }

    @Test
    void aPomModuleThroughTheEngineIsNotConfiguredToo(@TempDir Path module) throws Exception {
        // the whole engine on an empty module directory (packaging pom: no target/ at all)
        Assessment a = new ReadinessEngine()
                .assess(Requests.mavenLayout(defaultPolicy(), PROJECT, module, NOW)
                        .build());
        GateResult g = a.gates().stream()
                .filter(r -> r.gate().id().equals("numerical-stability"))
                .findFirst()
                .orElseThrow();

        assertThat(g.status()).isEqualTo(GateStatus.NOT_CONFIGURED);
        assertThat(a.blockingIssues()).noneMatch(i -> i.startsWith("numerical-stability"));
    }

    @Test
    void moduleWithReportsButNoStabilityTagIsNotConfigured() throws Exception {
        GateResult g = stability(defaultPolicy(), junit4Reports, junit4Classes);

        assertThat(g.status()).isEqualTo(GateStatus.NOT_CONFIGURED);
        assertThat(g.message())
                .contains("no class or method of the " + junit4Classes.scannedClasses() + " compiled test classes");
    }

    @Test
    void moduleWithTestClassesButNoReportsIsNotConfiguredWhenNoneCarriesTheTag() throws Exception {
        // the same outcome as with reports: what decides is whether the group exists in the test code
        assertThat(stability(defaultPolicy(), TestEvidence.none(), junit4Classes)
                        .status())
                .isEqualTo(GateStatus.NOT_CONFIGURED);
    }

    @Test
    void taggedTestsWithoutReportsAreMissingAndBlock() throws Exception {
        // the group exists (CalculatorTest is @Tag("stability")) but this build left no report: fail closed
        GateResult g = stability(defaultPolicy(), TestEvidence.none(), junit5Classes);

        assertThat(g.status()).isEqualTo(GateStatus.MISSING);
        assertThat(g.blocking()).isTrue();
        assertThat(g.message()).contains("no Surefire reports");
    }

    @Test
    void taggedTestsWhoseCasesAreNotInTheReportsAreMissing() throws Exception {
        // reports exist, but none of the tagged class's cases (e.g. excluded by Surefire's <excludedGroups>)
        GateResult g = stability(defaultPolicy(), junit4Reports, junit5Classes);

        assertThat(g.status()).isEqualTo(GateStatus.MISSING);
        assertThat(g.message()).contains("matches no test case", "although test classes carry the tag");
    }

    @Test
    void taggedTestsWithReportsAreMeasured() throws Exception {
        GateResult g = stability(defaultPolicy(), junit5Reports, junit5Classes);

        assertThat(g.status().measured()).isTrue();
        assertThat(g.denominator()).isPositive();
    }

    @Test
    void aGroupThePomDefinesIsMissingWithoutEvidence() throws Exception {
        Policy policy = new PolicyFactory()
                .build(List.of(), List.of(TestGroupDefinition.ofTag("stability")), List.of(), null, null, null, null);

        GateResult g = stability(policy, TestEvidence.none(), TestClassIndex.empty());

        assertThat(g.status()).isEqualTo(GateStatus.MISSING);
        assertThat(g.blocking()).isTrue();
    }
}
