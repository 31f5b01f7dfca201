package dev.readiness.assess;

/** Coordinates of the assessed project. */
public record ProjectInfo(String groupId, String artifactId, String version) {}
