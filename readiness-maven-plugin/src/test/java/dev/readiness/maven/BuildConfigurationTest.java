package dev.readiness.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

/** The build's own configuration of the plugin, as the model holds it. */
class BuildConfigurationTest {

    @Test
    void aConfigurationThatIsNotXmlIsIgnoredWithoutPrintingTheParsersFatalError() {
        Plugin plugin = new Plugin();
        plugin.setGroupId("dev.readiness");
        plugin.setArtifactId("readiness-maven-plugin");
        plugin.setConfiguration("<configuration><gates>"); // another model type's text: not well-formed XML
        Build build = new Build();
        build.addPlugin(plugin);
        Model model = new Model();
        model.setBuild(build);
        MavenProject project = new MavenProject(model);

        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(BuildConfiguration.of(project)).isEmpty();
        } finally {
            System.setErr(err);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
