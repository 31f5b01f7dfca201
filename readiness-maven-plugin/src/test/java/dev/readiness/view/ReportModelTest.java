package dev.readiness.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assess.Assessment;
import dev.readiness.assess.GateStatus;
import dev.readiness.evidence.tests.TestCaseResult;
import dev.readiness.evidence.tests.TestOutcome;
import dev.readiness.policy.CounterKind;
import dev.readiness.report.Assessments;
import dev.readiness.view.ReportModel.GateRow;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report model's factory: the one place that words and formats the verdict, orders and caps its lists. */
class ReportModelTest {
    private static GateRow gate(ReportModel m, String id) {
        return m.gates().stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void wordsTheVerdictOnce() {
        ReportModel.Verdict v = ReportModel.of(Assessments.passing(), null).verdict();

        assertThat(v.coordinates()).isEqualTo("com.acme:controller:1.0.0");
        assertThat(v.scoreText()).isEqualTo("100.0");
        assertThat(v.approval()).isEqualTo("approved");
        assertThat(v.confidence()).isEqualTo("very_high");
        assertThat(v.confidenceText()).isEqualTo("very high");
        assertThat(v.measured()).isEqualTo("4 of 4 gates measured, 100.0 % of the weight");
        assertThat(v.measuredCount()).isEqualTo("4/4 gates");
        assertThat(v.measuredOfEnabled()).isEqualTo("4 of 4");
        assertThat(v.consoleLine())
                .isEqualTo("Score 100.0 — PRODUCTION_READY (deployment approved, confidence very high; 4 of 4 gates"
                        + " measured, 100.0 % of the weight)");
        assertThat(v.nonBlockingFailures()).isNull();
        assertThat(v.noEvidence()).isNull();
    }

    @Test
    void aVerdictWithoutEvidenceSaysSoAndHasNoScore() throws Exception {
        ReportModel.Verdict v = ReportModel.of(Assessments.allMissing(), null).verdict();

        assertThat(v.score()).isNull();
        assertThat(v.scoreText()).isEqualTo("n/a");
        assertThat(v.consoleLine()).startsWith("Score n/a (no gate measured) — BLOCKED");
        assertThat(v.noEvidence()).startsWith("no evidence was found");
    }

    @Test
    void formatsGateValuesRoundedDownForDisplayAndToTwoDecimalsForJson() {
        ReportModel m = ReportModel.of(Assessments.failingTest("fails", "boom"), null);

        GateRow passRate = gate(m, "test-pass-rate");
        assertThat(passRate.status()).isEqualTo(GateStatus.FAILED);
        assertThat(passRate.valueText()).isEqualTo("96.7 %"); // 30/31 = 96.77…, never rounded up
        assertThat(passRate.jsonValue()).isEqualByComparingTo("96.77");
        assertThat(passRate.jsonValue().scale()).isEqualTo(2);
        assertThat(passRate.requiredText()).isEqualTo(">= 100 %");
        assertThat(passRate.weightText()).isEqualTo("0.1");
        assertThat(passRate.passRate()).isTrue();
        assertThat(passRate.blocking()).isTrue();

        GateRow disabled = gate(m, "performance-benchmarks");
        assertThat(disabled.value()).isNull();
        assertThat(disabled.jsonValue()).isNull();
        assertThat(disabled.valueText()).isEqualTo("-");
        assertThat(disabled.passRate()).isFalse();
    }

    @Test
    void keepsGatesInPolicyOrderAndTestGroupsSorted() throws Exception {
        Assessment a = Assessments.real();
        ReportModel m = ReportModel.of(a, Assessments.RESOURCES);

        assertThat(m.gates())
                .extracting(GateRow::id)
                .containsExactlyElementsOf(
                        a.gates().stream().map(r -> r.gate().id()).toList());
        assertThat(List.copyOf(m.tests().groups().keySet())).isSorted();
        assertThat(m.coverage().overall().keySet()).containsExactly(CounterKind.values());
    }

    @Test
    void writesEvidencePathsRelativeToTheProjectRootOrAbsoluteWithoutOne() throws Exception {
        Assessment a = Assessments.real();

        assertThat(ReportModel.of(a, Assessments.RESOURCES).coverage().execFiles())
                .containsExactly("jacoco/basic/jacoco.exec");
        assertThat(ReportModel.of(a, null).coverage().execFiles())
                .containsExactly(Assessments.RESOURCES
                        .resolve("jacoco/basic/jacoco.exec")
                        .toString());
    }

    @Test
    void formatsCoverageCellsAndLeavesEmptyCountersAsDash() throws Exception {
        ReportModel.Coverage c = ReportModel.of(Assessments.real(), null).coverage();

        ReportModel.Cell line = c.overall().get(CounterKind.LINE);
        assertThat(line.total()).isPositive();
        assertThat(line.percentText()).matches("\\d{1,3}\\.\\d %");
        ReportModel.Cell none = new ReportModel.Cell(0, 0, "-");
        assertThat(none.total()).isZero();
    }

    @Test
    void capsTheListedTagClassesButCountsThemAll() {
        ReportModel.TagRow critical =
                ReportModel.of(Assessments.manyTaggedClasses(150), null).coverage().tags().stream()
                        .filter(t -> t.name().equals("critical"))
                        .findFirst()
                        .orElseThrow();

        assertThat(critical.matchedClasses()).isEqualTo(150);
        assertThat(critical.listedClasses()).hasSize(ReportModel.LISTED_TAG_CLASSES);
        assertThat(critical.listedClasses().get(0)).isEqualTo("com.acme.gen.C000");
    }

    @Test
    void namesTheFirstFailingTestsWithTheirFirstMessageLineAndCountsTheRest() {
        List<TestCaseResult> failing = new ArrayList<>();
        for (int i = 0; i < TestNames.LISTED + 3; i++) {
            failing.add(new TestCaseResult(
                    "com.acme.GaugeTest",
                    "rounds" + i,
                    TestOutcome.FAILED,
                    0,
                    1000,
                    "expected <3.0>\nbut was <3>",
                    Path.of("TEST-com.acme.GaugeTest.xml")));
        }
        ReportModel.Tests t =
                ReportModel.of(Assessments.approvedWith(failing, 0), null).tests();

        assertThat(t.failing()).hasSize(TestNames.LISTED + 3);
        assertThat(t.notPassedLines()).hasSize(TestNames.LISTED + 1);
        assertThat(t.notPassedLines().get(0))
                .isEqualTo("FAILED com.acme.GaugeTest.rounds0 — expected <3.0> but was <3>");
        assertThat(t.notPassedLines().get(TestNames.LISTED))
                .isEqualTo("…and 3 more failing or erroring tests, see readiness.json tests.failingTests");
        assertThat(t.totalsText()).startsWith("58 (Surefire 53, Failsafe 5): 45 passed, 13 failed");
    }

    @Test
    void wordsTheTrendForTheConsoleAndForThePages() {
        var trend = new dev.readiness.history.Trend(
                dev.readiness.history.TrendDirection.IMPROVING,
                new BigDecimal("84.3"),
                new BigDecimal("3.25"),
                new BigDecimal("90.0"),
                new BigDecimal("80.1"),
                4);

        ReportModel.TrendRow row = ReportModel.trend(trend);

        assertThat(row.text())
                .isEqualTo("improving: +3.2 since the previous 84.3 (range 80.1–90.0, 4 previous builds)");
        assertThat(row.consoleLine())
                .isEqualTo("Trend: improving vs the mean of the last 4 builds, +3.2 since the previous build (84.3);"
                        + " range 80.1–90.0");
    }
}
