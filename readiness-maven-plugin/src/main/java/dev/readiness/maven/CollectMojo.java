package dev.readiness.maven;

import dev.readiness.evidence.EvidenceException;
import dev.readiness.evidence.StaleEvidence;
import dev.readiness.evidence.bundle.BundleCollector;
import dev.readiness.evidence.bundle.BundleManifest;
import dev.readiness.evidence.bundle.CollectRequest;
import dev.readiness.evidence.bundle.GitState;
import dev.readiness.evidence.bundle.Shard;
import dev.readiness.evidence.tests.TestCounts;
import dev.readiness.text.SafeText;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes this shard's evidence bundle for a build split across CI machines: a directory with a versioned
 * {@code manifest.json} (commit and dirty flag, module, shard index/total and label, tool versions, the test selection,
 * test counts, the SHA-256 of every file, the class id of every class the execution data touches) and this build's raw
 * evidence — Surefire and Failsafe reports, the JaCoCo sessions of this build, PIT's {@code mutations.xml} and JMH
 * results when present. Upload the directory as a CI artifact; the aggregating job points {@code readiness.bundles} at
 * the downloaded bundles and {@code check}/{@code report} give one verdict, refusing bundles of another commit and
 * naming missing shards. The evidence is taken from where {@code check} and {@code report} read it (the same
 * parameters: {@code surefireReports}, {@code failsafeReports}, {@code execFiles}, {@code mutationReports},
 * {@code benchmarkResults}), and only the files this build wrote go into the bundle. Writes nothing outside the bundle
 * directory and follows no symbolic link.
 *
 * @since 0.1.0
 */
@Mojo(name = "collect", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CollectMojo extends AbstractEvidenceParameters {
    /** The properties that select tests, recorded in the manifest when set. */
    private static final List<String> SELECTORS = List.of("test", "groups", "excludedGroups", "it.test");

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;

    /**
     * The bundle directory to write; an earlier bundle in it is replaced, and a non-empty directory that holds no
     * {@code manifest.json} is refused (never emptied). Give each shard's bundle its own name when CI merges the
     * artifacts into one directory, e.g. {@code target/bundles/shard-2}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.bundleDirectory", defaultValue = "${project.build.directory}/readiness-bundle")
    private File bundleDirectory;

    /**
     * Which shard this build is, as {@code INDEX/TOTAL} counted from 1 (e.g. {@code 2/3}; GitHub Actions
     * {@code ${{ matrix.shard }}/3}, GitLab {@code $CI_NODE_INDEX/$CI_NODE_TOTAL}). Unset: {@code 1/1}, a build that is
     * not split.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.shard")
    private String shard;

    /**
     * An optional name of this shard (e.g. the CI job's), shown with its index in messages: 1 to 100 letters, digits,
     * spaces or {@code ._:+@()[]#=,-}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.shardLabel")
    private String shardLabel;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip()) {
            SafeLog.of(getLog()).info("Skipping readiness: readiness.skip is true");
            return;
        }
        Shard s;
        try {
            s = Shard.parse(shard, shardLabel);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        Path baseDir = project().getBasedir().toPath();
        Instant buildStart = ThisBuildFacts.of(session(), project(), StaleEvidence.EXCLUDE)
                .window()
                .buildStart();
        CollectRequest request = new CollectRequest(
                baseDir,
                bundleDirectory.toPath(),
                buildStart,
                GitState.of(baseDir),
                new BundleManifest.Module(
                        project().getGroupId(),
                        project().getArtifactId(),
                        project().getVersion()),
                s,
                tools(),
                selectors(),
                Lists.split(surefireReports() == null ? List.of() : surefireReports()),
                Lists.split(failsafeReports() == null ? List.of() : failsafeReports()),
                Lists.split(execFiles() == null ? List.of() : execFiles()),
                Lists.split(mutationReports() == null ? List.of() : mutationReports()),
                benchmarkResults());
        BundleCollector.Collected collected;
        try {
            collected = new BundleCollector().collect(request);
        } catch (EvidenceException e) {
            throw new MojoExecutionException(SafeText.line(e.getMessage()), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("readiness:collect failed unexpectedly: " + e, e);
        }
        collected.notes().forEach(n -> SafeLog.of(getLog()).warn(SafeText.line(n)));
        BundleManifest m = collected.manifest();
        TestCounts surefire = m.tests().getOrDefault("surefire", TestCounts.NONE);
        TestCounts failsafe = m.tests().getOrDefault("failsafe", TestCounts.NONE);
        SafeLog.of(getLog())
                .info(SafeText.line(String.format(
                        Locale.ROOT,
                        "Evidence bundle of shard %s: %d Surefire and %d Failsafe test(s), %d class(es) with execution data,"
                                + " %d file(s), commit %s%s -> %s",
                        s.display(),
                        surefire.total(),
                        failsafe.total(),
                        m.classes().size(),
                        m.files().size(),
                        m.commit() == null ? "unknown (not a git checkout)" : m.commit(),
                        Boolean.TRUE.equals(m.dirty()) ? " (uncommitted changes)" : "",
                        collected.manifestFile().getParent())));
    }

    private Map<String, String> tools() {
        Map<String, String> tools = new TreeMap<>();
        if (mojoExecution != null && mojoExecution.getMojoDescriptor() != null) {
            tools.put(
                    "readiness",
                    mojoExecution.getMojoDescriptor().getPluginDescriptor().getVersion());
        }
        for (Plugin p : project().getBuildPlugins()) {
            String name = switch (p.getGroupId() + ":" + p.getArtifactId()) {
                case "org.jacoco:jacoco-maven-plugin" -> "jacoco";
                case "org.apache.maven.plugins:maven-surefire-plugin" -> "surefire";
                case "org.apache.maven.plugins:maven-failsafe-plugin" -> "failsafe";
                case "org.pitest:pitest-maven" -> "pitest";
                default -> null;
            };
            if (name != null && p.getVersion() != null) {
                tools.put(name, p.getVersion());
            }
        }
        tools.values().removeIf(v -> v == null);
        return tools;
    }

    private Map<String, String> selectors() {
        Map<String, String> selectors = new TreeMap<>();
        for (String name : SELECTORS) {
            for (Properties p : new Properties[] {
                session() == null ? null : session().getUserProperties(),
                project().getProperties()
            }) {
                if (p != null
                        && p.getProperty(name) != null
                        && !p.getProperty(name).isBlank()) {
                    selectors.put(name, p.getProperty(name).strip());
                    break;
                }
            }
        }
        return selectors;
    }
}
