package dev.readiness.assess;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One module of a multi-module build, as a reactor verdict reads it: where its evidence is and what its own
 * verdict was. Locations are paths or globs relative to {@code baseDir} unless absolute.
 *
 * @param name the module's artifactId
 * @param path the module directory relative to the reactor root ({@code .} for the root itself)
 * @param packaging the module's packaging ({@code jar}, {@code pom}, ...)
 * @param baseDir the module directory
 * @param surefireReports Surefire report directories or globs
 * @param failsafeReports Failsafe report directories or globs
 * @param testClassesDirectories compiled test classes, for test groups
 * @param execFiles JaCoCo exec files or globs
 * @param classesDirectories compiled main classes
 * @param sourceRoots main source roots, for documentation gates
 * @param benchmarks the module's JMH results and baseline, or {@code null}
 * @param verdict the module's own verdict, or {@code null} when it was not assessed on its own
 * @param excludedReason why the module contributes no evidence (e.g. {@code readiness.skip}), or {@code null}
 * @param mutationReports PIT report directories, {@code mutations.xml} files or globs
 */
public record ModuleInput(
        String name,
        String path,
        String packaging,
        Path baseDir,
        List<String> surefireReports,
        List<String> failsafeReports,
        List<String> testClassesDirectories,
        List<String> execFiles,
        List<String> classesDirectories,
        List<String> sourceRoots,
        BenchmarkInput benchmarks,
        ModuleVerdict verdict,
        String excludedReason,
        List<String> mutationReports) {

    public ModuleInput {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(baseDir, "baseDir");
        surefireReports = List.copyOf(surefireReports);
        failsafeReports = List.copyOf(failsafeReports);
        testClassesDirectories = List.copyOf(testClassesDirectories);
        execFiles = List.copyOf(execFiles);
        classesDirectories = List.copyOf(classesDirectories);
        sourceRoots = List.copyOf(sourceRoots);
        mutationReports = mutationReports == null ? List.of() : List.copyOf(mutationReports);
    }

    /**
     * A builder of module {@code name} at {@code path} (relative to the reactor root) in {@code baseDir}: no evidence
     * locations, no benchmarks, no verdict of its own, not excluded.
     */
    public static Builder builder(String name, String path, Path baseDir) {
        return new Builder(name, path, baseDir);
    }

    /** Builds a {@link ModuleInput}; each setter names the component of the same name. */
    public static final class Builder {
        private final String name;
        private final String path;
        private final Path baseDir;
        private String packaging;
        private List<String> surefireReports = List.of();
        private List<String> failsafeReports = List.of();
        private List<String> testClassesDirectories = List.of();
        private List<String> execFiles = List.of();
        private List<String> classesDirectories = List.of();
        private List<String> sourceRoots = List.of();
        private BenchmarkInput benchmarks;
        private ModuleVerdict verdict;
        private String excludedReason;
        private List<String> mutationReports = List.of();

        private Builder(String name, String path, Path baseDir) {
            this.name = name;
            this.path = path;
            this.baseDir = baseDir;
        }

        public Builder packaging(String type) {
            this.packaging = type;
            return this;
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

        public Builder sourceRoots(List<String> locations) {
            this.sourceRoots = locations;
            return this;
        }

        /** The module's JMH results and baseline, or {@code null}. */
        public Builder benchmarks(BenchmarkInput input) {
            this.benchmarks = input;
            return this;
        }

        /** The module's own verdict, or {@code null} when it was not assessed on its own. */
        public Builder verdict(ModuleVerdict own) {
            this.verdict = own;
            return this;
        }

        /** Why the module contributes no evidence, or {@code null} when it does. */
        public Builder excludedReason(String reason) {
            this.excludedReason = reason;
            return this;
        }

        public Builder mutationReports(List<String> locations) {
            this.mutationReports = locations;
            return this;
        }

        public ModuleInput build() {
            return new ModuleInput(
                    name,
                    path,
                    packaging,
                    baseDir,
                    surefireReports,
                    failsafeReports,
                    testClassesDirectories,
                    execFiles,
                    classesDirectories,
                    sourceRoots,
                    benchmarks,
                    verdict,
                    excludedReason,
                    mutationReports);
        }
    }
}
