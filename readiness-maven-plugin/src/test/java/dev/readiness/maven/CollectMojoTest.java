package dev.readiness.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The thin {@code collect} goal: its parameters to the engine, its errors to {@link MojoExecutionException}. */
class CollectMojoTest {
    private static final Path RESOURCES = Path.of("src/test/resources").toAbsolutePath();

    @TempDir
    Path dir;

    private final List<String> infos = new ArrayList<>();
    private CollectMojo collect;

    @BeforeEach
    void configure() throws Exception {
        Files.createDirectories(dir.resolve("target/surefire-reports"));
        Files.copy(RESOURCES.resolve("jacoco/basic/jacoco.exec"), dir.resolve("target/jacoco.exec"));
        Files.copy(
                RESOURCES.resolve("jacoco/appended/surefire-reports/TEST-com.acme.control.ControllerTest.xml"),
                dir.resolve("target/surefire-reports/TEST-com.acme.control.ControllerTest.xml"));
        MavenProject project = new MavenProject();
        project.setGroupId("com.acme");
        project.setArtifactId("controller");
        project.setVersion("1.0.0");
        project.setFile(dir.resolve("pom.xml").toFile());
        collect = new CollectMojo();
        MojoFixture.set(collect, "project", project);
        MojoFixture.set(
                collect,
                "bundleDirectory",
                dir.resolve("target/readiness-bundle").toFile());
        MojoFixture.set(collect, "surefireReports", List.of("target/surefire-reports"));
        MojoFixture.set(collect, "failsafeReports", List.of("target/failsafe-reports"));
        MojoFixture.set(collect, "execFiles", List.of("target/jacoco*.exec"));
        MojoFixture.set(collect, "mutationReports", List.of("target/pit-reports"));
        MojoFixture.set(collect, "benchmarkResults", "target/jmh-result.json");
        collect.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                infos.add(content.toString());
            }
        });
    }

    @Test
    void writesTheBundleAndSaysWhatItHolds() throws Exception {
        MojoFixture.set(collect, "shard", "2/3");
        MojoFixture.set(collect, "shardLabel", "control");

        collect.execute();

        assertThat(dir.resolve("target/readiness-bundle/manifest.json")).isRegularFile();
        assertThat(infos)
                .singleElement()
                .asString()
                .startsWith("Evidence bundle of shard 2/3 (control): 2 Surefire and 0 Failsafe test(s), ");
    }

    @Test
    void anInvalidShardIsAConfigurationErrorNamingTheProperty() {
        MojoFixture.set(collect, "shard", "4/3");

        assertThatThrownBy(collect::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("readiness.shard: '4/3' needs 1 <= INDEX <= TOTAL");
        assertThat(dir.resolve("target/readiness-bundle")).doesNotExist();
    }

    @Test
    void aDirectoryThatIsNoBundleIsRefusedWithTheFix() throws Exception {
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve("src/A.java"), "class A {}");
        MojoFixture.set(collect, "bundleDirectory", dir.resolve("src").toFile());

        assertThatThrownBy(collect::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("Point readiness.bundleDirectory at a new or empty directory.");
        assertThat(dir.resolve("src/A.java")).exists();
    }

    @Test
    void theSkipPropertySkipsIt() throws Exception {
        MojoFixture.set(collect, "skip", true);

        collect.execute();

        assertThat(dir.resolve("target/readiness-bundle")).doesNotExist();
    }
}
