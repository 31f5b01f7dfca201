package dev.readiness.evidence.bundle;

import dev.readiness.evidence.tests.TestEvidence;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A verified set of evidence bundles: each manifest and file checked, one bundle per shard, all of one commit and
 * module; their evidence with nothing counted twice.
 *
 * @param locations the configured locations, as written, sorted and each once (for messages)
 * @param bundles the bundles counted, sorted by shard index, then label, then manifest hash
 * @param total how many shards the build has ({@code 0} when no bundle was found and none were expected)
 * @param missing the shard indices without a bundle, ascending
 * @param incomplete what a missing shard does
 * @param surefire the Surefire cases of every bundle, a case that ran in several shards once
 * @param failsafe the Failsafe cases of every bundle, likewise
 * @param execFiles the bundles' JaCoCo execution data files
 * @param mutationReports the bundles' PIT reports
 * @param mismatches classes whose execution data was recorded on other class bytes than the aggregating build
 *     analyses, sorted by class then shard
 * @param flakyAcrossShards test cases that passed in one shard and failed in another ({@code class.name}), sorted
 * @param notes what else the fan-in found (the same bundle given twice, cases run in several shards, dirty checkouts)
 */
public record BundleSet(
        List<String> locations,
        List<Bundle> bundles,
        int total,
        List<Integer> missing,
        IncompleteBundles incomplete,
        TestEvidence surefire,
        TestEvidence failsafe,
        List<Path> execFiles,
        List<Path> mutationReports,
        List<Mismatch> mismatches,
        List<String> flakyAcrossShards,
        List<String> notes) {
    public BundleSet {
        Objects.requireNonNull(incomplete, "incomplete");
        locations = locations.stream().distinct().sorted().toList();
        bundles = List.copyOf(bundles);
        missing = List.copyOf(missing);
        execFiles = List.copyOf(execFiles);
        mutationReports = List.copyOf(mutationReports);
        mismatches = List.copyOf(mismatches);
        flakyAcrossShards = List.copyOf(flakyAcrossShards);
        notes = List.copyOf(notes);
    }

    /**
     * One verified bundle.
     *
     * @param dir its directory
     * @param manifest its manifest
     * @param manifestSha256 the SHA-256 of its manifest file
     */
    public record Bundle(Path dir, BundleManifest manifest, String manifestSha256) {}

    /**
     * A class whose execution data does not belong to the class bytes analysed.
     *
     * @param className VM name of the class
     * @param shard the shard whose data it is
     * @param bundleId the class id in the shard's execution data
     * @param localId the class id of the class file the aggregating build analyses
     */
    public record Mismatch(String className, Shard shard, String bundleId, String localId) {}

    /** True when some shard's bundle did not arrive. */
    public boolean incompleteSet() {
        return !missing.isEmpty() || bundles.isEmpty();
    }

    /** {@code shard 2/3}, {@code shards 2/3, 3/3}, or that no bundle was found, for messages. */
    public String missingText() {
        if (bundles.isEmpty()) {
            return "no evidence bundle (" + BundleManifest.FILE_NAME + ") found in " + String.join(", ", locations);
        }
        List<String> names = missing.stream().map(i -> i + "/" + total).toList();
        return (names.size() == 1 ? "shard " : "shards ") + String.join(", ", names) + " missing: no bundle in "
                + String.join(", ", locations) + " (" + bundles.size() + " of " + total + " shards arrived)";
    }

    /** The shards whose data does not match the analysed classes, {@code 2/3 (label)}, sorted, each once. */
    public List<String> mismatchedShards() {
        return mismatches.stream()
                .map(Mismatch::shard)
                .distinct()
                .sorted(java.util.Comparator.comparingInt(Shard::index))
                .map(Shard::display)
                .toList();
    }
}
