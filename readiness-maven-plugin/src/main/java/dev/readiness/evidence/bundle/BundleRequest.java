package dev.readiness.evidence.bundle;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The fan-in of evidence bundles into one verdict.
 *
 * @param baseDir the aggregating module's directory: relative locations are resolved against it
 * @param locations directories holding bundle directories (searched three levels deep), bundle directories, or globs
 * @param expectedShards how many shards the build has, {@code null} to take it from the manifests
 * @param incomplete what a missing shard does
 * @param git the aggregating checkout's commit (every bundle must be of it)
 * @param module {@code groupId:artifactId} of the aggregating module (every bundle must be of it)
 * @param classDirectories the class directories the aggregating build analyses (absolute): execution data must have
 *     been recorded on the same class bytes
 */
public record BundleRequest(
        Path baseDir,
        List<String> locations,
        Integer expectedShards,
        IncompleteBundles incomplete,
        GitState git,
        String module,
        List<Path> classDirectories) {
    public BundleRequest {
        Objects.requireNonNull(baseDir, "baseDir");
        Objects.requireNonNull(incomplete, "incomplete");
        Objects.requireNonNull(git, "git");
        locations = List.copyOf(locations);
        classDirectories = List.copyOf(classDirectories);
    }
}
