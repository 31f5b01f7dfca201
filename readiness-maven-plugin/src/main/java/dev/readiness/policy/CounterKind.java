package dev.readiness.policy;

/** The six counters JaCoCo computes for every scope, with the same meaning as in {@code jacoco:report}. */
public enum CounterKind {
    /** Java bytecode instructions. */
    INSTRUCTION,
    /** Branches of {@code if}/{@code switch} bytecode. */
    BRANCH,
    /** Source lines with at least one instruction (a line is covered when at least one instruction ran). */
    LINE,
    /** Cyclomatic complexity. */
    COMPLEXITY,
    /** Methods with at least one instruction (covered when at least one instruction ran). */
    METHOD,
    /** Classes with at least one method (covered when at least one method ran). */
    CLASS
}
