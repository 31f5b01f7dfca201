package dev.readiness.evidence.mutation;

import dev.readiness.evidence.EvidenceWindow;
import dev.readiness.policy.TagDefinition;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link MutationAnalyzer} reads.
 *
 * @param baseDir directory that relative locations are resolved against
 * @param locations PIT report directories ({@code target/pit-reports}: its {@code mutations.xml} or, with
 *     {@code timestampedReports}, the newest timestamped sub-folder's), {@code mutations.xml} files, or globs
 * @param classDirectories compiled main classes: their annotations select tagged mutants, their age tells a report of
 *     older code
 * @param tags the configured tags whose mutants are collected
 * @param window which evidence is this build's
 */
public record MutationRequest(
        Path baseDir,
        List<String> locations,
        List<Path> classDirectories,
        List<TagDefinition> tags,
        EvidenceWindow window) {
    public MutationRequest {
        Objects.requireNonNull(baseDir, "baseDir");
        Objects.requireNonNull(window, "window");
        locations = List.copyOf(locations);
        classDirectories = List.copyOf(classDirectories);
        tags = List.copyOf(tags);
    }
}
