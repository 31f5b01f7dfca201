package dev.readiness.evidence.coverage;

import dev.readiness.evidence.EvidenceWindow;
import dev.readiness.evidence.StaleEvidence;
import dev.readiness.evidence.change.ChangedLines;
import dev.readiness.policy.TagDefinition;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to analyse.
 *
 * @param baseDir directory that relative exec files, globs and class directories are resolved against (the
 *     project's base directory)
 * @param execFiles execution data files or globs, e.g. {@code target/jacoco*.exec}; all matches are merged
 * @param classDirectories directories with the compiled classes, e.g. {@code target/classes}
 * @param tags the policy's tags; each configured one is reported, unconfigured ones are ignored
 * @param threads analysis threads; 0 or less means one per available processor
 * @param window which JaCoCo sessions belong to the build being judged
 * @param changes the lines a change touched, for coverage gates on changed lines; {@code null} when no change window
 *     is configured (nothing is mapped)
 * @param sourceRoots the main source roots (absolute), under which changed files are matched to classes
 */
public record CoverageRequest(
        Path baseDir,
        List<String> execFiles,
        List<Path> classDirectories,
        List<TagDefinition> tags,
        int threads,
        EvidenceWindow window,
        ChangedLines changes,
        List<Path> sourceRoots) {

    /** The default execution data location: unit and integration test data of the module, merged. */
    public static final String DEFAULT_EXEC_FILES = "target/jacoco*.exec";

    public CoverageRequest {
        Objects.requireNonNull(baseDir, "baseDir");
        execFiles = List.copyOf(execFiles);
        classDirectories = List.copyOf(classDirectories);
        tags = List.copyOf(tags);
        Objects.requireNonNull(window, "window");
        sourceRoots = List.copyOf(sourceRoots);
    }

    /** A request without a change window. */
    public CoverageRequest(
            Path baseDir,
            List<String> execFiles,
            List<Path> classDirectories,
            List<TagDefinition> tags,
            int threads,
            EvidenceWindow window) {
        this(baseDir, execFiles, classDirectories, tags, threads, window, null, List.of());
    }

    /**
     * A request judged by the newest-run rule with stale sessions excluded: what {@code readiness:report} does on its
     * own.
     */
    public CoverageRequest(
            Path baseDir, List<String> execFiles, List<Path> classDirectories, List<TagDefinition> tags, int threads) {
        this(baseDir, execFiles, classDirectories, tags, threads, EvidenceWindow.newestRun(StaleEvidence.EXCLUDE));
    }

    /** A request with the default exec location, {@code target/classes} and one thread per processor. */
    public static CoverageRequest defaults(Path baseDir, List<TagDefinition> tags) {
        return new CoverageRequest(
                baseDir, List.of(DEFAULT_EXEC_FILES), List.of(Path.of("target", "classes")), tags, 0);
    }

    /** The number of analysis threads to use. */
    int effectiveThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
