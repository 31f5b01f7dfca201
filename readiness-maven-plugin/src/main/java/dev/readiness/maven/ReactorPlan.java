package dev.readiness.maven;

import dev.readiness.assess.AssessmentRequest;
import dev.readiness.assess.ProjectInfo;
import dev.readiness.assess.ReactorRequest;
import dev.readiness.assess.ThisBuild;
import dev.readiness.evidence.StaleEvidence;
import dev.readiness.maven.ReactorState.Contribution;
import dev.readiness.policy.Policy;
import dev.readiness.policy.PolicyException;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the module that completes a reactor evaluates: whose configuration is the reactor's policy, the request, and
 * where the reports go. No Maven types, so every rule is testable without a build.
 *
 * @param request the reactor request for the engine
 * @param policy the reactor's policy
 * @param outputDirectory where the reactor's reports are written
 * @param stepSummary whether the Markdown is appended to the CI step summary
 * @param notes warnings to add to the verdict (e.g. whose configuration applies)
 */
record ReactorPlan(
        ReactorRequest request, Policy policy, File outputDirectory, boolean stepSummary, List<String> notes) {

    /**
     * The plan, or empty when there is nothing to judge: every module skipped or {@code pom}, or a single module
     * whose own verdict is the build's.
     *
     * @param contributions every module's contribution, reactor order
     * @param root the reactor root's coordinates
     * @param rootDir the reactor root's directory
     * @param rootIsPom whether the reactor root has {@code pom} packaging
     * @param notInBuild the code modules left out of this build
     * @param now the time of the verdict
     * @param thisBuild which evidence is this build's, which tests it skipped
     * @param thisBuild which evidence is this build's, which tests it skipped
     */
    static Optional<ReactorPlan> of(
            List<Contribution> contributions,
            ProjectInfo root,
            Path rootDir,
            boolean rootIsPom,
            List<String> notInBuild,
            Instant now,
            ThisBuild thisBuild)
            throws PolicyException {
        if (contributions.stream().allMatch(c -> c.module().excludedReason() != null)) {
            return Optional.empty();
        }
        if (contributions.size() == 1 && notInBuild.isEmpty()) {
            return Optional.empty();
        }
        Optional<Contribution> rootContribution = contributions.stream()
                .filter(c -> c.executionRoot() && c.settings() != null)
                .findFirst();
        Contribution settings = rootContribution.orElseGet(() -> contributions.stream()
                .filter(c -> c.settings() != null)
                .reduce((a, b) -> b)
                .orElseThrow());
        List<String> notes = rootContribution.isPresent()
                ? List.of()
                : List.of("The reactor root " + root.artifactId() + " did not run readiness in this build, so the"
                        + " reactor verdict applies the configuration of module "
                        + settings.module().name() + ".");
        ReadinessInputs s = settings.settings();
        Policy policy = s.policy();
        AssessmentRequest rootRequest = AssessmentRequest.builder(policy, root, rootDir)
                .surefireReports(settings.reactorLocations().get(0))
                .failsafeReports(settings.reactorLocations().get(1))
                .execFiles(settings.reactorLocations().get(2))
                .threads(s.threads())
                .timestamp(now)
                .historyFile(
                        s.skipHistory() || s.historyFile() == null
                                ? null
                                : s.historyFile().toPath())
                .historyLimit(s.historyLimit())
                .benchmarks(s.benchmarks() == null ? null : s.benchmarks().toInput())
                .documentation(
                        s.documentation() == null ? null : s.documentation().toInput())
                .thisBuild(thisBuild)
                .build();
        File output;
        if (rootContribution.isEmpty()) {
            output =
                    rootEquivalent(settings.outputDirectory(), settings.module().baseDir(), rootDir);
        } else if (rootIsPom) {
            output = settings.outputDirectory();
        } else {
            output = new File(settings.outputDirectory(), "reactor"); // the root's own verdict is in the parent
        }
        ReactorRequest request = new ReactorRequest(
                rootRequest, contributions.stream().map(Contribution::module).toList(), notInBuild);
        return Optional.of(new ReactorPlan(request, policy, output, settings.stepSummary(), notes));
    }

    /**
     * The root's counterpart of a module's report directory when the root is not part of the build: a directory
     * inside the module ({@code core/target/readiness}) maps to the same place in the root
     * ({@code target/readiness}); one outside it gets a {@code reactor} subdirectory.
     */
    static File rootEquivalent(File moduleOutput, Path moduleDir, Path rootDir) {
        Path out = moduleOutput.toPath().toAbsolutePath().normalize();
        if (out.startsWith(moduleDir)) {
            return rootDir.resolve(moduleDir.relativize(out)).toFile();
        }
        return out.resolve("reactor").toFile();
    }

    /** The stale-evidence policy of the configuration the reactor verdict applies (the root's, else the last). */
    static StaleEvidence stalePolicy(List<Contribution> contributions) throws PolicyException {
        ReadinessInputs settings = contributions.stream()
                .filter(c -> c.executionRoot() && c.settings() != null)
                .map(Contribution::settings)
                .findFirst()
                .orElseGet(() -> contributions.stream()
                        .map(Contribution::settings)
                        .filter(Objects::nonNull)
                        .reduce((a, b) -> b)
                        .orElse(null));
        return settings == null ? StaleEvidence.EXCLUDE : settings.stalePolicy();
    }
}
