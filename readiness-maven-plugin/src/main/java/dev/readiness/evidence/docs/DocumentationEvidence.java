package dev.readiness.evidence.docs;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How much of the public API of the main sources carries Javadoc, or why there is no such evidence.
 *
 * @param sourceRoots the source roots that were searched (resolved against the base directory)
 * @param files the {@code .java} files found, the unparsable ones included
 * @param documented public and protected API elements with a non-empty Javadoc comment
 * @param total public and protected API elements (overrides excluded)
 * @param classes every API type, worst first: most undocumented elements, then class name
 * @param missingRequiredFiles the required files that do not exist, in the order requested
 * @param unparsable files that could not be parsed, sorted by path; their elements are not counted
 * @param missingReason why there is no documentation evidence; {@code null} when available
 * @param generatedRoots source roots that were not measured because they are inside the build directory (generated
 *     code, e.g. {@code target/generated-sources/annotations}), sorted
 */
public record DocumentationEvidence(
        List<Path> sourceRoots,
        int files,
        long documented,
        long total,
        List<ClassDocumentation> classes,
        List<String> missingRequiredFiles,
        List<UnparsableFile> unparsable,
        String missingReason,
        List<Path> generatedRoots) {

    /** Copies the lists. */
    public DocumentationEvidence {
        sourceRoots = List.copyOf(sourceRoots);
        classes = List.copyOf(classes);
        missingRequiredFiles = List.copyOf(missingRequiredFiles);
        unparsable = List.copyOf(unparsable);
        generatedRoots = generatedRoots.stream().sorted().toList();
    }

    /** Evidence with no source root left out. */
    public DocumentationEvidence(
            List<Path> sourceRoots,
            int files,
            long documented,
            long total,
            List<ClassDocumentation> classes,
            List<String> missingRequiredFiles,
            List<UnparsableFile> unparsable,
            String missingReason) {
        this(
                sourceRoots,
                files,
                documented,
                total,
                classes,
                missingRequiredFiles,
                unparsable,
                missingReason,
                List.of());
    }

    /** The same evidence, naming the generated source roots that were left out. */
    public DocumentationEvidence withGeneratedRoots(List<Path> roots) {
        return new DocumentationEvidence(
                sourceRoots, files, documented, total, classes, missingRequiredFiles, unparsable, missingReason, roots);
    }

    /**
     * No documentation evidence.
     *
     * @param roots the source roots that were searched
     * @param reason what is missing, where it was expected and how to fix it
     */
    public static DocumentationEvidence missing(List<Path> roots, String reason) {
        Objects.requireNonNull(reason, "reason");
        return new DocumentationEvidence(roots, 0, 0, 0, List.of(), List.of(), List.of(), reason);
    }

    /** True when the sources were analysed; false when {@link #missingReason()} explains why not. */
    public boolean available() {
        return missingReason == null;
    }

    /** The API elements without Javadoc: {@code total - documented}. */
    public long undocumented() {
        return total - documented;
    }
}
