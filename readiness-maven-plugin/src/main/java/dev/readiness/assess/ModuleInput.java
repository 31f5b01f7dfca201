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
        String excludedReason) {

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
    }

    /** The same module with its own verdict. */
    public ModuleInput withVerdict(ModuleVerdict newVerdict) {
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
                newVerdict,
                excludedReason);
    }
}
