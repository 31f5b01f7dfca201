package dev.readiness.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assess.GateResult;
import dev.readiness.evidence.coverage.ChangedCoverage;
import dev.readiness.evidence.coverage.Counter;
import dev.readiness.evidence.tests.TestCaseResult;
import dev.readiness.evidence.tests.TestOutcome;
import dev.readiness.policy.GateDefinition;
import dev.readiness.policy.LineWindow;
import dev.readiness.report.Assessments;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The findings of the report model: what, where, how bad, in which order, and their identity. */
class FindingsTest {
    /** Finds only {@code com/acme/calc/CalculatorTest.java} and {@code com/acme/control/Controller.java}. */
    private static final SourceLocator SOME = new SourceLocator() {
        @Override
        public String source(String sourceFile, boolean test) {
            return test && sourceFile.equals("com/acme/calc/CalculatorTest.java")
                            || !test && sourceFile.equals("com/acme/control/Controller.java")
                    ? "m/" + sourceFile
                    : null;
        }

        @Override
        public String pom() {
            return "m/pom.xml";
        }
    };

    private static List<Finding> findings(dev.readiness.assess.Assessment a) {
        return ReportModel.of(a, Path.of("").toAbsolutePath(), SOME).findings();
    }

    @Test
    void worstFirstGatesThenTestsThenClassesThenFlakyTests() throws Exception {
        List<Finding> f = findings(Assessments.real());
        assertThat(f).extracting(Finding::level).isSortedAccordingTo(Enum::compareTo);
        assertThat(f.get(0).kind()).isEqualTo("gate");
        assertThat(f.stream()
                        .filter(x -> x.level() == Finding.Level.ERROR)
                        .map(Finding::kind)
                        .distinct())
                .containsExactly("gate", "failing-test", "uncovered-class");
        assertThat(f.get(f.size() - 1).rule()).isEqualTo(Finding.FLAKY_TEST);
        assertThat(f).extracting(Finding::identity).doesNotHaveDuplicates();
    }

    @Test
    void aClassFoundInTheSourceRootsGetsItsMissedLinesAndOneNotFoundGoesOnThePomWithout() throws Exception {
        List<Finding> f = findings(Assessments.real());
        Finding controller = f.stream()
                .filter(x ->
                        x.identity().equals("uncovered-class|critical-component-coverage|com.acme.control.Controller"))
                .findFirst()
                .orElseThrow();
        assertThat(controller.path()).isEqualTo("m/com/acme/control/Controller.java");
        assertThat(controller.lineText(10)).isEqualTo("12, 21, 29-32");
        assertThat(controller.level()).isEqualTo(Finding.Level.ERROR);
        Finding alarm = f.stream()
                .filter(x -> x.identity().endsWith("|com.acme.alarm.Alarm"))
                .findFirst()
                .orElseThrow();
        assertThat(alarm.path()).isEqualTo("m/pom.xml");
        assertThat(alarm.lines()).isEmpty();
        assertThat(alarm.message()).contains("missed lines 12, 16-17, 20");
        assertThat(alarm.level()).isEqualTo(Finding.Level.WARNING);
    }

    @Test
    void eachSurvivingMutantOfAFailedMutationGateIsAFindingOnItsLine() throws Exception {
        SourceLocator saturation = new SourceLocator() {
            @Override
            public String source(String sourceFile, boolean test) {
                return !test && sourceFile.equals("com/acme/util/Saturation.java") ? "m/" + sourceFile : null;
            }

            @Override
            public String pom() {
                return "m/pom.xml";
            }
        };
        List<Finding> mutants =
                ReportModel.of(Assessments.mutation(), Path.of("").toAbsolutePath(), saturation).findings().stream()
                        .filter(x -> x.kind().equals("surviving-mutant"))
                        .toList();

        // PIT's report of the sample: one survivor in Saturation.clamp fails the 100 % safety-critical gate
        assertThat(mutants).extracting(Finding::rule).containsExactly("safety-critical-mutation");
        Finding survivor = mutants.get(0);
        assertThat(survivor.level()).isEqualTo(Finding.Level.ERROR);
        assertThat(survivor.path()).isEqualTo("m/com/acme/util/Saturation.java");
        assertThat(survivor.lines()).hasSize(1);
        assertThat(survivor.message())
                .startsWith("Saturation.java:" + survivor.lines().get(0).start() + " — ")
                .contains("(survived)")
                .endsWith("safety-critical-mutation requires 100 %");
        // the identity does not contain the line: moving the method keeps the alert
        assertThat(survivor.identity())
                .doesNotContain(":" + survivor.lines().get(0).start());
    }

