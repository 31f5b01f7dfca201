package dev.readiness.evidence.docs;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The documentation of one public or protected type: the type itself and its own API members (not those of its
 * nested types, which have their own entry).
 *
 * @param className the canonical name, e.g. {@code com.acme.Outer.Inner}
 * @param file the source file that declares the type
 * @param documented API elements of this type with a non-empty Javadoc comment, the type itself included
 * @param total API elements of this type, the type itself included
 * @param undocumented the API elements without Javadoc, in source order
 */
public record ClassDocumentation(
        String className, Path file, long documented, long total, List<UndocumentedElement> undocumented) {

    /** Checks the names and copies the list. */
    public ClassDocumentation {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(file, "file");
        undocumented = List.copyOf(undocumented);
    }
}
