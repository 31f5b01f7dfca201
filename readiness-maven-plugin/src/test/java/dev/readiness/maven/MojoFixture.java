package dev.readiness.maven;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.Mojo;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;

/**
 * A goal configured as Maven configures it: the parameters are set on the fields, with the defaults of the plugin
 * descriptor, for a project in a temporary directory, outside a Maven session; the log is kept.
 */
final class MojoFixture {
    final List<String> infos = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    final Path output;

    private MojoFixture(Path output) {
        this.output = output;
    }

    /** Configures the goal with the descriptor's defaults for a project in {@code baseDir}. */
    static MojoFixture configure(Mojo mojo, Path baseDir) {
        MojoFixture fixture = new MojoFixture(baseDir.resolve("target/readiness"));
        MavenProject project = new MavenProject();
        project.setGroupId("com.acme");
        project.setArtifactId("controller");
        project.setVersion("1.0.0");
        project.setFile(baseDir.resolve("pom.xml").toFile());
        set(mojo, "project", project);
        set(mojo, "minimumLevel", "CONDITIONAL_READY");
        set(mojo, "minimumMeasuredWeight", "50");
        set(mojo, "outputDirectory", fixture.output.toFile());
        set(mojo, "surefireReports", List.of("target/surefire-reports"));
        set(mojo, "failsafeReports", List.of("target/failsafe-reports"));
        set(mojo, "execFiles", List.of("target/jacoco*.exec"));
        set(mojo, "classesDirectories", List.of("target/classes"));
        set(mojo, "testClassesDirectories", List.of("target/test-classes"));
        set(mojo, "skippedTests", "exclude");
        set(mojo, "flakyTests", "pass");
        set(mojo, "malformedReports", "error");
        set(mojo, "staleEvidence", "exclude");
        if (mojo instanceof AbstractGoalParameters) {
            set(mojo, "formats", "json,md,html,badge,sarif");
            // not "auto": on GitHub Actions the unit tests would print workflow commands into the project's own run
            set(mojo, "annotations", "none");
        }
        set(mojo, "historyFile", baseDir.resolve(".readiness/history.jsonl").toFile());
        set(mojo, "benchmarkTolerance", "10");
        if (mojo instanceof CheckMojo) {
            set(mojo, "failOnViolation", true);
        }
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                fixture.infos.add(content.toString());
            }

            @Override
            public void warn(CharSequence content) {
                fixture.warnings.add(content.toString());
            }

            @Override
            public void error(CharSequence content) {
                fixture.errors.add(content.toString());
            }
        });
        return fixture;
    }

    /** Sets a parameter as Maven does: on the field, wherever in the goal's class hierarchy it is declared. */
    static void set(Object target, String name, Object value) {
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                f.set(target, value);
                return;
            } catch (NoSuchFieldException e) {
                // declared higher up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException("no parameter " + name + " in " + target.getClass());
    }
}
