package dev.readiness.assess;

import dev.readiness.evidence.bundle.IncompleteBundles;
import java.util.List;
import java.util.Objects;

/**
 * Where the evidence bundles of a sharded build are ({@code readiness.bundles}) and how many shards to expect. With
 * bundles, the test and coverage evidence of the verdict is the bundles' (the aggregating build's own test reports
 * and exec files are not read).
 *
 * @param locations directories holding bundle directories, bundle directories or globs, relative to the project
 * @param expectedShards the number of shards, {@code null} to take it from the manifests
 * @param incomplete what a missing shard does
 */
public record BundleInput(List<String> locations, Integer expectedShards, IncompleteBundles incomplete) {
    public BundleInput {
        locations = List.copyOf(locations);
        Objects.requireNonNull(incomplete, "incomplete");
    }

    /** True when at least one location is given. */
    public boolean configured() {
        return locations.stream().anyMatch(l -> !l.isBlank());
    }
}
