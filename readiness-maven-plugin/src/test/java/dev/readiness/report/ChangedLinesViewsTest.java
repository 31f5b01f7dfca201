package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.view.ReportModel;
import dev.readiness.view.ReportModel.Cell;
import dev.readiness.view.ReportModel.ChangedFile;
import dev.readiness.view.ReportModel.ChangedLines;
import dev.readiness.view.ReportModel.ChangedScope;
import dev.readiness.view.ReportModel.LineRange;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The changed-lines section in every view: listed per tier, worst file first, escaped for each format. */
class ChangedLinesViewsTest {
    private static final String HOSTILE = "src/main/java/<b>x</b>|`evil`\n## Inject.java";

    private static ReportModel with(ChangedLines changed) {
        ReportModel m = ReportModel.of(Assessments.passing(), null);
        return new ReportModel(
                m.verdict(),
                m.gates(),
                m.tests(),
                m.coverage(),
                m.benchmarks(),
                m.documentation(),
                m.blockingIssues(),
                m.recommendations(),
                m.warnings(),
                m.trend(),
                m.gateTrends(),
                m.scoreHistory(),
                m.reactor(),
                m.evidence(),
                m.mutation(),
                m.findings(),
                changed);
    }

    private static ChangedFile file(String path, String name, List<LineRange> uncovered, String text) {
        return new ChangedFile(
                path, name, new Cell(3, uncovered.size(), "-"), new Cell(0, 0, "-"), 1, uncovered, text, List.of());
    }

    private static ChangedLines window() {
        ChangedFile worst = file(
                "src/main/java/com/acme/control/Smc.java",
                "Smc.java",
                List.of(new LineRange(12, 14), new LineRange(20, 20)),
                "12-14, 20");
        ChangedFile hostile = file(HOSTILE, "Inject.java", List.of(new LineRange(3, 3)), "3");
        ChangedScope all = new ChangedScope(
                "all", null, new Cell(6, 5, "54.5 %"), new Cell(1, 1, "50.0 %"), 2, List.of(worst, hostile), "");
        ChangedScope critical = new ChangedScope(
                "critical", "critical", new Cell(3, 4, "42.8 %"), new Cell(0, 0, "-"), 1, List.of(worst), "");
        return new ChangedLines(
                "working tree vs merge-base 1a2b3c4d5e of origin/main and HEAD",
                null,
                3,
                List.of(all, critical),
                List.of("pom.xml"),
                List.of());
    }

    @Test
    void markdownListsTheUncoveredLinesPerTierReadyForAPullRequestComment() {
        String md = new MarkdownReport().render(with(window()));
        assertThat(md)
                .contains("### Changed lines")
                .contains("| all classes | 54.5 % \\(6 of 11\\) | 50.0 % \\(1 of 2\\) | 2 |")
                .contains("| tag critical | 42.8 % \\(3 of 7\\) | \\- | 1 |")
                .contains(
                        "Uncovered changed lines, tag critical:\n\n- `src/main/java/com/acme/control/Smc.java:12-14, 20`");
        int worst = md.indexOf("Smc.java:12-14, 20");
        int other = md.indexOf("Inject.java:3");
        assertThat(worst).isPositive().isLessThan(other);
        // a hostile path can neither close the code span nor start a heading
        assertThat(md).doesNotContain("\n## Inject").doesNotContain("`evil`");
    }

    @Test
    void consoleListsThemOnePerLine() {
        List<String> lines = ConsoleReport.lines(with(window()));
        assertThat(lines)
                .contains("  tag critical: lines 42.8 % (3 of 7), branches -")
                .contains("    uncovered src/main/java/com/acme/control/Smc.java:12-14, 20");
        assertThat(lines).noneMatch(l -> l.contains("\n"));
    }

    @Test
    void htmlEscapesThePaths() {
        String html = new HtmlReport().render(with(window()));
        assertThat(html)
                .contains("<section id=\"changed-lines\">")
                .contains("<code>src/main/java/com/acme/control/Smc.java:12-14, 20</code>")
                .doesNotContain("<b>x</b>")
                .contains("&lt;b&gt;x&lt;/b&gt;");
    }

    @Test
    void jsonCarriesFileToLineRanges() throws Exception {
        JsonNode json = new ObjectMapper().readTree(new JsonReport(java.nio.file.Path.of(".")).render(with(window())));
        JsonNode file = json.at("/changedLines/scopes/critical/files/0");
        assertThat(file.get("path").asText()).isEqualTo("src/main/java/com/acme/control/Smc.java");
        assertThat(file.get("uncovered").toString()).isEqualTo("[[12,14],[20,20]]");
        assertThat(file.get("uncoveredText").asText()).isEqualTo("12-14, 20");
        assertThat(json.at("/changedLines/outsideSourceRoots/0").asText()).isEqualTo("pom.xml");
    }

    @Test
    void aMissingWindowSaysWhyInEveryView() {
        ChangedLines missing = new ChangedLines(
                "working tree vs merge-base of origin/main and HEAD",
                "the base ref origin/main is not in the repository: git fetch --depth=100 origin main",
                0,
                List.of(),
                List.of(),
                List.of());
        ReportModel m = with(missing);
        assertThat(new MarkdownReport().render(m)).contains("Not measured").contains("git fetch --depth=100");
        assertThat(ConsoleReport.lines(m)).anyMatch(l -> l.startsWith("Changed lines not measured"));
        assertThat(new HtmlReport().render(m)).contains("git fetch --depth=100");
    }

    @Test
    void noWindowNoSection() {
        ReportModel m = with(null);
        assertThat(new MarkdownReport().render(m)).doesNotContain("Changed lines");
        assertThat(new JsonReport(java.nio.file.Path.of(".")).render(m)).doesNotContain("changedLines");
        assertThat(ConsoleReport.lines(m)).noneMatch(l -> l.startsWith("Changed lines"));
    }
}
