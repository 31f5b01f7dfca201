package dev.readiness.assess;

import dev.readiness.policy.Policy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Assessment requests for the tests. */
public final class Requests {
    private Requests() {}

    /**
     * A request for the project in {@code baseDir} with its evidence where Maven puts it ({@code target/surefire-reports},
     * {@code target/failsafe-reports}, {@code target/test-classes}, {@code target/jacoco*.exec},
     * {@code target/classes}), one analysis thread, history off.
     */
    public static AssessmentRequest.Builder mavenLayout(
            Policy policy, ProjectInfo project, Path baseDir, Instant time) {
        return AssessmentRequest.builder(policy, project, baseDir)
                .surefireReports(List.of("target/surefire-reports"))
                .failsafeReports(List.of("target/failsafe-reports"))
                .testClassesDirectories(List.of("target/test-classes"))
                .execFiles(List.of("target/jacoco*.exec"))
                .classesDirectories(List.of("target/classes"))
                .threads(1)
                .timestamp(time);
    }
}
