package dev.readiness.evidence.coverage;

public enum CounterKind {
    INSTRUCTION,
    BRANCH,
    LINE,
    COMPLEXITY,
    METHOD,
    CLASS
}
