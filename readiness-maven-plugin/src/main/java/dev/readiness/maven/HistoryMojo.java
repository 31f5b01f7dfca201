package dev.readiness.maven;

import dev.readiness.history.HistoryQueries;
import dev.readiness.history.HistoryRead;
import dev.readiness.history.HistoryRecord;
import dev.readiness.history.HistoryStore;
import dev.readiness.report.HistoryReport;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Prints this project's last assessments from the history file — time, commit, branch, score, level and every
 * gate's value — and the trend of the newest score. {@code -Dreadiness.format=json} prints JSON to standard output
 * instead (with {@code -q}, nothing else is printed).
 *
 * @since 0.1.0
 */
@Mojo(name = "history", threadSafe = true)
public class HistoryMojo extends AbstractMojo {

    /** The log, with every message neutralised for the terminal ({@link SafeLog}). */
    @Override
    public Log getLog() {
        return SafeLog.of(super.getLog());
    }

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /**
     * The history file written by {@code check} and {@code report}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.historyFile", defaultValue = "${project.basedir}/.readiness/history.jsonl")
    private File historyFile;

    /**
     * How many of the newest assessments to print; {@code 0} prints all.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.historyCount", defaultValue = "10")
    private int historyCount;

    /**
     * Output format: {@code text} (a table in the build log) or {@code json} (standard output, or the file
     * {@code readiness.historyOutput}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.format", defaultValue = "text")
    private String format;

    /**
     * A file to write the output to instead of the build log or standard output, for example
     * {@code target/readiness/history.json} with {@code readiness.format=json}. Maven 4 sends what a plugin prints on
     * standard output through its log (each line prefixed with {@code [INFO] [stdout]}, and nothing with {@code -q}),
     * so a script that reads the JSON should use this file. Parent directories are created; an existing file is
     * replaced.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.historyOutput")
    private File historyOutput;

    /**
     * Skips the goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("Skipping readiness: readiness.skip is true");
            return;
        }
        String wanted = format == null ? "text" : format.strip().toLowerCase(Locale.ROOT);
        if (!wanted.equals("text") && !wanted.equals("json")) {
            throw new MojoExecutionException("readiness.format '" + format + "' is not valid; valid: text, json");
        }
        HistoryRead read;
        try {
            read = new HistoryStore(historyFile.toPath(), project.getBasedir().toPath()).read();
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException(
                    "Cannot read the readiness history " + historyFile + ": " + e.getMessage()
                            + ". Fix or move the file, or point readiness.historyFile at another one.",
                    e);
        }
        read.warnings().forEach(getLog()::warn);
        List<HistoryRecord> records =
                HistoryQueries.sameProject(read.records(), project.getGroupId(), project.getArtifactId());
        if (historyOutput != null) {
            String text = wanted.equals("json")
                    ? HistoryReport.json(records, historyCount) + "\n"
                    : String.join("\n", HistoryReport.table(records, historyCount)) + "\n";
            try {
                Path target = historyOutput.toPath().toAbsolutePath();
                Files.createDirectories(target.getParent());
                Files.writeString(target, text, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                throw new MojoExecutionException(
                        "Cannot write the readiness history to " + historyOutput + ": " + e.getMessage()
                                + ". Point readiness.historyOutput at a writable file.",
                        e);
            }
            getLog().info("Readiness history of " + project.getGroupId() + ":" + project.getArtifactId() + " ("
                    + records.size() + " recorded) written to " + historyOutput);
            return;
        }
        if (wanted.equals("json")) {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            out.println(HistoryReport.json(records, historyCount));
            return;
        }
        getLog().info("Readiness history of " + project.getGroupId() + ":" + project.getArtifactId() + " ("
                + records.size() + " recorded, " + historyFile + ")");
        HistoryReport.table(records, historyCount).forEach(getLog()::info);
    }
}
