package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ProjectPathsTest {
    private static final Path ROOT = Path.of("/home/runner/work/acme_app/acme-app");
    private static final UnaryOperator<String> NONE = UnaryOperator.identity();

    @Test
    void pathsUnderTheRootLoseTheRootAndTheRootItselfBecomesADot() {
        String text = "nothing matches target/jacoco*.exec in /home/runner/work/acme_app/acme-app; malformed test"
                + " report /home/runner/work/acme_app/acme-app/core/target/surefire-reports/TEST-x.xml at line 3";

        assertThat(ProjectPaths.relativise(text, ROOT, NONE))
                .isEqualTo("nothing matches target/jacoco*.exec in .; malformed test report"
                        + " core/target/surefire-reports/TEST-x.xml at line 3");
    }

    @Test
    void siblingsAndPathsOutsideTheRootStayAbsolute() {
        String text = "/home/runner/work/acme_app/acme-app2/target and /x/home/runner/work/acme_app/acme-app/y"
                + " and /home/runner/work/acme_app/other/z";

        assertThat(ProjectPaths.relativise(text, ROOT, NONE)).isEqualTo(text);
    }

    @Test
    void matchesTheRootAsTheRendererEscapedIt() {
        // Markdown escapes the underscore: the escaped root is what the rendered text contains
        String md = Escape.markdown(
                "in /home/runner/work/acme_app/acme-app/core/target (see /home/runner/work/acme_app/acme-app)");

        assertThat(ProjectPaths.relativise(md, ROOT, Escape::markdown)).isEqualTo("in core/target \\(see .\\)");
        assertThat(ProjectPaths.relativise(Escape.html("'" + ROOT + "/a'"), ROOT, Escape::html))
                .isEqualTo("&#39;a&#39;");
    }

    @Test
    void nullRootOrTheFileSystemRootChangesNothing() {
        String text = "in /home/runner/work/acme_app/acme-app/target";

        assertThat(ProjectPaths.relativise(text, null, NONE)).isSameAs(text);
        assertThat(ProjectPaths.relativise(text, Path.of("/"), NONE)).isSameAs(text);
    }
}
