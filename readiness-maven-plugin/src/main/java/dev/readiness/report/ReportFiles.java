package dev.readiness.report;

import dev.readiness.assess.Assessment;
import dev.readiness.view.ReportModel;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes the report files of an assessment into the output directory (DESIGN.md §6): {@value #JSON},
 * {@value #MARKDOWN}, {@value #HTML} and {@value #BADGE}. All four are rendered, then written to temporary files,
 * and only then renamed into place, so a run replaces all of them or none (a failing renderer leaves the previous
 * files). Files keep the mode the umask gives; text is written as UTF-8 with U+FFFD for a lone surrogate. The Markdown
 * summary can also be appended to the GitHub Actions step summary.
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
     * @param baseDir the project directory (paths inside it are written relative to it in every report)
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
     * @param baseDir the project directory (paths inside it are written relative to it in every report)
     * @param stepSummary the file named by {@code GITHUB_STEP_SUMMARY} (the caller reads the environment), or
     *     {@code null} for none
     * @return the files written, the step summary last when appended to
     */
    public static List<Path> write(Assessment assessment, Path outputDirectory, Path baseDir, Path stepSummary)
            throws IOException {
        // Render every file before replacing any: a renderer that fails leaves the previous run's files as they were,
        // never a mix of two runs.
        ReportModel model = ReportModel.of(assessment, baseDir);
        String markdown = new MarkdownReport(baseDir).render(model);
        Map<String, String> contents = new LinkedHashMap<>();
        contents.put(JSON, new JsonReport(baseDir).render(model));
        contents.put(MARKDOWN, markdown);
        contents.put(HTML, new HtmlReport(baseDir).render(model));
        contents.put(BADGE, new BadgeSvg().render(model));
        Files.createDirectories(outputDirectory);
        List<Path> written = new ArrayList<>(writeAll(outputDirectory, contents));
        if (stepSummary != null) {
            appendStepSummary(stepSummary, markdown);
            written.add(stepSummary);
        }
        return List.copyOf(written);
    }

    /**
     * Writes every file to a temporary file next to it first, then renames them into place; when a temporary file
     * cannot be written, no report is replaced.
     */
    static List<Path> writeAll(Path directory, Map<String, String> contents) throws IOException {
        Map<Path, Path> temps = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, String> e : contents.entrySet()) {
                Path target = directory.resolve(e.getKey());
                temps.put(target, writeTemp(target, e.getValue()));
            }
            for (Map.Entry<Path, Path> e : temps.entrySet()) {
                move(e.getValue(), e.getKey());
            }
        } finally {
            for (Path temp : temps.values()) {
                Files.deleteIfExists(temp);
            }
        }
        return List.copyOf(temps.keySet());
    }

    /**
     * Appends the summary to the step-summary file with one write in append mode, so summaries of modules built in
     * parallel ({@code mvn -T}) do not interleave.
     */
    static void appendStepSummary(Path file, String markdown) throws IOException {
        byte[] bytes = utf8("\n" + markdown);
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
        Path tmp = writeTemp(target, content);
        try {
            move(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return target;
    }

    /**
     * A new temporary file next to {@code target} holding the content as UTF-8. It is created like any file the
     * build writes (mode 0666 less the umask, so a web server or another user can read the reports; a temporary file
     * API would make it 0600), with {@code CREATE_NEW} so an existing file or link is never written through.
     */
    private static Path writeTemp(Path target, String content) throws IOException {
        byte[] bytes = utf8(content);
        for (int attempt = 0; ; attempt++) {
            Path tmp = target.resolveSibling("." + target.getFileName() + "."
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try (OutputStream out =
                    Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                out.write(bytes);
                return tmp;
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            } catch (IOException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * The text as UTF-8, a lone surrogate (half an emoji from the evidence) written as U+FFFD instead of failing the
     * whole report.
     */
    static byte[] utf8(String text) {
        CharsetEncoder encoder = StandardCharsets.UTF_8
                .newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(new byte[] {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD});
        try {
            ByteBuffer buffer = encoder.encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("UTF-8 with replacement cannot fail", e);
        }
    }
}
