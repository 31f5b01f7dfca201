package dev.readiness.assess;

import dev.readiness.evidence.coverage.AnalysisCache;
import dev.readiness.policy.Policy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything {@link ReadinessEngine} needs: the policy and where the evidence is. Locations are paths or globs,
 * relative to {@code baseDir} unless absolute.
 *
 * @param policy validated policy
 * @param project coordinates for the report
 * @param baseDir the project directory
 * @param surefireReports Surefire report directories or globs
 * @param failsafeReports Failsafe report directories or globs
 * @param testClassesDirectories compiled test classes, for test groups
 * @param execFiles JaCoCo exec files or globs
 * @param classesDirectories compiled main classes, for coverage analysis
 * @param threads analysis threads; 0 or less = one per available processor
 * @param timestamp time of the assessment
 * @param historyFile the history file (JSON Lines) for the trend, the ratchet and this build's record; {@code null}
 *     turns history off
 * @param historyLimit the history file keeps at most this many records (0 = unlimited)
 * @param benchmarks where the JMH results and baseline are, or {@code null} (benchmark gates not configured)
 * @param documentation where the main sources are, or {@code null} (documentation gates not configured)
 * @param thisBuild which evidence is this build's and which tests it skipped
 * @param mutationReports PIT report directories, {@code mutations.xml} files or globs, for mutation gates
 * @param change the change window of coverage gates on changed lines, or {@code null} (not configured)
 * @param quarantineFile the quarantine file ({@code .readiness/quarantine.json}), or {@code null} for none; a path
 *     that does not exist is no quarantine
 * @param openTestReports JUnit Open Test Reporting files ({@code open-test-report.xml}), directories holding them or
 *     globs: tags and display names, and a cross-check of the Surefire and Failsafe counts
 * @param analysisCache where JaCoCo's analyses of unchanged classes are kept between builds, or {@code null} (every
 *     class is analysed)
 * @param bundles the evidence bundles of a sharded build ({@code readiness.bundles}), or {@code null}: with bundles,
 *     the tests and coverage are the bundles' and the request's own report and exec locations are not read
 */
