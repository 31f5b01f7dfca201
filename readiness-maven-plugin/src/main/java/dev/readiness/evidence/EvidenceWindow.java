package dev.readiness.evidence;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which evidence belongs to the build being judged.
 *
 * <p>Two rules, documented on the site's "Evidence of this build" page:
 *
 * <ul>
 *   <li><b>same build</b> ({@link #sameBuild}): readiness runs in the Maven invocation that ran the tests, so that
 *       invocation's start is the reference. A JaCoCo session dumped before it, and a test report file last modified
 *       before it, come from an earlier build.
 *   <li><b>newest run</b> ({@link #newestRun}): readiness runs on its own ({@code mvn readiness:report} after a build,
 *       downloaded evidence), so there is no start to compare with. In each exec file the newest session and the
 *       sessions that overlap it in time (parallel forks of one run) are the newest run; earlier sessions are earlier
 *       runs. A test report last modified before the earliest kept session started is from an earlier run.
 * </ul>
 *
 * In both, a test report whose test class is not among the compiled test classes (a deleted test class) is stale,
 * and the locations in {@code accepted} (shard and reactor inputs named explicitly) are always counted.
 *
 * @param buildStart when the Maven invocation that ran the tests started, {@code null} for the newest-run rule
 * @param policy what stale evidence does
 * @param accepted locations (absolute, normalized) whose files are counted whatever their age
 */
public record EvidenceWindow(Instant buildStart, StaleEvidence policy, List<Path> accepted) {

    public EvidenceWindow {
        Objects.requireNonNull(policy, "policy");
        accepted = List.copyOf(accepted);
    }

    /** The rule for readiness running in the same Maven invocation as the tests. */
    public static EvidenceWindow sameBuild(Instant buildStart, StaleEvidence policy) {
        return new EvidenceWindow(Objects.requireNonNull(buildStart, "buildStart"), policy, List.of());
    }

    /** The rule for readiness running on its own, after the build that ran the tests. */
    public static EvidenceWindow newestRun(StaleEvidence policy) {
        return new EvidenceWindow(null, policy, List.of());
    }

    /** The same window, with more locations that are always counted. */
    public EvidenceWindow accepting(List<Path> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Path> all = new ArrayList<>(accepted);
        all.addAll(more);
        return new EvidenceWindow(buildStart, policy, all);
    }

    /** True for the same-build rule. */
    public boolean isSameBuild() {
        return buildStart != null;
    }

    /** {@code build-start} or {@code newest-run}, as written in readiness.json. */
    public String ruleName() {
        return isSameBuild() ? "build-start" : "newest-run";
    }

    /** True when the file lies in one of the accepted locations. */
    public boolean accepts(Path file) {
        Path f = file.toAbsolutePath().normalize();
        for (Path location : accepted) {
            if (f.startsWith(location)) {
                return true;
            }
        }
        return false;
    }
}
