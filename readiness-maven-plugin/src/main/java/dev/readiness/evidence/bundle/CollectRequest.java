package dev.readiness.evidence.bundle;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link BundleCollector#collect} puts into one shard's bundle.
 *
 * @param baseDir the module's directory: relative locations are resolved against it
 * @param bundleDir the bundle directory to write (created; a previous bundle in it is replaced)
 * @param buildStart when the Maven invocation that ran the tests started: files and JaCoCo sessions older than it are
 *     an earlier build's and left out; {@code null} to keep the newest run (JaCoCo) and every report
 * @param git the commit and state of the checkout
 * @param module the module's coordinates
 * @param shard which shard this is
 * @param tools tool versions by name
 * @param selectors the test selection by name (e.g. {@code test}), empty when every test ran
 * @param surefireReports Surefire report directories or globs
 * @param failsafeReports Failsafe report directories or globs
 * @param execFiles JaCoCo exec files or globs
 * @param mutationReports PIT report directories or globs (searched for {@code mutations.xml})
 * @param jmhResults the JMH results file, {@code null} when none
 */
public record CollectRequest(
        Path baseDir,
        Path bundleDir,
        Instant buildStart,
        GitState git,
        BundleManifest.Module module,
        Shard shard,
        Map<String, String> tools,
        Map<String, String> selectors,
        List<String> surefireReports,
        List<String> failsafeReports,
        List<String> execFiles,
        List<String> mutationReports,
        String jmhResults) {
    public CollectRequest {
        Objects.requireNonNull(baseDir, "baseDir");
        Objects.requireNonNull(bundleDir, "bundleDir");
        Objects.requireNonNull(git, "git");
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(shard, "shard");
        tools = Map.copyOf(tools);
        selectors = Map.copyOf(selectors);
        surefireReports = List.copyOf(surefireReports);
        failsafeReports = List.copyOf(failsafeReports);
        execFiles = List.copyOf(execFiles);
        mutationReports = List.copyOf(mutationReports);
    }
}
