package dev.readiness.evidence.docs;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to analyse.
 *
 * @param baseDir directory that relative source roots and required files are resolved against (the project's base
 *     directory)
 * @param sourceRoots the main source roots (the project's compile source roots); roots that do not exist are skipped
 * @param release the Java release the sources are written for ({@code maven.compiler.release}); it sets the language
 *     level of the parser; 0 or less (unknown) and releases newer than the running JDK are parsed at the JDK's
 *     level, releases older than 8 at 8
 * @param requiredFiles files that must exist, relative to {@code baseDir}, e.g. {@code README.md}; may be empty
 * @param encoding the character set of the source files ({@code project.build.sourceEncoding}); a file that does not
 *     decode with it is unparsable, and an unparsable file makes the documentation gates {@code MISSING}
 * @param cache where the parse result of each file is kept between builds, or {@code null} to parse every file
 */
public record DocumentationRequest(
        Path baseDir,
        List<Path> sourceRoots,
        int release,
        List<String> requiredFiles,
        Charset encoding,
        DocumentationCache cache) {

    /** Checks the base directory and copies the lists. */
    public DocumentationRequest {
        Objects.requireNonNull(baseDir, "baseDir");
        Objects.requireNonNull(encoding, "encoding");
        sourceRoots = List.copyOf(sourceRoots);
        requiredFiles = List.copyOf(requiredFiles);
    }

    /** A request without a cache. */
    public DocumentationRequest(
            Path baseDir, List<Path> sourceRoots, int release, List<String> requiredFiles, Charset encoding) {
        this(baseDir, sourceRoots, release, requiredFiles, encoding, null);
    }

    /** A request for UTF-8 sources. */
    public DocumentationRequest(Path baseDir, List<Path> sourceRoots, int release, List<String> requiredFiles) {
        this(baseDir, sourceRoots, release, requiredFiles, StandardCharsets.UTF_8);
    }
}
