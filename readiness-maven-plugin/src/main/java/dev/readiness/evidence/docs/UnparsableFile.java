package dev.readiness.evidence.docs;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A source file that could not be parsed; its elements are not counted.
 *
 * @param file the source file
 * @param line the 1-based line of the first problem, 0 when the parser gave none
 * @param problem the parser's message for the first problem
 */
public record UnparsableFile(Path file, long line, String problem) {

    /** Checks that file and problem are given. */
    public UnparsableFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(problem, "problem");
    }
}
