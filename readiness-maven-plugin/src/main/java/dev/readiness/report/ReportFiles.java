package dev.readiness.report;

import dev.readiness.assess.Assessment;
import dev.readiness.view.ReportModel;
import dev.readiness.view.SourceLocator;
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
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes the report files of an assessment into the output directory (DESIGN.md §6): {@value #JSON},
 * {@value #MARKDOWN}, {@value #HTML}, {@value #BADGE}, and for code review {@value #SARIF}, {@value #GITLAB} and
 * {@value #COMMENT}, as {@link Options#formats()} chooses. All are rendered, then written to temporary files,
 * and only then renamed into place, so a run replaces all of them or none (a failing renderer leaves the previous
 * files). Files keep the mode the umask gives; text is written as UTF-8 with U+FFFD for a lone surrogate. The Markdown
 * summary can also be appended to the GitHub Actions step summary.
 */
public final class ReportFiles {
    public static final String JSON = "readiness.json";
    public static final String MARKDOWN = "readiness.md";
    public static final String HTML = "readiness.html";
    public static final String BADGE = "badge.svg";
    public static final String SARIF = "readiness.sarif";
    public static final String GITLAB = "gl-code-quality-report.json";
    public static final String COMMENT = "readiness-comment.md";

    /** GitHub's limit of the step summary of one step, in bytes. */
    public static final int STEP_SUMMARY_LIMIT = 1024 * 1024;

    /**
     * Which files to write and how to place findings in them.
     *
     * @param formats the formats ({@link ReportFormat#parse}); json is written whatever the set holds
     * @param locator where source files and the POM are, relative to the repository root
     * @param toolVersion the plugin's version for the SARIF file, {@code null} when unknown
     */
    public record Options(Set<ReportFormat> formats, SourceLocator locator, String toolVersion) {
        public Options {
            formats = formats.isEmpty() ? EnumSet.of(ReportFormat.JSON) : EnumSet.copyOf(formats);
            formats.add(ReportFormat.JSON);
            formats = Collections.unmodifiableSet(formats);
        }

        /** The four files of release 0.1.0 (json, md, html, badge), findings without files. */
        public static Options classic() {
            return new Options(
                    EnumSet.of(ReportFormat.JSON, ReportFormat.MARKDOWN, ReportFormat.HTML, ReportFormat.BADGE),
                    SourceLocator.NONE,
                    null);
        }
    }

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
        return write(assessment, outputDirectory, baseDir, stepSummary, Options.classic());
    }

    /**
     * Writes the reports {@code options} names and appends the Markdown summary to {@code stepSummary}.
     *
     * @param assessment the verdict
     * @param outputDirectory created when absent
     * @param baseDir the project directory (paths inside it are written relative to it in every report)
     * @param stepSummary the file named by {@code GITHUB_STEP_SUMMARY}, or {@code null} for none
     * @param options the formats, and where the findings' files are
     * @return the files written, the step summary last when appended to
     */
    public static List<Path> write(
            Assessment assessment, Path outputDirectory, Path baseDir, Path stepSummary, Options options)
            throws IOException {
        // Render every file before replacing any: a renderer that fails leaves the previous run's files as they were,
        // never a mix of two runs.
        ReportModel model = ReportModel.of(assessment, baseDir, options.locator());
        // rendered only when a file or the step summary takes it
        String markdown = options.formats().contains(ReportFormat.MARKDOWN) || stepSummary != null
                ? new MarkdownReport(baseDir).render(model)
                : null;
        Map<String, String> contents = new LinkedHashMap<>();
        for (ReportFormat format : options.formats()) {
            contents.put(
                    format.fileName(),
                    switch (format) {
                        case JSON -> new JsonReport(baseDir).render(model);
                        case MARKDOWN -> markdown;
                        case HTML -> new HtmlReport(baseDir).render(model);
                        case BADGE -> new BadgeSvg().render(model);
                        case SARIF -> new SarifReport(options.toolVersion(), baseDir).render(model);
                        case GITLAB -> new CodeQualityReport(baseDir).render(model);
                        case COMMENT -> new CommentReport(baseDir).render(model);
                    });
        }
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
        long used = Files.isRegularFile(file) ? Files.size(file) : 0;
        byte[] bytes = utf8(withinStepSummary("\n" + markdown, STEP_SUMMARY_LIMIT - used));
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

    /**
     * The summary, cut at a line so that it fits the bytes the step summary has left (GitHub rejects a step summary
     * over {@value #STEP_SUMMARY_LIMIT} bytes), with a last line saying what was cut and where the whole report is.
     */
    static String withinStepSummary(String markdown, long budget) {
        if (utf8(markdown).length <= budget) {
            return markdown;
        }
        String cut = "\n\n*The readiness summary was cut to fit GitHub's step-summary limit of " + STEP_SUMMARY_LIMIT
                + " bytes: the whole report is readiness.md and readiness.html.*\n";
        long room = budget - utf8(cut).length;
        StringBuilder sb = new StringBuilder();
        long size = 0;
        for (String line : markdown.split("\n", -1)) {
            long n = utf8(line).length + 1L;
            if (size + n > room) {
                break;
            }
            sb.append(line).append('\n');
            size += n;
        }
        return room <= 0 ? "" : sb + cut;
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
