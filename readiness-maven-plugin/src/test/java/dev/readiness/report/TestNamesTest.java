package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.assess.Assessment;
import dev.readiness.assess.GateStatus;
import dev.readiness.evidence.tests.TestCaseResult;
import dev.readiness.evidence.tests.TestOutcome;
import dev.readiness.policy.ReadinessLevel;
import dev.readiness.view.TestNames;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, "name what happened, always": failing, erroring and flaky tests are named on the console, in readiness.md
 * and in readiness.json even when every gate passes; skipped tests are counted; an approved verdict next to a failed
 * gate says why that gate does not block.
 */
class TestNamesTest {
    private static final Path REPORT = Path.of("TEST-com.acme.CalcTest.xml");

    private static TestCaseResult failed(String name, String message) {
        return new TestCaseResult("com.acme.CalcTest", name, TestOutcome.FAILED, 0, 1000, message, REPORT);
    }

    private static TestCaseResult flaky(String name, int failedRuns, String message) {
        return new TestCaseResult("com.acme.SensorTest", name, TestOutcome.FLAKY, failedRuns, 1000, message, REPORT);
    }

    private static TestCaseResult skipped(String name) {
        return new TestCaseResult("com.acme.CalcTest", name, TestOutcome.SKIPPED, 0, 0, "disabled", REPORT);
    }

    private static String markdown(Assessment a) {
        return new MarkdownReport().render(a);
    }

    private static JsonNode json(Assessment a) throws Exception {
        return new ObjectMapper().readTree(new JsonReport(Path.of("").toAbsolutePath()).render(a));
    }

    @Test
    void aFailingTestIsNamedWhenThePassRateGatePasses() throws Exception {
        // 40 + 1 failing: 97.5 % >= 95 %, the gate passes and the verdict is approved
        Assessment a = Assessments.approvedWith(
                List.of(failed("roundsToOneDecimal", "expected: <3.0 bar>\n\tat com.acme.Gauge.round"), skipped("x")),
                0);
        assertThat(a.gates())
                .filteredOn(g -> g.gate().id().equals("test-pass-rate"))
                .singleElement()
                .satisfies(g -> assertThat(g.status()).isEqualTo(GateStatus.PASSED));
        assertThat(a.deploymentApproved()).isTrue();

        assertThat(ConsoleReport.lines(a))
                .contains(
                        "Tests: 47 (Surefire 42, Failsafe 5): 45 passed, 1 failed, 0 errors, 1 skipped or disabled",
                        "  FAILED com.acme.CalcTest.roundsToOneDecimal — expected: <3.0 bar> at com.acme.Gauge.round");
        assertThat(markdown(a))
                .contains("### Tests")
                .contains("1 failed, 0 errors, 1 skipped or disabled")
                .contains("- FAILED com.acme.CalcTest.roundsToOneDecimal — expected: &lt;3.0 bar&gt;");
        JsonNode failing = json(a).path("tests").path("failingTests");
        assertThat(failing).hasSize(1);
        assertThat(failing.get(0).path("name").asText()).isEqualTo("roundsToOneDecimal");
    }

    @Test
    void flakyTestsAreNamedWithTheirFirstFailureEverywhere() throws Exception {
        Assessment a = Assessments.approvedWith(List.of(flaky("readsTheSensor", 1, "timeout after 2 s")), 0);

        assertThat(ConsoleReport.lines(a))
                .anySatisfy(l -> assertThat(l).contains("1 flaky (passed on a rerun)"))
                .contains("  FLAKY com.acme.SensorTest.readsTheSensor (failed 1 time, then passed) — first failure:"
                        + " timeout after 2 s");
        assertThat(markdown(a))
                .contains("- FLAKY com.acme.SensorTest.readsTheSensor \\(failed 1 time, then passed\\) — first"
                        + " failure: timeout after 2 s");
        JsonNode flaky = json(a).path("tests").path("flakyTests");
        assertThat(flaky).hasSize(1);
        assertThat(flaky.get(0).path("className").asText()).isEqualTo("com.acme.SensorTest");
        assertThat(flaky.get(0).path("reruns").asInt()).isEqualTo(1);
        assertThat(flaky.get(0).path("message").asText()).isEqualTo("timeout after 2 s");
    }

    @Test
    void namesTheFirstTenAndCountsTheRest() {
        List<TestCaseResult> many = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            many.add(flaky("flaky" + i, 2, null));
        }
        Assessment a = Assessments.approvedWith(many, 0);

        List<String> lines = ConsoleReport.lines(a);
        assertThat(lines).filteredOn(l -> l.startsWith("  FLAKY ")).hasSize(TestNames.LISTED);
        assertThat(lines).contains("  FLAKY com.acme.SensorTest.flaky0 (failed 2 times, then passed)");
        assertThat(lines).contains("  …and 3 more flaky tests, see readiness.json tests.flakyTests");
        assertThat(markdown(a)).contains("- …and 3 more flaky tests, see readiness.json tests.flakyTests");
    }

    @Test
    void aLongMultiLineMessageIsOneCappedLine() {
        String message = "first line\r\nsecond\tline " + "x".repeat(400);
        Assessment a = Assessments.approvedWith(List.of(failed("long", message)), 0);

        String line = ConsoleReport.lines(a).stream()
                .filter(l -> l.startsWith("  FAILED "))
                .findFirst()
                .orElseThrow();
        assertThat(line).doesNotContain("\n", "\r", "\t").endsWith("…");
        assertThat(line.length()).isLessThan(TestNames.MAX_NAME + TestNames.MAX_MESSAGE);
    }

    @Test
    void anApprovedVerdictNextToAFailedGateSaysWhyItDoesNotBlock() {
        Assessment a = Assessments.approvedWith(List.of(), 1); // Failsafe 4 of 5: 80 % < 85 %

        assertThat(a.level()).isEqualTo(ReadinessLevel.PRODUCTION_READY);
        String sentence = "1 non-critical gate failed (system-compatibility): it lowers the score but does not block;"
                + " a failed critical gate blocks, and the closest to its threshold is critical-component-coverage"
                + " (98.0 %, required >= 95 %).";
        assertThat(TestNames.nonBlockingFailures(a)).isEqualTo(sentence);
        List<String> console = ConsoleReport.lines(a);
        assertThat(console.get(console.indexOf(sentence) - 1)).startsWith("Score ");
        assertThat(markdown(a)).contains("1 non-critical gate failed \\(system-compatibility\\): it lowers the score");
    }

    @Test
    void noSentenceWithoutAFailedGateOrWhenBlocked() throws Exception {
        assertThat(TestNames.nonBlockingFailures(Assessments.approvedWith(List.of(), 0)))
                .isNull();
        Assessment blocked = Assessments.real();
        assertThat(blocked.level()).isEqualTo(ReadinessLevel.BLOCKED);
        assertThat(TestNames.nonBlockingFailures(blocked)).isNull();
    }

    @Test
    void noTestSectionWithoutTests() throws Exception {
        Assessment a = Assessments.allMissing();

        assertThat(markdown(a)).doesNotContain("### Tests");
        assertThat(ConsoleReport.lines(a)).noneMatch(l -> l.startsWith("Tests:"));
    }
}
