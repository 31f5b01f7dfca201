package dev.readiness.evidence.tests;

import java.nio.file.Path;

public record MalformedReport(Path file, long line, long column, String problem) {}
