package dev.readiness.maven;

import dev.readiness.evidence.EvidenceException;
import dev.readiness.evidence.bench.BenchmarkBaseline;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Writes the current JMH results as the new benchmark baseline (after validating them), so later builds compare
 * against this run: {@code mvn readiness:baseline}, then commit the baseline file.
 *
 * @since 0.1.0
 */
@Mojo(name = "baseline", threadSafe = true)
public class BaselineMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /**
     * The current JMH results (JSON) to copy.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.benchmarkResults", defaultValue = "${project.build.directory}/jmh-result.json")
    private String benchmarkResults;

    /**
     * The baseline file to write (replaced atomically).
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.benchmarkBaseline", defaultValue = "${project.basedir}/src/test/jmh/baseline.json")
    private String benchmarkBaseline;

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
        File basedir = project.getBasedir();
        Path results = basedir.toPath().resolve(benchmarkResults).normalize();
        Path baseline = basedir.toPath().resolve(benchmarkBaseline).normalize();
        try {
            BenchmarkBaseline.write(results, baseline);
        } catch (EvidenceException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("readiness:baseline failed unexpectedly: " + e, e);
        }
        getLog().info("Wrote the benchmark baseline " + baseline + " from " + results + "; commit it.");
    }
}
