package dev.readiness.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.assess.Assessment;
import dev.readiness.policy.PolicyException;
import dev.readiness.policy.ReadinessLevel;
import dev.readiness.report.Assessments;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

/** Issue 16 items 4, 9 and 11 at the Maven edge: the log, the final error, configuration read by the Mojos. */
class SafeConsoleTest {

    /** Item 4: a test's name and message reach the final error (the "To fix" list) without their controls. */
    @Test
    void theFinalErrorCarriesNoControlCharactersFromATestsNameOrMessage() {
        Assessment a = Assessments.failingTest("evil\u001b[2J\u001b]0;title\u0007", "\rBUILD SUCCESS\u001b[32m");

        String message = Verdicts.failureMessage(a, ReadinessLevel.CONDITIONAL_READY, new File("out"), true);

        assertThat(message).doesNotContain("\u001b", "\u0007", "\r");
        assertThat(message).contains("evil?[2J?]0;title?");
    }

    /** Item 4: every message logged by a Mojo goes through the sanitising log. */
    @Test
    void theMojosLogNeutralisesWhatItIsGiven() {
        List<String> logged = new ArrayList<>();
        SystemStreamLog capture = new SystemStreamLog() {
            @Override
            public void warn(CharSequence content) {
                logged.add(content.toString());
            }

            @Override
            public void info(CharSequence content) {
                logged.add(content.toString());
            }
        };

        SafeLog.of(capture).warn("branch main\u001b]0;pwned\u0007\n[INFO] BUILD SUCCESS");
        SafeLog.of(capture).info("level \u009b31mGREEN");

        assertThat(logged).containsExactly("branch main?]0;pwned? [INFO] BUILD SUCCESS", "level ?31mGREEN");
        assertThat(new CheckMojo(new Engine()).getLog()).isInstanceOf(SafeLog.class);
        assertThat(new HistoryMojo().getLog()).isInstanceOf(SafeLog.class);
    }

    /** Item 11: the final error lists a bounded number of recommendations. */
    @Test
    void theFinalErrorIsBounded() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            many.add("warning " + i);
        }
        Assessment a = Assessments.failingTest("fails", "boom").withMoreWarnings(many);

        String message = Verdicts.failureMessage(a, ReadinessLevel.CONDITIONAL_READY, new File("out"), true);

        assertThat(message.lines().count()).isLessThan(200);
    }

    /** Item 9: {@code readiness.historyLimit=-1} used to write the reports and then fail. */
    @Test
    void aNegativeHistoryLimitIsRefusedWhenTheConfigurationIsRead() {
        ReadinessInputs inputs = ReadinessInputs.builder()
                .historyFile(new File("history.jsonl"))
                .historyLimit(-1)
                .build();

        assertThatThrownBy(inputs::policy)
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("readiness.historyLimit (<historyLimit>): -1 is negative");
    }

    /** Item 9: the benchmark tolerance is bounded like every configured number. */
    @Test
    void anExtremeBenchmarkToleranceIsRefused() {
        ReadinessInputs.BenchmarkSettings settings =
                new ReadinessInputs.BenchmarkSettings("r.json", "b.json", "1e10000", List.of());

        assertThatThrownBy(settings::toInput)
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("readiness.benchmarkTolerance");
    }

    @Test
    void anUnknownSourceEncodingIsRefusedNamingTheProperty() {
        ReadinessInputs.DocumentationSettings settings = new ReadinessInputs.DocumentationSettings(
                List.of("src"), "17", List.of(), "no-such-charset", "target", false);

        assertThatThrownBy(settings::toInput)
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("readiness.sourceEncoding");
    }
}
