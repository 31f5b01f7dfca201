package dev.readiness.evidence.tests;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A report file that could not be parsed to its end: truncated (forked JVM killed mid-write), empty, not well-formed,
 * or not a Surefire report at all. The cases read before the problem are not kept: a half report would give a
 * misleading pass rate. Whether a malformed report counts as an error or fails the evaluation is the caller's policy.
 *
 * @param file the report file
 * @param line 1-based line of the problem, or -1 when unknown
 * @param column 1-based column of the problem, or -1 when unknown
 * @param problem human message naming the file and the position, saying how to fix it
 */
public record MalformedReport(Path file, long line, long column, String problem) {
    public MalformedReport {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(problem, "problem");
    }
}
