package dev.readiness.maven;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

/** Where the GitHub Actions step summary goes: the Mojo reads the environment, the engine only gets a path. */
final class StepSummary {
    /** The variable GitHub Actions sets to the step-summary file of the current step. */
    static final String VARIABLE = "GITHUB_STEP_SUMMARY";

    private StepSummary() {}

    /**
     * The step-summary file, or {@code null} when disabled or when the variable is unset or blank.
     *
     * @param enabled the {@code readiness.stepSummary} parameter
     * @param env environment lookup ({@code System::getenv} in a build)
     */
    static Path file(boolean enabled, UnaryOperator<String> env) {
        if (!enabled) {
            return null;
        }
        String value = env.apply(VARIABLE);
        return value == null || value.isBlank() ? null : Path.of(value.strip());
    }
}
