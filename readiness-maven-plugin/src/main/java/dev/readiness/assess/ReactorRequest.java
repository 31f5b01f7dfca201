package dev.readiness.assess;

import java.util.List;
import java.util.Objects;

/**
 * A reactor verdict's inputs: the root's policy and settings, and the modules whose evidence it reads.
 *
 * @param root the root project's request: its policy, coordinates, base directory, history, and extra evidence
 *     locations (e.g. report directories and exec files collected from CI shards), relative to the root
 * @param modules the modules of this build, in reactor order
 * @param notInBuild artifactIds of the project's modules that were not part of this build
 */
public record ReactorRequest(AssessmentRequest root, List<ModuleInput> modules, List<String> notInBuild) {
    public ReactorRequest {
        Objects.requireNonNull(root, "root");
        modules = List.copyOf(modules);
        notInBuild = List.copyOf(notInBuild);
    }
}
