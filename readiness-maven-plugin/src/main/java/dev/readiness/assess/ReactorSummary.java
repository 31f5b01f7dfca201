package dev.readiness.assess;

import java.util.List;

/**
 * What a reactor verdict covers: its modules, in build order, and the modules of the project that were not part of
 * this build ({@code -pl}, {@code -rf}).
 *
 * @param modules every module whose evidence the verdict read (or tried to), in reactor order
 * @param notInBuild artifactIds of the project's modules that were not built, so their evidence is not in the verdict
 */
public record ReactorSummary(List<ModuleSummary> modules, List<String> notInBuild) {
    public ReactorSummary {
        modules = List.copyOf(modules);
        notInBuild = List.copyOf(notInBuild);
    }

    /** True when some modules of the project were not part of the build. */
    public boolean partial() {
        return !notInBuild.isEmpty();
    }
}
