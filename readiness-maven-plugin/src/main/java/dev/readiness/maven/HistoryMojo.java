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
     * Output format: {@code text} (a table in the build log) or {@code json} (standard output).
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.format", defaultValue = "text")
    private String format;

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
