package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assess.Assessment;
import dev.readiness.assess.AssessmentRequest;
import dev.readiness.assess.ReadinessEngine;
import dev.readiness.policy.GateSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mutation section and gates in Markdown, HTML and on the console, from PIT's report of the IT sample. */
class MutationViewsTest {
    private static final String SURVIVOR =
            "com.acme.util.Saturation: Saturation.java:27 — ConditionalsBoundary: changed conditional boundary"
                    + " (survived)";

    @TempDir
    Path tmp;

    @Test
    void markdownSummarisesPitsCountsPerTagAndListsTheSurvivors() throws Exception {
        String md = new MarkdownReport().render(Assessments.mutation());

        assertThat(md)
                .contains("### Mutation testing (PIT)")
                .contains("117 mutants from 1 PIT report: 97 detected \\(82.9 %\\), 112 covered, test strength 86.6 %;"
                        + " KILLED 97, SURVIVED 15, NO\\_COVERAGE 5")
                .contains("| safety-critical | 7 | 6 | 7 |")
                .contains("| critical | 46 | 44 | 46 |")
                .contains("**Surviving mutants** (15, worst classes first)")
                .contains("**Mutants without test coverage** (5, worst classes first)")
                .contains("| safety-critical-mutation | ⛔ FAILED |");
    }

    @Test
    void htmlHasAMutationSectionWithEveryListedMutant() throws Exception {
        String html = new HtmlReport().render(Assessments.mutation());

        assertThat(html)
                .contains("<section id=\"mutation\">")
                .contains("<h2>Mutation testing (PIT)</h2>")
                .contains("<li><code>" + SURVIVOR + "</code></li>");
    }

    @Test
    void theConsoleWarnsWithTheFailedGateAndTheBlockingIssueNamesTheSurvivor() throws Exception {
        Assessment a = Assessments.mutation();

        assertThat(ConsoleReport.warnings(a))
                .contains("safety-critical-mutation: 85.7 % of mutants detected (6 of 7) < required 100 % in tag"
                        + " 'safety-critical' (1 survived, most in com.acme.util.Saturation)");
        assertThat(a.gates().stream()
                        .filter(g -> g.gate().id().equals("safety-critical-mutation"))
                        .findFirst()
                        .orElseThrow()
                        .details())
                .contains(SURVIVOR);
    }

    @Test
    void hostileNamesFromAReportAreEscapedInEveryView() throws Exception {
        Path report = tmp.resolve("mutations.xml");
        Files.writeString(
                report,
                "<mutations><mutation detected='false' status='SURVIVED'><sourceFile>&lt;img src=x"
                        + " onerror=alert(1)&gt;.java</sourceFile><mutatedClass>com.acme.*Evil*_[x](http://e)"
                        + "</mutatedClass><mutatedMethod>m</mutatedMethod><methodDescription>()V</methodDescription>"
                        + "<lineNumber>3</lineNumber><mutator>x.&lt;script&gt;Mutator</mutator><description>"
                        + "&lt;script&gt;alert(2)&lt;/script&gt; | pipe</description></mutation></mutations>",
                StandardCharsets.UTF_8);
        Assessment a = new ReadinessEngine()
                .assess(AssessmentRequest.builder(
                                Assessments.policy(
                                        List.of(),
                                        GateSpec.builder("overall-mutation")
                                                .metric("mutation")
                                                .threshold("60")
                                                .weight("0.05")
                                                .build()),
                                Assessments.PROJECT,
                                tmp)
                        .mutationReports(List.of(report.toString()))
                        .timestamp(Assessments.NOW)
                        .build());

        String md = new MarkdownReport().render(a);
        String html = new HtmlReport().render(a);

        assertThat(md).doesNotContain("<script").doesNotContain("<img").doesNotContain("](http");
        assertThat(html).doesNotContain("<script").doesNotContain("<img");
        assertThat(html).contains("&lt;script&gt;alert(2)&lt;/script&gt;");
    }
}
