package dev.readiness.evidence.coverage;

import java.util.List;
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
 * @param missedLineNumbers the source line numbers of the missed lines, ascending (empty without debug information)
 */
public record Offender(
        String className,
        String methodName,
        String sourceFile,
        long missedLines,
        long coveredLines,
        List<Integer> missedLineNumbers) {
    public Offender {
        Objects.requireNonNull(className, "className");
        missedLineNumbers = List.copyOf(missedLineNumbers);
    }

    /** An offender without line numbers. */
    public Offender(String className, String methodName, String sourceFile, long missedLines, long coveredLines) {
        this(className, methodName, sourceFile, missedLines, coveredLines, List.of());
    }

    /** The missed lines as ranges, e.g. {@code 31, 40-44}; at most {@code max} ranges, then {@code …}. */
    public String missedLineRanges(int max) {
        StringBuilder sb = new StringBuilder();
        int ranges = 0;
        for (int i = 0; i < missedLineNumbers.size(); i++) {
            int start = missedLineNumbers.get(i);
            int end = start;
            while (i + 1 < missedLineNumbers.size() && missedLineNumbers.get(i + 1) == end + 1) {
                end = missedLineNumbers.get(++i);
            }
            if (ranges == max) {
                sb.append(", …");
                break;
            }
            sb.append(ranges == 0 ? "" : ", ").append(start).append(end == start ? "" : "-" + end);
            ranges++;
        }
        return sb.toString();
    }
}
