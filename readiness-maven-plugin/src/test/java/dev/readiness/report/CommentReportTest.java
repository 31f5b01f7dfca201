package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.evidence.tests.TestCaseResult;
import dev.readiness.evidence.tests.TestOutcome;
import dev.readiness.view.ReportModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The pull-request comment stays under GitHub's comment limit and says what it cut. */
class CommentReportTest {
    private static ReportModel manyFailing(int n, int messageLength) {
        List<TestCaseResult> cases = new ArrayList<>();
        IntStream.range(0, n)
                .forEach(i -> cases.add(new TestCaseResult(
                        "com.acme.Many" + i + "Test",
                        "fails",
                        TestOutcome.FAILED,
                        0,
                        1000,
                        "<" + "m".repeat(messageLength) + ">",
                        Path.of("TEST-x.xml"))));
        return ReportModel.of(
                Assessments.approvedWith(cases, 0), Path.of("").toAbsolutePath(), GoldenFilesTest.LOCATOR);
    }

    @Test
    void listsTheTopFindingsAndSaysHowManyMoreAndWhere() {
        ReportModel m = manyFailing(500, 20);
        String comment = new CommentReport(null).render(m);
        assertThat(comment.lines().filter(l -> l.startsWith("- **")).count()).isEqualTo(CommentReport.TOP_FINDINGS);
        assertThat(comment)
                .contains(
                        "…and " + (m.findings().size() - CommentReport.TOP_FINDINGS) + " more findings not listed here")
                .contains("all of them are in readiness.sarif");
    }

    @Test
    void staysUnderTheLimitWhenTheFindingsAreLong() {
        ReportModel m = manyFailing(50, 5_000);
        String comment = new CommentReport(null, 4_000).render(m);
        assertThat(comment.length()).isLessThanOrEqualTo(4_000);
        assertThat(comment).contains("more findings not listed here").endsWith("readiness.html.</sub>\n");
        String full = new CommentReport(null).render(manyFailing(5_000, 5_000));
        assertThat(full.length()).isLessThanOrEqualTo(CommentReport.LIMIT);
    }

    @Test
    void aPassingVerdictSaysSo() throws Exception {
        String comment = new CommentReport(null)
                .render(ReportModel.of(Assessments.passing(), Path.of(""), GoldenFilesTest.LOCATOR));
        assertThat(comment).contains("Every measured gate passed.").doesNotContain("### Findings");
    }
}
