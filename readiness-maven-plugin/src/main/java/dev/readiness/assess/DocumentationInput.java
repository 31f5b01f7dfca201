package dev.readiness.assess;

import java.util.List;

/**
 * Where the main sources are, for documentation completeness.
 *
 * @param sourceRoots main source roots (relative to the project directory unless absolute)
 * @param release the Java language level the sources are written for
 * @param requiredFiles files that must exist, relative to the project directory, e.g. {@code README.md}
 */
public record DocumentationInput(List<String> sourceRoots, int release, List<String> requiredFiles) {
    public DocumentationInput {
        sourceRoots = List.copyOf(sourceRoots);
        requiredFiles = List.copyOf(requiredFiles);
    }
}
