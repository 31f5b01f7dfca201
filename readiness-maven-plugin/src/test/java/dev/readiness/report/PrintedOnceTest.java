package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 17: the JaCoCo {@code <plugin>} snippet was printed 8 times in one javaparser build. */
class PrintedOnceTest {
    private static final String SNIPPET = String.join(
            "\n",
            "  <plugin>",
            "    <groupId>org.jacoco</groupId>",
            "    <artifactId>jacoco-maven-plugin</artifactId>",
            "  </plugin>");
    private static final String REMEDY = "No JaCoCo execution data. Attach the agent:\n" + SNIPPET + "\nThen rerun.";

    @Test
    void aSnippetIsKeptTheFirstTimeAndPointedToAfterwards() {
        PrintedOnce once = new PrintedOnce();

        String first = once.filter(REMEDY);
        String second = once.filter(REMEDY);
        String third = once.filter("other module: " + REMEDY);

        assertThat(first).isEqualTo(REMEDY);
        assertThat(second)
                .isEqualTo("No JaCoCo execution data. Attach the agent:\n"
                        + "  (the jacoco-maven-plugin <plugin> snippet printed above)\nThen rerun.");
        assertThat(third).doesNotContain("<groupId>").contains("snippet printed above");
    }

    @Test
    void textWithoutSnippetsIsUnchangedAndOneMarkupLineIsNoSnippet() {
        PrintedOnce once = new PrintedOnce();
        List<String> texts = List.of("plain", "use <argLine> with @{argLine}", "  <only-one-line/>");

        assertThat(once.filter(texts)).isEqualTo(texts);
        assertThat(once.filter(texts)).isEqualTo(texts);
    }

    @Test
    void differentSnippetsAreEachPrintedOnce() {
        PrintedOnce once = new PrintedOnce();
        String other = SNIPPET.replace("jacoco-maven-plugin", "maven-failsafe-plugin");

        assertThat(once.filter(SNIPPET)).isEqualTo(SNIPPET);
        assertThat(once.filter(other)).isEqualTo(other);
        assertThat(once.filter(other)).isEqualTo("  (the maven-failsafe-plugin <plugin> snippet printed above)");
    }
}
