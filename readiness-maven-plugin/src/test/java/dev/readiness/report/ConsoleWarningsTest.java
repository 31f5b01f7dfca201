package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assess.Assessment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The WARNING lines the goals log after the verdict table. */
class ConsoleWarningsTest {

    @Test
    void failedGatesComeFirstThenTheEvidenceWarningsEachListCapped() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 7_000; i++) {
            many.add("duplicate report " + i);
        }
        Assessment a = Assessments.failingTest("fails", "boom").withMoreWarnings(many);

        List<String> lines = ConsoleReport.warnings(a);

        List<String> failedGates = a.gates().stream()
                .filter(g -> g.status() == dev.readiness.assess.GateStatus.FAILED)
                .map(dev.readiness.assess.GateResult::message)
                .toList();
        assertThat(failedGates).isNotEmpty();
        assertThat(lines.subList(0, failedGates.size())).isEqualTo(failedGates);
        assertThat(lines).contains("duplicate report 0").doesNotContain("duplicate report 6999");
        assertThat(lines).anyMatch(l -> l.contains("more warnings") && l.contains("readiness.json"));
        assertThat(lines.size()).isLessThanOrEqualTo(2 * (Cap.CONSOLE + 1));
    }

    @Test
    void aPassingVerdictLogsOnlyItsEvidenceWarnings() {
        Assessment a = Assessments.passing();
        assertThat(ConsoleReport.warnings(a)).isEqualTo(a.warnings());
    }
}
