package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.assess.Assessment;
import dev.readiness.view.ReportModel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A hostile test name and failure message (a workflow command, a line break, HTML, a Markdown link, an encoded line
 * break) reach every code-review format as text: they create no annotation, no markup, no link, no second line.
 */
class CodeReviewInjectionTest {
    private static final String NAME =
            "evil::error file=x,line=1::pwned\n::error::second %0A</td><script>alert(1)</script>";
    private static final String MESSAGE = "boom\r\n::warning::injected ](javascript:alert(2)) [x](y) @octocat";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static ReportModel model() {
        Assessment a = Assessments.failingTest(NAME, MESSAGE);
        return ReportModel.of(a, Path.of("").toAbsolutePath(), GoldenFilesTest.LOCATOR);
    }

    @Test
    void githubAnnotationsGetOneCommandPerFindingAndNoneFromTheName() {
        ReportModel m = model();
        List<String> lines = GithubAnnotations.lines(m, new GithubAnnotations.Budget(), "readiness.sarif", null);
        assertThat(lines).hasSize(m.findings().size());
        assertThat(lines).allSatisfy(l -> assertThat(l).doesNotContain("\n", "\r"));
        String test = lines.stream()
                .filter(l -> l.contains("CalcTest.evil"))
                .findFirst()
                .orElseThrow();
        // the properties end at the first "::": the name's colons and commas are escaped there
        String properties = test.substring(0, test.indexOf("::", 2));
        assertThat(properties)
                .isEqualTo("::error file=src/test/java/com/acme/CalcTest.java,title=com.acme.CalcTest.evil%3A%3Aerror"
                        + " file=x%2Cline=1%3A%3Apwned %3A%3Aerror%3A%3Asecond %250A</td><script>alert(1)</script>");
        // the runner decodes the data back to the text, on one line
        String data = test.substring(test.indexOf("::", 2) + 2);
        assertThat(data).contains("%250A").doesNotContain("%0A");
    }

    @Test
    void sarifAndGitLabHoldTheTextAsJsonStrings() throws Exception {
        ReportModel m = model();
        JsonNode sarif = MAPPER.readTree(new SarifReport(null, Path.of("").toAbsolutePath()).render(m));
        JsonNode gitlab = MAPPER.readTree(new CodeQualityReport(Path.of("").toAbsolutePath()).render(m));
        String expected = "com.acme.CalcTest.evil::error file=x,line=1::pwned ::error::second %0A</td><script>"
                + "alert(1)</script> failed: boom ::warning::injected ](javascript:alert(2)) [x](y) @octocat";
        assertThat(sarif.get("runs").get(0).findValuesAsText("text")).contains(expected);
        assertThat(gitlab.findValuesAsText("description")).contains(expected);
    }

    @Test
    void theCommentEscapesMarkupLinksAndMentions() {
        String comment = new CommentReport(Path.of("").toAbsolutePath()).render(model());
        assertThat(comment)
                .doesNotContain("<script>", "</td>", "](", "[x]", "\r")
                .doesNotContainPattern("[^\\\\]@octocat")
                .contains("&lt;script&gt;", "\\]\\(javascript:", "\\@octocat");
        String line = comment.lines()
                .filter(l -> l.contains("CalcTest.evil"))
                .findFirst()
                .orElseThrow();
        assertThat(line).contains("second %0A").contains("injected");
    }
}
