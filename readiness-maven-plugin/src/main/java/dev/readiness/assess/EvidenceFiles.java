package dev.readiness.assess;

import dev.readiness.evidence.EvidenceException;
import dev.readiness.evidence.InputFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The evidence files a request names: its Surefire and Failsafe reports ({@code TEST-*} files) and its JaCoCo
 * execution data. A view that shows a verdict written earlier (the site page) compares their times with the verdict's.
 */
public final class EvidenceFiles {
    private EvidenceFiles() {}

    /**
     * The existing evidence files of the request, test reports first.
     *
     * @throws IOException when a location cannot be resolved (an {@link UncheckedIOException} when a report directory
     *     cannot be walked)
     */
    public static List<Path> of(AssessmentRequest request) throws IOException {
        List<Path> files = new ArrayList<>();
        List<String> reports = new ArrayList<>(request.surefireReports());
        reports.addAll(request.failsafeReports());
        for (Path location : resolve(request.baseDir(), reports)) {
            if (Files.isDirectory(location)) {
                try (Stream<Path> walk = Files.walk(location)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> String.valueOf(f.getFileName()).startsWith("TEST-"))
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.isRegularFile(location)) {
                files.add(location);
            }
        }
        resolve(request.baseDir(), request.execFiles()).stream()
                .filter(Files::isRegularFile)
                .forEach(files::add);
        return files;
    }

    private static List<Path> resolve(Path baseDir, List<String> locations) throws IOException {
        try {
            return InputFiles.resolve(baseDir, locations);
        } catch (EvidenceException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
