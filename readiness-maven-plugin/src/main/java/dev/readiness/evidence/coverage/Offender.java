package dev.readiness.evidence.coverage;

public record Offender(String className, String methodName, String sourceFile, long missedLines, long coveredLines) {}
