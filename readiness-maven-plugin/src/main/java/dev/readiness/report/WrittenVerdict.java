package dev.readiness.report;

import dev.readiness.assess.AssessmentRequest;
import dev.readiness.assess.EvidenceFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;

/**
 * The verdict a build's {@code check} or {@code report} goal wrote ({@code readiness.json}), read back for a view that
 * must show the same verdict (the site page), when it is about the current evidence.
 *
 * @param json the verdict, {@code null} when there is none to show
 * @param reason why there is none (missing, unreadable, another project, older than the evidence); {@code null} when
 *     there is one
 */
public record WrittenVerdict(Map<String, Object> json, String reason) {

    /**
     * Reads {@code file} when it holds the verdict of the request's project and no evidence file of the request (test
     * report, exec file) was written after it.
     */
    public static WrittenVerdict read(Path file, AssessmentRequest request) {
        if (!Files.isRegularFile(file)) {
            return new WrittenVerdict(
                    null,
                    "no verdict was written to " + file + " (readiness:check or readiness:report"
                            + " did not run on this evidence)");
        }
        Map<String, Object> json;
        FileTime written;
        try {
            written = Files.getLastModifiedTime(file);
            json = JsonTree.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new WrittenVerdict(null, "the verdict in " + file + " cannot be read (" + e.getMessage() + ")");
        }
        Map<String, Object> project = JsonTree.object(json, "project");
        if (!request.project().groupId().equals(JsonTree.text(project, "groupId"))
                || !request.project().artifactId().equals(JsonTree.text(project, "artifactId"))) {
            return new WrittenVerdict(null, "the verdict in " + file + " is about another project");
        }
        Optional<Path> newer;
        try {
            newer = EvidenceFiles.of(request).stream()
                    .filter(f -> modified(f).compareTo(written) > 0)
                    .findFirst();
        } catch (IOException | UncheckedIOException e) {
            return new WrittenVerdict(
                    null, "the evidence behind " + file + " cannot be listed (" + e.getMessage() + ")");
        }
        if (newer.isPresent()) {
            return new WrittenVerdict(
                    null, "the verdict in " + file + " is older than the evidence (" + newer.get() + " changed since)");
        }
        return new WrittenVerdict(json, null);
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
