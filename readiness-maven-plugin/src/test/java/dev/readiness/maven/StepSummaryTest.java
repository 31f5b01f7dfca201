package dev.readiness.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StepSummaryTest {

    @Test
    void usesTheFileGitHubActionsNames() {
        Map<String, String> env = Map.of("GITHUB_STEP_SUMMARY", "/home/runner/work/_temp/step_summary_1");

        assertThat(StepSummary.file(true, env::get)).isEqualTo(Path.of("/home/runner/work/_temp/step_summary_1"));
    }

    @Test
    void noFileWhenSwitchedOffEvenIfTheVariableIsSet() {
        Map<String, String> env = Map.of("GITHUB_STEP_SUMMARY", "/tmp/summary");

        assertThat(StepSummary.file(false, env::get)).isNull();
    }

    @Test
    void noFileWhenTheVariableIsUnsetOrBlank() {
        assertThat(StepSummary.file(true, Map.<String, String>of()::get)).isNull();
        assertThat(StepSummary.file(true, Map.of("GITHUB_STEP_SUMMARY", "  ")::get))
                .isNull();
    }
}
