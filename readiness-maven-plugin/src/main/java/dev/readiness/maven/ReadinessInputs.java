package dev.readiness.maven;

import dev.readiness.assess.AssessmentRequest;
import dev.readiness.assess.ProjectInfo;
import dev.readiness.policy.Policy;
import dev.readiness.policy.PolicyException;
import dev.readiness.policy.PolicyFactory;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.maven.project.MavenProject;

/**
 * The parameters every goal that evaluates shares ({@code check}, {@code report} and the {@code readiness} site
 * report), converted once into the engine's policy and request.
 */
record ReadinessInputs(
        List<Tag> tags,
        List<TestGroup> testGroups,
        List<Gate> gates,
        String minimumLevel,
        String skippedTests,
        String flakyTests,
        String malformedReports,
        List<String> surefireReports,
        List<String> failsafeReports,
        List<String> testClassesDirectories,
        List<String> execFiles,
        List<String> classesDirectories,
        int threads,
        File historyFile,
        boolean skipHistory,
        int historyLimit) {

    ReadinessInputs {
        tags = tags == null ? List.of() : List.copyOf(tags);
        testGroups = testGroups == null ? List.of() : List.copyOf(testGroups);
        gates = gates == null ? List.of() : List.copyOf(gates);
    }

    Policy policy() throws PolicyException {
        return new PolicyFactory()
                .build(
                        tags.stream().map(Tag::toDefinition).toList(),
                        testGroups.stream().map(TestGroup::toDefinition).toList(),
                        gates.stream().map(Gate::toSpec).toList(),
                        minimumLevel,
                        skippedTests,
                        flakyTests,
                        malformedReports);
    }

    AssessmentRequest request(Policy policy, MavenProject project, Instant now) {
        Path baseDir = project.getBasedir().toPath();
        return new AssessmentRequest(
                policy,
                new ProjectInfo(project.getGroupId(), project.getArtifactId(), project.getVersion()),
                baseDir,
                surefireReports,
                failsafeReports,
                testClassesDirectories,
                execFiles,
                classesDirectories,
                threads,
                now,
                skipHistory || historyFile == null ? null : historyFile.toPath(),
                historyLimit);
    }
}
