package dev.readiness.policy;

/** The JaCoCo counter a coverage gate compares (same names as JaCoCo's {@code ICounter} entities). */
public enum CoverageCounter {
    INSTRUCTION,
    BRANCH,
    LINE,
    COMPLEXITY,
    METHOD,
    CLASS
}
