package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assess.Assessment;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {
    private final MarkdownReport report = new MarkdownReport();

    @Test
    void showsLevelScoreGateTableAndBlockingIssues() {
        Assessment a = Assessments.hostile();
        String md = report.render(a);

        assertThat(md).startsWith("## 🔴 Readiness: BLOCKED — score " + dev.readiness.view.Texts.score(a) + "\n");
        assertThat(md).contains("| Gate | Status | Value | Required | Weight | Critical |");
        assertThat(md).contains("| test-pass-rate | ⛔ FAILED |");
        assertThat(md).contains("### Blocking issues");
        assertThat(md).contains("### Top recommendations");
        for (var gate : a.gates()) {
            assertThat(md).contains("| " + Escape.markdown(gate.gate().id()) + " |");
        }
    }

    @Test
    void showsTheTrendWhenHistoryKnowsIt() {
        assertThat(report.render(Assessments.hostile()))
                .contains("Trend: declining: ")
                .contains("since the previous 91.2")
                .contains("4 previous builds");
        assertThat(report.render(Assessments.passing())).doesNotContain("Trend:");
    }

    @Test
    void escapesHtmlAndMarkdownFromTheEvidence() {
        String md = report.render(Assessments.hostile());

        assertThat(md)
                .doesNotContain("<script")
                .doesNotContain("<img")
                .doesNotContain("<svg")
                .doesNotContain("<b>");
        assertThat(md)
                .contains("com.acme.&lt;b&gt;Bold&lt;/b&gt;Test.name with \\| pipe error — \\# heading")
                .contains("feature/&lt;i&gt;x&lt;/i&gt;");
        // the only raw HTML is our own footer
        assertThat(md.replace("<sub>", "").replace("</sub>", "")).doesNotContain("<");
    }

    @Test
    void neverMentionsUsersOrLinksFromTheEvidence() {
        Assessment a = Assessments.hostile();
        String md = report.render(withRecommendations(
                a,
                List.of(Assessments.SCRIPT + " @octocat [x](https://evil.example) ![i](data:x) " + Assessments.IMG)));

        assertThat(md)
                .contains("1. &lt;script&gt;alert\\(1\\)&lt;/script&gt; \\@octocat \\[x\\]\\(https://evil.example\\)"
                        + " \\!\\[i\\]\\(data:x\\) &lt;img src=x onerror=alert\\(2\\)&gt;\n");
        assertThat(md).doesNotContainPattern("[^\\\\]@octocat");
    }

    @Test
    void everyTableRowHasExactlySevenUnescapedPipes() {
        String md = report.render(Assessments.hostile());
        List<String> rows =
                Arrays.stream(md.split("\n")).filter(l -> l.startsWith("|")).toList();

        assertThat(rows).hasSize(2 + Assessments.hostile().gates().size());
        for (String row : rows) {
            assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count())
                    .as(row)
                    .isEqualTo(7);
        }
    }

    @Test
    void listsAtMostFiveRecommendations() {
        List<String> many = List.of("one", "two", "three", "four", "five", "six", "seven");
        String md = report.render(withRecommendations(Assessments.hostile(), many));

        assertThat(md).contains("5. five\n").doesNotContain("six").contains("…and 2 more in readiness.html.");
    }

    private static Assessment withRecommendations(Assessment a, List<String> recommendations) {
        return a.toBuilder().recommendations(recommendations).build();
    }

    @Test
    void sameAssessmentGivesIdenticalOutputInAnyLocale() throws Exception {
        Assessment a = Assessments.real();
        String first = report.render(a);
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(report.render(a)).isEqualTo(first);
        } finally {
            Locale.setDefault(before);
        }
        assertThat(first).contains(" %").doesNotContainPattern("\\d,\\d %");
    }

    @Test
    void pathsUnderTheProjectRootAreShownRelativeToIt() throws Exception {
        Assessment a = Assessments.blockedWithLongNames();
        String relative = new MarkdownReport(Assessments.CHECKOUT).render(a);

        assertThat(report.render(a)).contains(Escape.markdown(Assessments.CHECKOUT.toString()));
        assertThat(relative)
                .doesNotContain(Escape.markdown(Assessments.CHECKOUT.toString()))
                .contains(
                        "no JaCoCo execution data of its own \\(platform/ground-segment/telemetry-telecommand-gateway/"
                                + "target/jacoco.exec\\)")
                .contains("malformed test report platform/flight-control/");
        assertThat(new MarkdownReport(Assessments.RESOURCES).render(Assessments.allMissing()))
                .doesNotContain(Escape.markdown(Assessments.RESOURCES.toString()))
                .contains("nothing matches target/jacoco\\*.exec in does-not-exist");
    }

    @Test
    void saysWhenNoGateWasMeasured() throws Exception {
        String md = report.render(Assessments.allMissing());

        // critical gates without evidence block by default (onMissing=fail)
        assertThat(md).startsWith("## 🔴 Readiness: BLOCKED — score n/a\n");
        assertThat(md).contains("0 of 8 gates measured, 0.0 % of the weight");
        assertThat(md).contains("| ⚠️ MISSING |").contains("| ⛔ MISSING (blocking) |");
        assertThat(md.lines().filter(l -> l.startsWith("- ") || l.matches("\\d\\. .*")))
                .isNotEmpty()
                .allMatch(l -> l.length() <= MarkdownReport.MAX_ITEM * 2, "compact");
    }
}
