package dev.readiness.maven;

import dev.readiness.assess.AssessmentRequest;
import dev.readiness.assess.BenchmarkInput;
import dev.readiness.assess.BundleInput;
import dev.readiness.assess.ChangeInput;
import dev.readiness.assess.DocumentationInput;
import dev.readiness.assess.ProjectInfo;
import dev.readiness.assess.ThisBuild;
import dev.readiness.evidence.StaleEvidence;
import dev.readiness.evidence.bundle.IncompleteBundles;
import dev.readiness.evidence.bundle.Shard;
import dev.readiness.evidence.coverage.AnalysisCache;
import dev.readiness.evidence.docs.DocumentationCache;
import dev.readiness.policy.Policy;
import dev.readiness.policy.PolicyException;
import dev.readiness.policy.PolicyFactory;
import java.io.File;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.maven.project.MavenProject;

/**
 * The parameters every goal that evaluates shares ({@code check}, {@code report} and the {@code readiness} site
 * report), converted once into the engine's policy and request.
 */
record ReadinessInputs(
        List<Tag> tags,
        List<TestGroup> testGroups,
        List<Gate> gates,
        String minimumLevel,
        String minimumMeasuredWeight,
        String skippedTests,
        String flakyTests,
        String malformedReports,
        String staleEvidence,
        List<String> surefireReports,
        List<String> failsafeReports,
        List<String> testClassesDirectories,
        List<String> execFiles,
        List<String> classesDirectories,
        int threads,
        File historyFile,
        boolean skipHistory,
        int historyLimit,
        BenchmarkSettings benchmarks,
        DocumentationSettings documentation,
        List<String> mutationReports,
        ChangeInput change,
        File quarantineFile,
        List<String> openTestReports,
        String cache,
        int cacheSize,
        BundleSettings bundles) {

    ReadinessInputs {
        openTestReports = openTestReports == null ? List.of() : List.copyOf(openTestReports);
        mutationReports = mutationReports == null ? List.of() : List.copyOf(mutationReports);
        tags = tags == null ? List.of() : List.copyOf(tags);
        testGroups = testGroups == null ? List.of() : List.copyOf(testGroups);
        gates = gates == null ? List.of() : List.copyOf(gates);
    }

    /**
     * The evidence-bundle parameters as written in the POM ({@code readiness.bundles}, {@code readiness.expectedShards},
     * {@code readiness.incompleteBundles}).
     */
    record BundleSettings(List<String> locations, Integer expectedShards, String incomplete) {
        /** {@code null} when no bundle location is given: the build's own evidence is judged. */
        BundleInput toInput() throws PolicyException {
            List<String> split = Lists.split(locations == null ? List.of() : locations);
            IncompleteBundles policy = IncompleteBundles.parse(incomplete)
                    .orElseThrow(
                            () -> new PolicyException(List.of("readiness.incompleteBundles (<incompleteBundles>): '"
                                    + incomplete + "' is not one of fail, warn")));
            if (expectedShards != null && (expectedShards < 1 || expectedShards > Shard.MAX_TOTAL)) {
                throw new PolicyException(List.of("readiness.expectedShards (<expectedShards>): " + expectedShards
                        + " is not a number of shards from 1 to " + Shard.MAX_TOTAL + "; leave it unset to take it"
                        + " from the bundles' manifests"));
            }
            if (split.isEmpty()) {
                return null;
            }
            return new BundleInput(split, expectedShards, policy);
        }
    }

    /** The benchmark parameters as written in the POM. */
    record BenchmarkSettings(String results, String baseline, String tolerance, List<String> secondaryMetrics) {
        BenchmarkInput toInput() throws PolicyException {
            BigDecimal percent;
            try {
                percent = new BigDecimal(tolerance == null || tolerance.isBlank() ? "10" : tolerance.strip());
            } catch (NumberFormatException e) {
                throw new PolicyException(List.of(
                        "readiness.benchmarkTolerance: '" + tolerance + "' is not a number (percent, e.g. 10)"));
            }
            if (percent.signum() < 0) {
                throw new PolicyException(
                        List.of("readiness.benchmarkTolerance: " + tolerance + " is negative; it is a percentage ≥ 0"));
            }
            if (percent.stripTrailingZeros().scale() > 9
                    || percent.compareTo(BigDecimal.valueOf(10_000_000_000L)) > 0) {
                throw new PolicyException(List.of("readiness.benchmarkTolerance (<benchmarkTolerance>): '" + tolerance
                        + "' is not a percentage with at most 9 decimal places up to 10000000000, e.g. 10"));
            }
            return new BenchmarkInput(
                    results, baseline, percent, Lists.split(secondaryMetrics == null ? List.of() : secondaryMetrics));
        }
    }

    /**
     * The documentation parameters as written in the POM.
     *
     * @param buildDirectory {@code project.build.directory}: source roots inside it are generated code
     * @param includeGeneratedSources {@code readiness.includeGeneratedSources}
     */
    record DocumentationSettings(
            List<String> sourceRoots,
            String release,
            List<String> requiredFiles,
            String sourceEncoding,
            String buildDirectory,
            boolean includeGeneratedSources) {
        DocumentationInput toInput() throws PolicyException {
            int level = Runtime.version().feature();
            if (release != null && !release.isBlank() && !release.startsWith("${")) {
                try {
                    level = Integer.parseInt(release.strip().replaceFirst("^1\\.", ""));
                } catch (NumberFormatException e) {
                    throw new PolicyException(
                            List.of("readiness.release: '" + release + "' is not a Java release number (e.g. 17)"));
                }
            }
            return new DocumentationInput(
                    sourceRoots == null ? List.of() : Lists.split(sourceRoots),
                    level,
                    Lists.split(requiredFiles == null ? List.of() : requiredFiles),
                    encoding(sourceEncoding),
                    buildDirectory,
                    includeGeneratedSources);
        }

        /** The sources' character set: {@code readiness.sourceEncoding}, else UTF-8 when it is not set. */
        static Charset encoding(String name) throws PolicyException {
            if (name == null || name.isBlank() || name.startsWith("${")) {
                return StandardCharsets.UTF_8;
            }
            try {
                return Charset.forName(name.strip());
            } catch (IllegalArgumentException e) {
                throw new PolicyException(List.of("readiness.sourceEncoding (<sourceEncoding>): '" + name
                        + "' is not a character set this Java supports; use the encoding the sources are written in,"
                        + " e.g. UTF-8 or ISO-8859-1 (it defaults to project.build.sourceEncoding)"));
            }
        }
    }

    Policy policy() throws PolicyException {
        if (historyLimit < 0) {
            throw new PolicyException(List.of("readiness.historyLimit (<historyLimit>): " + historyLimit
                    + " is negative; 0 keeps every record, N keeps the last N"));
        }
        return new PolicyFactory()
                .build(
                        tags.stream().map(Tag::toDefinition).toList(),
                        testGroups.stream().map(TestGroup::toDefinition).toList(),
                        gates.stream().map(Gate::toSpec).toList(),
                        minimumLevel,
                        skippedTests,
                        flakyTests,
                        malformedReports)
                .withMinimumMeasuredWeight(PolicyFactory.minimumMeasuredWeight(minimumMeasuredWeight));
    }

    /** The stale-evidence policy, validated. */
    StaleEvidence stalePolicy() throws PolicyException {
        if (staleEvidence == null || staleEvidence.isBlank()) {
            return StaleEvidence.EXCLUDE;
        }
        return StaleEvidence.parse(staleEvidence)
                .orElseThrow(() -> new PolicyException(
                        List.of("readiness.staleEvidence: '" + staleEvidence + "' is not one of exclude, fail, warn")));
    }

    AssessmentRequest request(Policy policy, MavenProject project, Instant now, ThisBuild thisBuild)
            throws PolicyException {
        Path baseDir = project.getBasedir().toPath();
        return new AssessmentRequest(
                policy,
                new ProjectInfo(project.getGroupId(), project.getArtifactId(), project.getVersion()),
                baseDir,
                surefireReports,
                failsafeReports,
                testClassesDirectories,
                execFiles,
                classesDirectories,
                threads,
                now,
                skipHistory || historyFile == null ? null : historyFile.toPath(),
                historyLimit,
                benchmarks == null ? null : benchmarks.toInput(),
                documentation == null ? null : documentation.toInput().withCache(documentationCache(baseDir)),
                thisBuild,
                Lists.split(mutationReports),
                change == null || !change.configured() ? null : change,
                quarantineFile == null ? null : quarantineFile.toPath(),
                Lists.split(openTestReports),
                analysisCache(baseDir),
                bundles == null ? null : bundles.toInput());
    }

    /** The size limit of readiness's cache directory when none is configured, in megabytes. */
    static final int DEFAULT_CACHE_MB = 512;

    /**
     * The root of readiness's caches ({@code readiness.cache}), or {@code null} when they are off: {@code none},
     * {@code false}, {@code off} or a size of {@code 0}; unset, the user's cache directory
     * ({@code $XDG_CACHE_HOME/readiness}, else {@code ~/.cache/readiness}); else the directory named, relative to the
     * project directory. Each kind of cache has a subdirectory of its own ({@code analysis/}, {@code javadoc-v1/}).
     */
    Path cacheRoot(Path baseDir) throws PolicyException {
        if (cacheSize < 0) {
            throw new PolicyException(List.of("readiness.cacheSize: " + cacheSize
                    + " is negative; give the limit in megabytes (default " + DEFAULT_CACHE_MB
                    + "), or set readiness.cache=none to turn the cache off"));
        }
        String location = cache == null ? "" : cache.strip();
        String lower = location.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("none") || lower.equals("false") || lower.equals("off") || cacheSize == 0) {
            return null;
        }
        try {
            return location.isEmpty() ? defaultCacheRoot() : baseDir.resolve(location);
        } catch (java.nio.file.InvalidPathException e) {
            throw new PolicyException(List.of("readiness.cache: '" + location + "' is not a valid path ("
                    + e.getReason() + "); name a directory, or none to turn the cache off"));
        }
    }

    /** The analysis cache under {@link #cacheRoot}, or {@code null} when the caches are off. */
    AnalysisCache analysisCache(Path baseDir) throws PolicyException {
        Path root = cacheRoot(baseDir);
        return root == null ? null : AnalysisCache.at(root, cacheSize * 1024L * 1024L);
    }

    /** The user's cache directory, or {@code null} when there is no home directory to put it in. */
    private static Path defaultCacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "readiness");
        }
        String home = System.getProperty("user.home");
        if (home == null || home.isBlank() || home.equals("?")) {
            return null;
        }
        return Path.of(home, ".cache", "readiness");
    }

    /** The documentation gates' parse cache under {@link #cacheRoot}, or {@code null} when the caches are off. */
    DocumentationCache documentationCache(Path baseDir) throws PolicyException {
        Path root = cacheRoot(baseDir);
        return root == null ? null : DocumentationCache.at(root, cacheSize * 1024L * 1024L);
    }

    /** A builder with nothing set: empty lists, {@code null} texts and settings, {@code 0} and {@code false}. */
    static Builder builder() {
        return new Builder();
    }

    /** A builder holding these inputs, to change some of them. */
    Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds the inputs by name: what is not set stays empty. */
    static final class Builder {
        private List<Tag> tags = List.of();
        private List<TestGroup> testGroups = List.of();
        private List<Gate> gates = List.of();
        private String minimumLevel;
        private String minimumMeasuredWeight;
        private String skippedTests;
        private String flakyTests;
        private String malformedReports;
        private String staleEvidence;
        private List<String> surefireReports = List.of();
        private List<String> failsafeReports = List.of();
        private List<String> testClassesDirectories = List.of();
        private List<String> execFiles = List.of();
        private List<String> classesDirectories = List.of();
        private int threads;
        private File historyFile;
        private File quarantineFile;
        private List<String> openTestReports = List.of();
        private boolean skipHistory;
        private int historyLimit;
        private BenchmarkSettings benchmarks;
        private DocumentationSettings documentation;
        private List<String> mutationReports = List.of();
        private ChangeInput change;
        private String cache;
        private int cacheSize = DEFAULT_CACHE_MB;
        private BundleSettings bundles;

        private Builder() {}

        private Builder(ReadinessInputs from) {
            this.tags = from.tags;
            this.testGroups = from.testGroups;
            this.gates = from.gates;
            this.minimumLevel = from.minimumLevel;
            this.minimumMeasuredWeight = from.minimumMeasuredWeight;
            this.skippedTests = from.skippedTests;
            this.flakyTests = from.flakyTests;
            this.malformedReports = from.malformedReports;
            this.staleEvidence = from.staleEvidence;
            this.surefireReports = from.surefireReports;
            this.failsafeReports = from.failsafeReports;
            this.testClassesDirectories = from.testClassesDirectories;
            this.execFiles = from.execFiles;
            this.classesDirectories = from.classesDirectories;
            this.threads = from.threads;
            this.historyFile = from.historyFile;
            this.skipHistory = from.skipHistory;
            this.historyLimit = from.historyLimit;
            this.benchmarks = from.benchmarks;
            this.documentation = from.documentation;
            this.mutationReports = from.mutationReports;
            this.change = from.change;
            this.quarantineFile = from.quarantineFile;
            this.openTestReports = from.openTestReports;
            this.cache = from.cache;
            this.cacheSize = from.cacheSize;
            this.bundles = from.bundles;
        }

        Builder bundles(BundleSettings value) {
            this.bundles = value;
            return this;
        }

        Builder tags(List<Tag> value) {
            this.tags = value;
            return this;
        }

        Builder testGroups(List<TestGroup> value) {
            this.testGroups = value;
            return this;
        }

        Builder gates(List<Gate> value) {
            this.gates = value;
            return this;
        }

        Builder minimumLevel(String value) {
            this.minimumLevel = value;
            return this;
        }

        Builder minimumMeasuredWeight(String value) {
            this.minimumMeasuredWeight = value;
            return this;
        }

        Builder skippedTests(String value) {
            this.skippedTests = value;
            return this;
        }

        Builder flakyTests(String value) {
            this.flakyTests = value;
            return this;
        }

        Builder malformedReports(String value) {
            this.malformedReports = value;
            return this;
        }

        Builder staleEvidence(String value) {
            this.staleEvidence = value;
            return this;
        }

        Builder surefireReports(List<String> value) {
            this.surefireReports = value;
            return this;
        }

        Builder failsafeReports(List<String> value) {
            this.failsafeReports = value;
            return this;
        }

        Builder testClassesDirectories(List<String> value) {
            this.testClassesDirectories = value;
            return this;
        }

        Builder execFiles(List<String> value) {
            this.execFiles = value;
            return this;
        }

        Builder classesDirectories(List<String> value) {
            this.classesDirectories = value;
            return this;
        }

        Builder threads(int value) {
            this.threads = value;
            return this;
        }

        Builder historyFile(File value) {
            this.historyFile = value;
            return this;
        }

        Builder skipHistory(boolean value) {
            this.skipHistory = value;
            return this;
        }

        Builder historyLimit(int value) {
            this.historyLimit = value;
            return this;
        }

        Builder benchmarks(BenchmarkSettings value) {
            this.benchmarks = value;
            return this;
        }

        Builder documentation(DocumentationSettings value) {
            this.documentation = value;
            return this;
        }

        Builder mutationReports(List<String> value) {
            this.mutationReports = value;
            return this;
        }

        /** {@code readiness.baseRef} and {@code readiness.diffFile}. */
        Builder change(ChangeInput value) {
            this.change = value;
            return this;
        }

        Builder quarantineFile(File value) {
            this.quarantineFile = value;
            return this;
        }

        Builder openTestReports(List<String> value) {
            this.openTestReports = value;
            return this;
        }

        /** {@code readiness.cache}: the cache root, {@code none} for no cache, {@code null} for the default. */
        Builder cache(String value) {
            this.cache = value;
            return this;
        }

        /** {@code readiness.cacheSize}, in megabytes. */
        Builder cacheSize(int megabytes) {
            this.cacheSize = megabytes;
            return this;
        }

        ReadinessInputs build() {
            return new ReadinessInputs(
                    tags,
                    testGroups,
                    gates,
                    minimumLevel,
                    minimumMeasuredWeight,
                    skippedTests,
                    flakyTests,
                    malformedReports,
                    staleEvidence,
                    surefireReports,
                    failsafeReports,
                    testClassesDirectories,
                    execFiles,
                    classesDirectories,
                    threads,
                    historyFile,
                    skipHistory,
                    historyLimit,
                    benchmarks,
                    documentation,
                    mutationReports,
                    change,
                    quarantineFile,
                    openTestReports,
                    cache,
                    cacheSize,
                    bundles);
        }
    }
}
