package dev.readiness.assess;

import dev.readiness.evidence.docs.DocumentationCache;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where the main sources are, for documentation completeness.
 *
 * @param sourceRoots main source roots (relative to the project directory unless absolute)
 * @param release the Java language level the sources are written for
 * @param requiredFiles files that must exist, relative to the project directory, e.g. {@code README.md}
 * @param encoding the character set of the source files
 * @param buildDirectory the project's build directory ({@code project.build.directory}, relative to the project
 *     directory unless absolute); source roots inside it hold generated code and are not measured unless
 *     {@code includeGeneratedSources}; {@code null} when unknown (every root is measured)
 * @param includeGeneratedSources true to measure the source roots inside the build directory too
 * @param cache where each source file's parse result is kept between builds ({@code readiness.cache}), or
 *     {@code null} to parse every file
 */
public record DocumentationInput(
        List<String> sourceRoots,
        int release,
        List<String> requiredFiles,
        Charset encoding,
        String buildDirectory,
        boolean includeGeneratedSources,
        DocumentationCache cache) {
    public DocumentationInput {
        sourceRoots = List.copyOf(sourceRoots);
        requiredFiles = List.copyOf(requiredFiles);
        Objects.requireNonNull(encoding, "encoding");
    }

    /** Input without a cache. */
    public DocumentationInput(
            List<String> sourceRoots,
            int release,
            List<String> requiredFiles,
            Charset encoding,
            String buildDirectory,
            boolean includeGeneratedSources) {
        this(sourceRoots, release, requiredFiles, encoding, buildDirectory, includeGeneratedSources, null);
    }

    /** The same settings with a parse cache ({@code null}: none). */
    public DocumentationInput withCache(DocumentationCache value) {
        return new DocumentationInput(
                sourceRoots, release, requiredFiles, encoding, buildDirectory, includeGeneratedSources, value);
    }

    /** Input without a build directory: every source root is measured. */
    public DocumentationInput(List<String> sourceRoots, int release, List<String> requiredFiles, Charset encoding) {
        this(sourceRoots, release, requiredFiles, encoding, null, false);
    }

    /**
     * True when a source root is inside the build directory, where plugins (annotation processors, build-helper,
     * code generators) put generated sources: the documentation gates measure hand-written API only, and a
     * standalone run, which does not run those plugins, then sees the same roots as a run inside {@code mvn verify}.
     *
     * @param root an absolute, normalised source root
     * @param buildDirectory the absolute, normalised build directory, or {@code null} when unknown
     */
    public static boolean isGenerated(Path root, Path buildDirectory) {
        return buildDirectory != null && root.startsWith(buildDirectory);
    }

    /** The same settings for other source roots (the reactor's union of the modules' roots). */
    public DocumentationInput withSourceRoots(List<String> roots) {
        return new DocumentationInput(
                roots, release, requiredFiles, encoding, buildDirectory, includeGeneratedSources, cache);
    }

    /** Input for UTF-8 sources. */
    public DocumentationInput(List<String> sourceRoots, int release, List<String> requiredFiles) {
        this(sourceRoots, release, requiredFiles, StandardCharsets.UTF_8);
    }
}