public record AssessmentRequest(
        Policy policy,
        ProjectInfo project,
        Path baseDir,
        List<String> surefireReports,
        List<String> failsafeReports,
        List<String> testClassesDirectories,
        List<String> execFiles,
        List<String> classesDirectories,
        int threads,
        Instant timestamp,
        Path historyFile,
        int historyLimit,
        BenchmarkInput benchmarks,
        DocumentationInput documentation,
        ThisBuild thisBuild,
        List<String> mutationReports,
        ChangeInput change,
        Path quarantineFile,
        List<String> openTestReports,
        AnalysisCache analysisCache,
        BundleInput bundles) {

    public AssessmentRequest {
        openTestReports = openTestReports == null ? List.of() : List.copyOf(openTestReports);
        Objects.requireNonNull(thisBuild, "thisBuild");
        surefireReports = List.copyOf(surefireReports);
        failsafeReports = List.copyOf(failsafeReports);
        testClassesDirectories = List.copyOf(testClassesDirectories);
        execFiles = List.copyOf(execFiles);
        classesDirectories = List.copyOf(classesDirectories);
        mutationReports = mutationReports == null ? List.of() : List.copyOf(mutationReports);
    }

    /**
     * A builder of a request for the project in {@code baseDir}, to be given its {@code timestamp}; unless set, no
     * evidence locations, one analysis thread per processor, history off, no benchmark or documentation inputs, and
     * judged on its own ({@link ThisBuild#standalone()}).
     */
    public static Builder builder(Policy policy, ProjectInfo project, Path baseDir) {
        return new Builder(policy, project, baseDir);
    }

    /** A builder holding this request's values. */
    public Builder toBuilder() {
        return new Builder(policy, project, baseDir)
                .surefireReports(surefireReports)
                .failsafeReports(failsafeReports)
                .testClassesDirectories(testClassesDirectories)
                .execFiles(execFiles)
                .classesDirectories(classesDirectories)
                .threads(threads)
                .timestamp(timestamp)
                .historyFile(historyFile)
                .historyLimit(historyLimit)
                .benchmarks(benchmarks)
                .documentation(documentation)
                .thisBuild(thisBuild)
                .mutationReports(mutationReports)
                .change(change)
                .quarantineFile(quarantineFile)
                .openTestReports(openTestReports)
                .analysisCache(analysisCache)
                .bundles(bundles);
    }

    /** The same request for another build context. */
    public AssessmentRequest withThisBuild(ThisBuild newThisBuild) {
        return toBuilder().thisBuild(newThisBuild).build();
    }

    /** Builds an {@link AssessmentRequest}; each setter names the component of the same name. */
    public static final class Builder {
        private final Policy policy;
        private final ProjectInfo project;
        private final Path baseDir;
        private List<String> surefireReports = List.of();
        private List<String> failsafeReports = List.of();
        private List<String> testClassesDirectories = List.of();
        private List<String> execFiles = List.of();
        private List<String> classesDirectories = List.of();
        private int threads;
        private Instant timestamp;
        private Path historyFile;
        private int historyLimit;
        private BenchmarkInput benchmarks;
        private DocumentationInput documentation;
        private ThisBuild thisBuild = ThisBuild.standalone();
        private List<String> mutationReports = List.of();
        private ChangeInput change;
        private Path quarantineFile;
        private List<String> openTestReports = List.of();
        private AnalysisCache analysisCache;
        private BundleInput bundles;

        private Builder(Policy policy, ProjectInfo project, Path baseDir) {
            this.policy = policy;
            this.project = project;
            this.baseDir = baseDir;
        }

        public Builder surefireReports(List<String> locations) {
            this.surefireReports = locations;
            return this;
        }

        public Builder failsafeReports(List<String> locations) {
            this.failsafeReports = locations;
            return this;
        }

        public Builder testClassesDirectories(List<String> locations) {
            this.testClassesDirectories = locations;
            return this;
        }

        public Builder execFiles(List<String> locations) {
            this.execFiles = locations;
            return this;
        }

        public Builder classesDirectories(List<String> locations) {
            this.classesDirectories = locations;
            return this;
        }

        public Builder threads(int count) {
            this.threads = count;
            return this;
        }

        public Builder timestamp(Instant time) {
            this.timestamp = time;
            return this;
        }

        /** The history file, or {@code null} to turn history off. */
        public Builder historyFile(Path file) {
            this.historyFile = file;
            return this;
        }

        public Builder historyLimit(int records) {
            this.historyLimit = records;
            return this;
        }

        /** Where the JMH results and baseline are, or {@code null} (benchmark gates not configured). */
        public Builder benchmarks(BenchmarkInput input) {
            this.benchmarks = input;
            return this;
        }

        /** Where the main sources are, or {@code null} (documentation gates not configured). */
        public Builder documentation(DocumentationInput input) {
            this.documentation = input;
            return this;
        }

        public Builder thisBuild(ThisBuild context) {
            this.thisBuild = context;
            return this;
        }

        /** PIT report directories, {@code mutations.xml} files or globs. */
        public Builder mutationReports(List<String> locations) {
            this.mutationReports = locations;
            return this;
        }

        /** The change window of changed-line coverage gates, or {@code null} (not configured). */
        public Builder change(ChangeInput input) {
            this.change = input;
            return this;
        }

        public Builder quarantineFile(Path file) {
            this.quarantineFile = file;
            return this;
        }

        /** JUnit Open Test Reporting files, directories or globs. */
        public Builder openTestReports(List<String> locations) {
            this.openTestReports = locations;
            return this;
        }

        /** Where JaCoCo's analyses of unchanged classes are kept between builds, or {@code null} (none). */
        public Builder analysisCache(AnalysisCache cache) {
            this.analysisCache = cache;
            return this;
        }

        /** The evidence bundles of a sharded build, or {@code null} (the build's own evidence). */
        public Builder bundles(BundleInput input) {
            this.bundles = input;
            return this;
        }

        public AssessmentRequest build() {
            return new AssessmentRequest(
                    policy,
                    project,
                    baseDir,
                    surefireReports,
                    failsafeReports,
                    testClassesDirectories,
                    execFiles,
                    classesDirectories,
                    threads,
                    timestamp,
                    historyFile,
                    historyLimit,
                    benchmarks,
                    documentation,
                    thisBuild,
                    mutationReports,
                    change,
                    quarantineFile,
                    openTestReports,
                    analysisCache,
                    bundles);
        }
    }
}
