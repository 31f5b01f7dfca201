package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.assess.Assessment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

    @Test
    void writesJsonMarkdownHtmlAndBadge(@TempDir Path tmp) throws Exception {
        Assessment a = Assessments.hostile();
        Path out = tmp.resolve("target/readiness");

        List<Path> written = ReportFiles.write(a, out, tmp);

        assertThat(written)
                .containsExactly(
                        out.resolve("readiness.json"),
                        out.resolve("readiness.md"),
                        out.resolve("readiness.html"),
                        out.resolve("badge.svg"));
        assertThat(Files.readString(out.resolve("readiness.md"))).isEqualTo(new MarkdownReport().render(a));
        assertThat(Files.readString(out.resolve("readiness.html"))).isEqualTo(new HtmlReport().render(a));
        assertThat(Files.readString(out.resolve("badge.svg"))).isEqualTo(new BadgeSvg().render(a));
        assertThat(Files.readString(out.resolve("readiness.json"))).isEqualTo(new JsonReport(tmp).render(a));
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("no temporary file left behind")
                    .containsExactlyInAnyOrder("readiness.json", "readiness.md", "readiness.html", "badge.svg");
        }
    }

    @Test
    void rewritingGivesByteIdenticalFiles(@TempDir Path tmp) throws Exception {
        Assessment a = Assessments.real();
        Path out = tmp.resolve("out");
        ReportFiles.write(a, out, tmp);
        byte[] html = Files.readAllBytes(out.resolve("readiness.html"));
        byte[] md = Files.readAllBytes(out.resolve("readiness.md"));

        ReportFiles.write(a, out, tmp);

        assertThat(Files.readAllBytes(out.resolve("readiness.html"))).isEqualTo(html);
        assertThat(Files.readAllBytes(out.resolve("readiness.md"))).isEqualTo(md);
    }

    @Test
    void appendsTheMarkdownToTheStepSummaryKeepingWhatIsThere(@TempDir Path tmp) throws Exception {
        Path summary = tmp.resolve("step_summary.md");
        Files.writeString(summary, "# Build\n");
        Assessment blocked = Assessments.hostile();
        Assessment passing = Assessments.passing();

        List<Path> written = ReportFiles.write(blocked, tmp.resolve("a"), tmp, summary);
        ReportFiles.write(passing, tmp.resolve("b"), tmp, summary);

        assertThat(written).endsWith(summary);
        assertThat(Files.readString(summary))
                .isEqualTo("# Build\n\n" + new MarkdownReport().render(blocked) + "\n"
                        + new MarkdownReport().render(passing));
    }

    @Test
    void withoutStepSummaryNothingElseIsWritten(@TempDir Path tmp) throws Exception {
        List<Path> written = ReportFiles.write(Assessments.passing(), tmp.resolve("out"), tmp, null);

        assertThat(written).hasSize(4).allMatch(p -> p.startsWith(tmp.resolve("out")));
    }

    @Test
    void unwritableStepSummaryNamesTheFileAndTheSwitch(@TempDir Path tmp) throws IOException {
        Path summary = tmp.resolve("no-such-dir/summary.md");

        assertThatThrownBy(() -> ReportFiles.write(Assessments.passing(), tmp.resolve("out"), tmp, summary))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(summary.toString())
                .hasMessageContaining("GITHUB_STEP_SUMMARY")
                .hasMessageContaining("readiness.stepSummary=false");
    }

    @Test
    void theStepSummaryIsCutToWhatGitHubAcceptsSayingSo() {
        String big = ("| row | " + "x".repeat(100) + " |\n").repeat(20_000);
        String cut = ReportFiles.withinStepSummary(big, ReportFiles.STEP_SUMMARY_LIMIT);
        assertThat(ReportFiles.utf8(cut).length).isLessThanOrEqualTo(ReportFiles.STEP_SUMMARY_LIMIT);
        assertThat(cut).endsWith("the whole report is readiness.md and readiness.html.*\n");
        assertThat(ReportFiles.withinStepSummary("small\n", 100)).isEqualTo("small\n");
        assertThat(ReportFiles.withinStepSummary(big, 10)).isEmpty();
    }
}
