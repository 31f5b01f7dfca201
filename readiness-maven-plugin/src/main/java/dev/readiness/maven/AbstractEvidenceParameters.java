package dev.readiness.maven;

import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The parameters of every goal that reads this build's evidence ({@code check}, {@code report}, the {@code readiness}
 * site report and {@code collect}): the project, the session, {@code readiness.skip} and where the Surefire, Failsafe,
 * JaCoCo, PIT and JMH evidence is. Declared once, here, so that {@code collect} bundles the evidence from the same
 * locations, with the same properties and defaults, that the evaluating goals read it from;
 * {@link AbstractReadinessParameters} adds the rest of the evaluating goals' parameters.
 */
public abstract class AbstractEvidenceParameters extends AbstractMojo {

    /** The log, with every message neutralised for the terminal ({@link SafeLog}). */
    @Override
    public Log getLog() {
        return SafeLog.of(super.getLog());
    }

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /**
     * Skips every readiness goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Surefire report directories or globs (comma-separated in the property), e.g.
     * {@code target/surefire-reports,shards/*&#47;surefire-reports}. Identical reports reached twice are counted once.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.surefireReports", defaultValue = "${project.build.directory}/surefire-reports")
    private List<String> surefireReports;

    /**
     * Failsafe report directories or globs (comma-separated in the property).
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.failsafeReports", defaultValue = "${project.build.directory}/failsafe-reports")
    private List<String> failsafeReports;

    /**
     * JaCoCo execution data files or globs (comma-separated in the property). The default merges unit-test
     * ({@code jacoco.exec}) and integration-test ({@code jacoco-it.exec}) data.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.execFiles", defaultValue = "${project.build.directory}/jacoco*.exec")
    private List<String> execFiles;

    /**
     * PIT's reports for {@code mutation} gates: directories holding {@code mutations.xml} (directly, or in the
     * timestamped sub-folders {@code timestampedReports} writes, of which the newest is used and named), report files
     * or globs, comma-separated in the property. PIT writes the XML report with
     * {@code <outputFormats><outputFormat>XML</outputFormat></outputFormats>}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.mutationReports", defaultValue = "${project.build.directory}/pit-reports")
    private List<String> mutationReports;

    /**
     * The current JMH results (JSON, as written by {@code -rf json -rff target/jmh-result.json}) for the
     * {@code benchmarks} gates.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.benchmarkResults", defaultValue = "${project.build.directory}/jmh-result.json")
    private String benchmarkResults;

    final MavenProject project() {
        return project;
    }

    final MavenSession session() {
        return session;
    }

    final boolean skip() {
        return skip;
    }

    final List<String> surefireReports() {
        return surefireReports;
    }

    final List<String> failsafeReports() {
        return failsafeReports;
    }

    final List<String> execFiles() {
        return execFiles;
    }

    final List<String> mutationReports() {
        return mutationReports;
    }

    final String benchmarkResults() {
        return benchmarkResults;
    }
}
