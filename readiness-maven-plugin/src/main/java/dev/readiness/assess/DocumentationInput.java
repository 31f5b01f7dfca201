package dev.readiness.assess;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Where the main sources are, for documentation completeness.
 *
 * @param sourceRoots main source roots (relative to the project directory unless absolute)
 * @param release the Java language level the sources are written for
 * @param requiredFiles files that must exist, relative to the project directory, e.g. {@code README.md}
 * @param encoding the character set of the source files
 */
public record DocumentationInput(List<String> sourceRoots, int release, List<String> requiredFiles, Charset encoding) {
    public DocumentationInput {
        sourceRoots = List.copyOf(sourceRoots);
        requiredFiles = List.copyOf(requiredFiles);
        Objects.requireNonNull(encoding, "encoding");
    }

    /** Input for UTF-8 sources. */
    public DocumentationInput(List<String> sourceRoots, int release, List<String> requiredFiles) {
        this(sourceRoots, release, requiredFiles, StandardCharsets.UTF_8);
    }
}
