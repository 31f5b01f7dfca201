package dev.readiness.report;

import dev.readiness.assess.Assessment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Writes the report files of an assessment into the output directory. Each file is replaced atomically. */
public final class ReportFiles {
    public static final String JSON = "readiness.json";

    private ReportFiles() {}

    /**
     * Writes every report of the assessment.
     *
     * @param assessment the verdict
     * @param outputDirectory created when absent
     * @param baseDir the project directory (paths inside it are written relative to it)
     * @return the files written
     */
    public static List<Path> write(Assessment assessment, Path outputDirectory, Path baseDir) throws IOException {
        Files.createDirectories(outputDirectory);
        Path json = outputDirectory.resolve(JSON);
        writeAtomically(json, new JsonReport(baseDir).render(assessment));
        return List.of(json);
    }

    static void writeAtomically(Path target, String content) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
