package dev.readiness.evidence.coverage;

import java.util.Objects;

/**
 * A class, or a method of a method-level tag, with missed lines: what to test next.
 *
 * @param className binary class name with dots, e.g. {@code com.acme.Outer$Inner}
 * @param methodName method name with its parameter types, e.g. {@code clamp(double, double, double)}; {@code null}
 *     when the whole class is meant
 * @param sourceFile source path relative to a source root, e.g. {@code com/acme/Outer.java}; {@code null} when the
 *     class was compiled without debug information
 * @param missedLines lines of this class or method that no test executed
 * @param coveredLines lines that were executed
 */
public record Offender(String className, String methodName, String sourceFile, long missedLines, long coveredLines) {
    public Offender {
        Objects.requireNonNull(className, "className");
    }
}