    @Test
    void aFailedChangedLineGateGivesOneFindingPerFileWithItsUncoveredChangedLinesAndNoWholeClassFindings()
            throws Exception {
        dev.readiness.assess.Assessment real = Assessments.real();
        ChangedCoverage.ChangedFile smc = new ChangedCoverage.ChangedFile(
                "src/main/java/com/acme/control/Smc.java",
                List.of(10, 11),
                List.of(12, 13, 14, 20),
                List.of(15),
                List.of(),
                0,
                0);
        ChangedCoverage.ChangedFile util = new ChangedCoverage.ChangedFile(
                "src/main/java/com/acme/util/Util.java", List.of(1, 2), List.of(), List.of(), List.of(), 0, 0);
        ChangedCoverage.ChangedScope all =
                new ChangedCoverage.ChangedScope(new Counter(4, 4), new Counter(0, 0), List.of(smc, util));
        ChangedCoverage changed =
                new ChangedCoverage("diff file pr.diff", null, all, Map.of(), 2, List.of(), List.of());
        GateDefinition gate = GateDefinition.coverage("changed-coverage")
                .lines(LineWindow.CHANGED)
                .threshold("80")
                .weight("0.1")
                .critical()
                .build();
        dev.readiness.assess.Assessment a = real.toBuilder()
                .coverage(real.coverage().withChanged(changed))
                .gates(List.of(
                        GateResult.failed(gate, new BigDecimal("50"), 4, 8, "changed-coverage: 50 %", List.of())))
                .build();

        List<Finding> f = findings(a).stream()
                .filter(x -> !x.kind().equals("failing-test") && !x.kind().equals(Finding.FLAKY_TEST))
                .toList();

        assertThat(f).extracting(Finding::kind).containsExactly("gate", "uncovered-changed-lines");
        Finding file = f.get(1);
        assertThat(file.path()).isEqualTo("src/main/java/com/acme/control/Smc.java");
        assertThat(file.lineText(10)).isEqualTo("12-14, 20");
        assertThat(file.level()).isEqualTo(Finding.Level.ERROR);
        assertThat(file.message())
                .isEqualTo("Smc.java: changed lines 12-14, 20 not covered by any test (4 of 6 changed lines with code);"
                        + " changed-coverage requires 80 %");
        assertThat(file.identity())
                .isEqualTo("uncovered-changed-lines|changed-coverage|src/main/java/com/acme/control/Smc.java");
    }

    @Test
    void aNestedTestClassIsPlacedInItsOuterClassFile() throws Exception {
        Finding nested = findings(Assessments.real()).stream()
                .filter(x -> x.identity().equals("failing-test|com.acme.calc.CalculatorTest$WhenEmpty|nestedFails"))
                .findFirst()
                .orElseThrow();
        assertThat(nested.path()).isEqualTo("m/com/acme/calc/CalculatorTest.java");
    }

    @Test
    void failingTestsAreWarningsWhenNoPassRateGateBlocks() {
        TestCaseResult failing = new TestCaseResult(
                "com.acme.X", "fails", TestOutcome.FAILED, 0, 1, "no", Path.of("TEST-com.acme.X.xml"));
        List<Finding> f = findings(Assessments.approvedWith(List.of(failing), 0));
        assertThat(f)
                .filteredOn(x -> x.rule().equals(Finding.FAILING_TEST))
                .singleElement()
                .satisfies(x -> assertThat(x.level()).isEqualTo(Finding.Level.WARNING));
    }

    @Test
    void aPassingVerdictHasNoFindingsAndTheDefaultModelPlacesNone() throws Exception {
        assertThat(findings(Assessments.passing())).isEmpty();
        assertThat(ReportModel.of(Assessments.real(), Path.of("")).findings())
                .isNotEmpty()
                .allSatisfy(x -> assertThat(x.path()).isNull());
    }

    @Test
    void theFingerprintIsOfTheIdentityOnly() {
        Finding a =
                new Finding("r", Finding.Level.ERROR, "k", "t", "m", "p", List.of(new Finding.LineRange(1, 2)), "id");
        Finding b = new Finding("r", Finding.Level.NOTE, "k", "t2", "m2", null, List.of(), "id");
        assertThat(a.fingerprint()).isEqualTo(b.fingerprint()).hasSize(64);
        assertThat(Findings.ranges(List.of(3, 4, 5, 9, 11, 12)))
                .extracting(Object::toString)
                .containsExactly("3-5", "9", "11-12");
    }
}
