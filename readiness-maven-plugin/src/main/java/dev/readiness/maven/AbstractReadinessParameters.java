package dev.readiness.maven;

import dev.readiness.assess.ChangeInput;
import dev.readiness.maven.ReadinessInputs.BenchmarkSettings;
import dev.readiness.maven.ReadinessInputs.DocumentationSettings;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters every goal that evaluates shares ({@code check}, {@code report} and the {@code readiness} site
 * report): where the evidence is, the policy, the reports and the history. Declared once, here (Maven injects a
 * Mojo's parameters through its class hierarchy, and maven-plugin-plugin documents them for each goal); only
 * declarations and their documentation live here. The evidence locations that {@code collect} takes too are declared
 * in {@link AbstractEvidenceParameters}. {@link AbstractReadinessMojo} adds the parameters of a build's
 * verdict (the reactor verdict, the step summary) and runs {@code check} and {@code report};
 * {@link ReadinessReport} renders the site page.
 */
public abstract class AbstractReadinessParameters extends AbstractEvidenceParameters {

    /**
     * The lowest readiness level the {@code check} goal accepts. Valid values, lowest first: {@code BLOCKED},
     * {@code NOT_READY}, {@code NEEDS_IMPROVEMENT}, {@code CONDITIONAL_READY}, {@code PRODUCTION_READY}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.minimumLevel", defaultValue = "CONDITIONAL_READY")
    private String minimumLevel;

    /**
     * The share of the policy that must be measured for a verdict above {@code NOT_READY}: a percentage (0–100) of
     * the enabled gates' total weight. Below it the level is {@code NOT_READY}, deployment is not approved and
     * confidence is {@code low}, whatever the score of the gates that were measured, and the first recommendation
     * names the gates to measure or disable. {@code 0} turns the rule off. Example: with the default policy and no
     * tags, no Failsafe tests and no JMH results, 3 of 8 gates (30 % of the weight) are measured: below the default
     * of 50.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.minimumMeasuredWeight", defaultValue = "50")
    private String minimumMeasuredWeight;

    /**
     * Directory the reports ({@code readiness.json}, {@code readiness.md}, {@code readiness.html},
     * {@code badge.svg}) are written to.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.outputDirectory", defaultValue = "${project.build.directory}/readiness")
    private File outputDirectory;

    /**
     * Directories of the compiled main classes the execution data is applied to (comma-separated in the property).
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.classesDirectories", defaultValue = "${project.build.outputDirectory}")
    private List<String> classesDirectories;

    /**
     * Directories of the compiled test classes, read for test groups ({@code @Tag}, {@code @Category},
     * TestNG {@code groups}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.testClassesDirectories", defaultValue = "${project.build.testOutputDirectory}")
    private List<String> testClassesDirectories;

    /**
     * How skipped tests enter a pass rate: {@code exclude} (not executed, the default) or {@code fail} (executed and
     * not passed).
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.skippedTests", defaultValue = "exclude")
    private String skippedTests;

    /**
     * How flaky tests (failed, then passed on a rerun) enter a pass rate: {@code pass} (the default) or {@code fail}.
     * They are always reported separately.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.flakyTests", defaultValue = "pass")
    private String flakyTests;

    /**
     * What a malformed or truncated test report does: {@code error} (counted as one erroring test case, the
     * default) or {@code fail} (the goal fails with the file and line).
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.malformedReports", defaultValue = "error")
    private String malformedReports;

    /**
     * What evidence left by an earlier build does: {@code exclude} (the default: left out of the numbers, and named in
     * every view), {@code fail} (the goal fails, naming the stale files and sessions) or {@code warn} (counted, with a
     * warning). Evidence is stale when it was written before this build started (readiness in the same Maven
     * invocation as the tests: JaCoCo sessions dumped and test reports written before its start), or before the
     * newest test run (readiness on its own: earlier sessions in each exec file, reports older than the newest run);
     * and always a test report of a test class that no longer exists. Reactor inputs named explicitly
     * ({@code reactorSurefireReports}, {@code reactorFailsafeReports}, {@code reactorExecFiles}) are never stale.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.staleEvidence", defaultValue = "exclude")
    private String staleEvidence;

    /**
     * The history file: one JSON line per assessment (score, level, every gate's status and value, totals, git commit
     * and branch), appended under a lock that works across threads and JVMs. It gives the trend and the
     * {@code noRegression} ratchet. Commit it, or cache it between CI runs, to keep the trend.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.historyFile", defaultValue = "${project.basedir}/.readiness/history.jsonl")
    private File historyFile;

    /**
     * Turns the history off: no trend, no record appended, ratchets are {@code MISSING}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.skipHistory", defaultValue = "false")
    private boolean skipHistory;

    /**
     * Keeps at most this many records in the history file (older ones are dropped by a safe rewrite); {@code 0}
     * keeps all.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.historyLimit", defaultValue = "0")
    private int historyLimit;

    /**
     * JUnit's Open Test Reporting files: {@code open-test-report.xml} files, directories holding them (searched
     * recursively, e.g. the {@code junit-{uniqueNumber}} directories of parallel forks) or globs, comma-separated in the
     * property. The default is where JUnit writes the file under Surefire's defaults once {@code
     * junit.platform.reporting.open.xml.enabled = true} is among Surefire's {@code configurationParameters} and {@code
     * junit-platform-reporting} is a test dependency. A file of this build gives the test groups their tags (no
     * bytecode scan for the classes it lists) and the reports the tests' display names; its counts are cross-checked
     * against the Surefire and Failsafe XML (a disagreement is a warning naming both files and both counts; the XML
     * counts); without any Surefire XML (e.g. {@code disableXmlReport}) it is the Surefire evidence. A location that
     * does not exist is no file.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.openTestReports", defaultValue = "${project.build.directory}/open-test-report.xml")
    private List<String> openTestReports;

    /**
     * Evidence bundles of a build split across CI machines, written by {@code readiness:collect} in each shard: a
     * directory holding the downloaded bundle directories (searched four levels deep), one bundle directory, or a glob,
     * comma-separated in the property. With bundles, the verdict's tests, coverage and mutants are the bundles' —
     * every manifest and file verified by SHA-256, every bundle of this build's commit and module, a test case that ran
     * in several shards counted once (and flaky when its outcomes differ), execution data checked against the class
     * bytes this build analyses ({@code EVIDENCE_MISMATCH}) — and this build's own test reports and exec files are not
     * read. Empty (the default): the build's own evidence.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.bundles")
    private List<String> bundles;

    /**
     * With {@code bundles}: how many shards the build has; a shard without a bundle is missing. Unset (the default):
     * the TOTAL the bundles' manifests were collected with ({@code readiness.shard=INDEX/TOTAL}); manifests that
     * disagree, or that disagree with this number, stop the build.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.expectedShards")
    private Integer expectedShards;

    /**
     * With {@code bundles}: what a missing shard does, {@code fail} (the default: the gates fed by the tests —
     * coverage, pass rate, flaky, duration, mutation — are {@code MISSING}, naming the shard) or {@code warn} (the
     * shards that arrived are judged, with a warning naming the missing ones).
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.incompleteBundles", defaultValue = "fail")
    private String incompleteBundles;

    /**
     * The quarantine file: tests that still run and are reported, but do not count against pass-rate gates until
     * their expiry date (JSON, schema {@code META-INF/readiness/quarantine.schema.json}). A file that does not exist
     * is no quarantine; an invalid one stops the build with its problem.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.quarantineFile", defaultValue = "${project.basedir}/.readiness/quarantine.json")
    private File quarantineFile;

    /**
     * The baseline JMH results the current ones are compared with; write it with {@code readiness:baseline}. When
     * neither this file nor the results exist, the benchmark gates are {@code NOT_CONFIGURED}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.benchmarkBaseline", defaultValue = "${project.basedir}/src/test/jmh/baseline.json")
    private String benchmarkBaseline;

    /**
     * How much worse than the baseline (in percent) a benchmark may be, beyond its error bars, before it counts as
     * regressed.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.benchmarkTolerance", defaultValue = "10")
    private String benchmarkTolerance;

    /**
     * JMH secondary metrics compared like the primary score, e.g. {@code gc.alloc.rate.norm} (comma-separated in the
     * property).
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.benchmarkSecondaryMetrics")
    private List<String> benchmarkSecondaryMetrics = new ArrayList<>();

    /**
     * Main source roots whose public and protected API is checked for Javadoc by the {@code documentation} gates.
     * Roots inside the build directory (generated sources that plugins add during the build) are left out unless
     * {@code readiness.includeGeneratedSources} is true, so every goal, inside {@code mvn verify} or run on its own,
     * measures the same hand-written sources.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.sourceRoots", defaultValue = "${project.compileSourceRoots}")
    private List<String> sourceRoots;

    /**
     * The base of the change that coverage gates with {@code <lines>changed</lines>} measure, e.g. {@code origin/main}.
     * The changed lines are those added or modified between the merge-base of {@code HEAD} and this ref and the working
     * tree (committed, staged and unstaged edits of tracked files), read with JGit. A ref missing from the clone (a
     * shallow or single-branch checkout) makes those gates {@code MISSING} with the {@code git fetch} that fixes it.
     * Unset (and no {@code readiness.diffFile}): those gates are {@code NOT_CONFIGURED}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.baseRef")
    private String baseRef;

    /**
     * A unified diff of the change that coverage gates with {@code <lines>changed</lines>} measure (e.g. written by
     * {@code git diff origin/main...HEAD > target/pr.diff}, or a CI system's diff of the pull request); its paths are
     * relative to the root of the git work tree (or, outside one, the project directory). Set, it is used instead of
     * {@code readiness.baseRef}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.diffFile")
    private String diffFile;

    /**
     * Whether the {@code documentation} gates also measure source roots inside the build directory
     * ({@code ${project.build.directory}}, e.g. {@code target/generated-sources/annotations}). They hold generated code,
     * which is not hand-written API, and exist only when the plugins that generate them ran: left out (the default),
     * a standalone {@code readiness:check} measures the same sources as one inside {@code mvn verify}. The roots left
     * out are named in the gate's message and in {@code readiness.json} ({@code documentation.generatedSourceRoots}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.includeGeneratedSources", defaultValue = "false")
    private boolean includeGeneratedSources;

    /**
     * The Java release the sources are written for (the parser's language level).
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.release", defaultValue = "${maven.compiler.release}")
    private String release;

    /**
     * The character set of the main sources, for the {@code documentation} gates; a source file that does not decode
     * with it is not parsed, and then the gates are {@code MISSING}, never passed. Unset means UTF-8.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.sourceEncoding", defaultValue = "${project.build.sourceEncoding}")
    private String sourceEncoding;

    /**
     * Files the {@code documentation} gates require, relative to the project directory, e.g.
     * {@code README.md,CHANGELOG.md}: a missing one fails the gate.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.requiredFiles")
    private List<String> requiredFiles = new ArrayList<>();

    /**
     * Threads for the coverage analysis; {@code 0} uses one per available processor.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.threads", defaultValue = "0")
    private int threads;

    /**
     * Directory where readiness keeps what it computed from unchanged inputs between builds, so that the next build
     * does not compute it again; {@code none} turns every cache off.
     *
     * <p>Unset, it is the user's cache directory: {@code $XDG_CACHE_HOME/readiness}, else
     * {@code ${user.home}/.cache/readiness} (outside {@code target/}, so {@code mvn clean} keeps it, and shared by all
     * projects and branches of the user). A relative path is resolved against the project directory; {@code false}
     * and {@code off} also turn the caches off. Each kind of cache has a subdirectory of its own ({@code analysis/}
     * for JaCoCo's analysis of each class, keyed by the class file's content and the JaCoCo version;
     * {@code javadoc-v1/} for the documentation gates' parse of each source file, keyed by the file's content and the
     * parser). Entries are
     * written atomically and checked when read: a damaged or foreign entry is ignored and rebuilt. Results are
     * identical with and without the cache.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.cache")
    private String cache;

    /**
     * Size limit of the cache directory ({@code readiness.cache}) in megabytes, for all its kinds together; when it is
     * exceeded, the least recently written entries are deleted. {@code 0} turns the caches off.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.cacheSize", defaultValue = "512")
    private int cacheSize = ReadinessInputs.DEFAULT_CACHE_MB;

    /**
     * Tags: named sets of code that coverage gates measure. The default gates use {@code critical} and
     * {@code safety-critical}; a tag without selectors is not configured and its gates report
     * {@code NOT_CONFIGURED}.
     *
     * <pre>{@code
     * <tags>
     *   <tag><name>critical</name><packages>com.acme.control.**</packages></tag>
     *   <tag><name>safety-critical</name><annotations>com.acme.SafetyCritical</annotations>
     *        <classes>com.acme.util.Saturation</classes></tag>
     * </tags>
     * }</pre>
     *
     * Selectors: {@code packages} ({@code a.b.*} that package, {@code a.b.**} with sub-packages), {@code classes}
     * (globs of binary names; a class selector also selects the class's nested and anonymous classes,
     * {@code com.acme.Outer} takes {@code com.acme.Outer$Inner}; a leading {@code =}, {@code =com.acme.Outer}, selects
     * the class alone), {@code annotations} (class, method or {@code package-info} level), and
     * {@code excludePackages}, {@code excludeClasses}, {@code excludeAnnotations} (same forms). readiness.json lists
     * the classes each tag selected ({@code coverage.tags.<name>.classes}).
     *
     * @since 0.1.0
     */
    @Parameter
    private List<Tag> tags = new ArrayList<>();

    /**
     * Test groups for pass-rate gates. Optional: a gate's {@code group} defaults to the JUnit/TestNG tag of the same
     * name.
     *
     * <pre>{@code
     * <testGroups>
     *   <testGroup><name>stability</name><tags>stability</tags></testGroup>
     * </testGroups>
     * }</pre>
     *
     * @since 0.1.0
     */
    @Parameter
    private List<TestGroup> testGroups = new ArrayList<>();

    /**
     * Gates: override a default gate by {@code id} ({@code threshold}, {@code weight}, {@code critical},
     * {@code onMissing} = fail|warn|ignore, {@code enabled}, {@code counter}) or add a gate with a {@code metric}
     * ({@code coverage} with {@code tag} and {@code counter}; {@code pass-rate} with {@code source} =
     * surefire|failsafe|all and {@code group}).
     *
     * <pre>{@code
     * <gates>
     *   <gate><id>overall-test-coverage</id><threshold>80</threshold></gate>
     *   <gate><id>thread-safety</id><metric>pass-rate</metric><group>concurrent</group>
     *         <threshold>100</threshold><critical>true</critical><weight>0.05</weight></gate>
     *   <gate><id>performance-benchmarks</id><enabled>false</enabled></gate>
     * </gates>
     * }</pre>
     *
     * Default ids: {@code overall-test-coverage}, {@code critical-component-coverage},
     * {@code safety-critical-coverage}, {@code test-pass-rate}, {@code system-compatibility},
     * {@code performance-benchmarks}, {@code numerical-stability}, {@code documentation-completeness}.
     *
     * @since 0.1.0
     */
    @Parameter
    private List<Gate> gates = new ArrayList<>();

    /** The parameters as one value, converted by the engine-facing {@link ReadinessInputs}. */
    final ReadinessInputs inputs() {
        return ReadinessInputs.builder()
                .tags(tags)
                .testGroups(testGroups)
                .gates(gates)
                .minimumLevel(minimumLevel)
                .minimumMeasuredWeight(minimumMeasuredWeight)
                .skippedTests(skippedTests)
                .flakyTests(flakyTests)
                .malformedReports(malformedReports)
                .staleEvidence(staleEvidence)
                .surefireReports(surefireReports())
                .failsafeReports(failsafeReports())
                .testClassesDirectories(testClassesDirectories)
                .execFiles(execFiles())
                .classesDirectories(classesDirectories)
                .threads(threads)
                .cache(cache)
                .cacheSize(cacheSize)
                .historyFile(historyFile)
                .skipHistory(skipHistory)
                .historyLimit(historyLimit)
                .quarantineFile(quarantineFile)
                .benchmarks(new BenchmarkSettings(
                        benchmarkResults(), benchmarkBaseline, benchmarkTolerance, benchmarkSecondaryMetrics))
                .mutationReports(mutationReports())
                .openTestReports(openTestReports)
                .documentation(new DocumentationSettings(
                        sourceRoots,
                        release,
                        requiredFiles,
                        sourceEncoding,
                        project().getBuild() == null
                                ? null
                                : project().getBuild().getDirectory(),
                        includeGeneratedSources))
                .change(new ChangeInput(baseRef, diffFile))
                .bundles(new ReadinessInputs.BundleSettings(bundles, expectedShards, incompleteBundles))
                .build();
    }

    /** Whether the goal's own configuration defines a policy (tags, test groups or gates). */
    final boolean ownPolicy() {
        return !(tags == null || tags.isEmpty())
                || !(gates == null || gates.isEmpty())
                || !(testGroups == null || testGroups.isEmpty());
    }

    final File outputDirectory() {
        return outputDirectory;
    }

    final File historyFile() {
        return historyFile;
    }
}
