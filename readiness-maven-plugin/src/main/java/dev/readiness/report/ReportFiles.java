package dev.readiness.report;

import dev.readiness.assess.Assessment;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the report files of an assessment into the output directory (DESIGN.md §6): {@value #JSON},
 * {@value #MARKDOWN}, {@value #HTML} and {@value #BADGE}. Each file is replaced atomically; the Markdown summary can
 * also be appended to the GitHub Actions step summary.
 */
public final class ReportFiles {
    public static final String JSON = "readiness.json";
    public static final String MARKDOWN = "readiness.md";
    public static final String HTML = "readiness.html";
    public static final String BADGE = "badge.svg";

    private ReportFiles() {}

    /**
     * Writes every report of the assessment, without a step summary.
     *
     * @param assessment the verdict
     * @param outputDirectory created when absent
     * @param baseDir the project directory (paths inside it are written relative to it)
     * @return the files written
     */
    public static List<Path> write(Assessment assessment, Path outputDirectory, Path baseDir) throws IOException {
        return write(assessment, outputDirectory, baseDir, null);
    }

    /**
     * Writes every report of the assessment and appends the Markdown summary to {@code stepSummary}.
     *
     * @param assessment the verdict
     * @param outputDirectory created when absent
     * @param baseDir the project directory (paths inside it are written relative to it)
     * @param stepSummary the file named by {@code GITHUB_STEP_SUMMARY} (the caller reads the environment), or
     *     {@code null} for none
     * @return the files written, the step summary last when appended to
     */
    public static List<Path> write(Assessment assessment, Path outputDirectory, Path baseDir, Path stepSummary)
            throws IOException {
        Files.createDirectories(outputDirectory);
        List<Path> written = new ArrayList<>();
        String markdown = new MarkdownReport().render(assessment);
        written.add(writeAtomically(outputDirectory.resolve(JSON), new JsonReport(baseDir).render(assessment)));
        written.add(writeAtomically(outputDirectory.resolve(MARKDOWN), markdown));
        written.add(writeAtomically(outputDirectory.resolve(HTML), new HtmlReport().render(assessment)));
        written.add(writeAtomically(outputDirectory.resolve(BADGE), new BadgeSvg().render(assessment)));
        if (stepSummary != null) {
            appendStepSummary(stepSummary, markdown);
            written.add(stepSummary);
        }
        return List.copyOf(written);
    }

    /**
     * Appends the summary to the step-summary file with one write in append mode, so summaries of modules built in
     * parallel ({@code mvn -T}) do not interleave.
     */
    static void appendStepSummary(Path file, String markdown) throws IOException {
        byte[] bytes = ("\n" + markdown).getBytes(StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        } catch (IOException e) {
            throw new IOException(
                    "cannot append the readiness summary to the step summary " + file
                            + " (named by GITHUB_STEP_SUMMARY): " + e + "; set readiness.stepSummary=false to skip it",
                    e);
        }
    }

    static Path writeAtomically(Path target, String content) throws IOException {
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
        return target;
    }
}
