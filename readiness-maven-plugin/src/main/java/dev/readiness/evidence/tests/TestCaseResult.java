package dev.readiness.evidence.tests;

import java.nio.file.Path;

public record TestCaseResult(
        String className,
        String name,
        TestOutcome outcome,
        int reruns,
        long timeMicros,
        String message,
        Path reportFile) {}
