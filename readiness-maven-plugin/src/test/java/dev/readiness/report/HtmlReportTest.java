package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assess.Assessment;
import dev.readiness.assess.ModuleSummary;
import dev.readiness.assess.ReactorSummary;
import dev.readiness.history.Trend;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
    private static final Set<String> OWN_ELEMENTS = Set.of(
            "html",
            "head",
            "meta",
            "title",
            "style",
            "body",
            "header",
            "h1",
            "h2",
            "h3",
            "p",
            "span",
            "strong",
            "code",
            "section",
            "table",
            "thead",
            "tbody",
            "tr",
            "th",
            "td",
            "br",
            "details",
            "summary",
            "ul",
            "ol",
            "li",
            "svg",
            "line",
            "rect",
            "circle",
            "wbr",
            "polyline",
            "text");
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9]*)([^>]*)>");

    private final HtmlReport report = new HtmlReport();

    @Test
    void isOneSelfContainedPageUnderAStrictContentSecurityPolicy() {
        String html = report.render(Assessments.hostile());

        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
        assertThat(html)
                .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src"
                        + " 'unsafe-inline'; img-src data:\">");
        assertThat(html).doesNotContain("<script").doesNotContain("@import").doesNotContain("url(http");
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            assertThat(m.group(3)).as(m.group()).doesNotContainPattern("(?i)\\b(src|href|action)\\s*=");
        }
        assertThat(html).endsWith("</html>\n");
    }

    @Test
    void evidenceIsEscapedSoOnlyOurOwnElementsExist() {
        String html = report.render(Assessments.hostile());

        Set<String> elements = new TreeSet<>();
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            elements.add(m.group(2).toLowerCase(Locale.ROOT));
            assertThat(m.group(3)).as(m.group()).doesNotContainPattern("(?i)\\son[a-z]+\\s*=");
        }
        assertThat(OWN_ELEMENTS).containsAll(elements);
        assertThat(html)
                .contains("com.acme.EvilTest.&lt;script&gt;alert(1)&lt;/script&gt; failed")
                .contains("&lt;img src=x onerror=alert(2)&gt;")
                .contains("&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;svg onload=alert(4)&gt;")
                .contains("feature/&lt;i&gt;x&lt;/i&gt;")
                .contains("com.acme.control.&lt;Pid&gt;Loop");
    }

    @Test
    void showsVerdictGatesCoverageByTagAndFailingTests() {
        Assessment a = Assessments.hostile();
        String html = report.render(a);

        assertThat(html).contains("<span id=\"level\" class=\"level BLOCKED\">BLOCKED</span>");
        assertThat(html).contains("<strong id=\"score\">" + dev.readiness.view.Texts.score(a) + "</strong>");
        assertThat(html).contains("<section id=\"blocking\" class=\"fix\">");
        assertThat(html).contains("<td>tag critical</td>").contains("<td>tag safety-critical</td>");
        assertThat(html).contains("Most missed lines in tag critical");
        assertThat(html).contains("<h3>Tests that did not pass</h3>");
        assertThat(html).contains("com.acme.Stale");
        for (var r : a.gates()) {
            assertThat(html).contains("<code>" + Escape.html(r.gate().id()) + "</code>");
        }
    }

    @Test
    void drawsTheTrendChartOnlyWhenHistoryExists() {
        String withHistory = report.render(Assessments.hostile());
        String without = report.render(Assessments.passing());

        assertThat(withHistory).contains("<section id=\"trend\">").contains("<svg class=\"trend\"");
        assertThat(withHistory).contains("<circle cx=\"192.5\""); // previous 91.25 → 10 + 2 × 91.25
        assertThat(without).doesNotContain("id=\"trend\"").doesNotContain("<svg");
    }

    @Test
    void drawsTheScoreOfTheLastBuildsAsALineWhenTheHistoryHasThem() {
        Assessment a = Assessments.withScores(Assessments.hostile(), "80", "100", "91.25");
        String html = report.render(a);

        assertThat(html)
                .contains("<section id=\"trend\">\n<h2>Trend</h2>\n<p>Score ")
                .contains("<svg class=\"score-chart\"");
        // 4 points (3 earlier + this build, 88.6) on an axis 110 px high from y=10 that spans the scores padded by a
        // tenth of their spread and rounded out to steps of 5: 75–100, so 80 → 98, 100 → 10, 91.25 → 48.5
        assertThat(html).contains("points=\"34,98.0 171,10.0 308,48.5 446,60.1\"");
        assertThat(html).contains(">75</text>").contains(">100</text>").doesNotContain(">0</text>");
        assertThat(html).contains("<title>2026-11-22 07:15 UTC: 80.0 CONDITIONAL_READY</title>");
        assertThat(html.split("<circle ", -1)).hasSize(4 + 1 + a.gateTrends().size() * 2);
    }

    @Test
    void blockedPageLeadsWithTheBlockingGatesAndTheirFixBeforeTheGateTable() {
        String html = report.render(Assessments.blockedWithLongNames());

        String afterHeader = html.substring(html.indexOf("</header>"));
        assertThat(afterHeader).startsWith("</header>\n<section id=\"blocking\" class=\"fix\">");
        String blocking = afterHeader.substring(0, afterHeader.indexOf("</section>"));
        // the fix: the class with its missed lines, and the failing tests by name
        assertThat(blocking)
                .contains("<code>critical-component-coverage</code> <span class=\"s-FAILED\">FAILED</span>")
                .contains(Assessments.LONG_CLASS + ": 57 lines missed (X.java lines 12-14, 20, 31-32, 40)")
                .contains("<code>test-pass-rate</code>")
                .contains(Assessments.LONG_CLASS
                        + "Test.convergesWithinToleranceWhenTheGyroscopeDriftsBeyondTheCalibratedEnvelope2 failed")
                .doesNotContain("overall-test-coverage"); // failed, but does not block
        assertThat(html.indexOf("<section id=\"blocking\"")).isLessThan(html.indexOf("<section id=\"gates\">"));
    }

    @Test
    void aBlockingGateWithoutEvidenceSaysItWasNotMeasuredAndHowToGetTheEvidence() throws Exception {
        String html = new HtmlReport(Assessments.RESOURCES).render(Assessments.allMissing());
        String blocking = html.substring(html.indexOf("<section id=\"blocking\""));
        blocking = blocking.substring(0, blocking.indexOf("</section>"));

        assertThat(blocking)
                .contains("<li><p><code>test-pass-rate</code> <span class=\"s-MISSING\">MISSING</span> not measured,"
                        + " required &gt;= 95 %</p>\n<p>no Surefire reports (TEST-*.xml) in target/surefire-reports;")
                .doesNotContain("MISSING —");
        // the coverage gates' message names what is missing; the recommendation says how to get it
        assertThat(blocking)
                .contains("<p>No JaCoCo execution data: nothing matches target/jacoco*.exec in does-not-exist</p>\n"
                        + "<p>No JaCoCo execution data: nothing matches target/jacoco*.exec in does-not-exist."
                        + " Attach the JaCoCo agent");
        assertThat(html).contains("<td class=\"s-NOT_CONFIGURED\">NOT_<wbr>CONFIGURED</td>");
    }

    @Test
    void notApprovedWithoutABlockingGateLeadsWithTheFailedGatesHeaviestFirst() {
        Assessment a = Assessments.notApproved();
        String html = report.render(a);

        assertThat(a.deploymentApproved()).isFalse();
        assertThat(a.blockingIssues()).isEmpty();
        assertThat(html).doesNotContain("id=\"blocking\"");
        String afterHeader = html.substring(html.indexOf("</header>"));
        assertThat(afterHeader).startsWith("</header>\n<section id=\"fix\" class=\"fix\">");
        String fix = afterHeader.substring(0, afterHeader.indexOf("</section>"));
        assertThat(fix.indexOf("<code>critical-component-coverage</code>"))
                .isPositive()
                .isLessThan(fix.indexOf("<code>overall-test-coverage</code>")); // weight 0.2 before 0.15
        assertThat(report.render(Assessments.passing()))
                .doesNotContain("id=\"fix\"")
                .doesNotContain("id=\"blocking\"");
    }

    @Test
    void detailsAreOpenForFailingGatesAndClosedForTheOthers() {
        String html = report.render(Assessments.hostile());
        List<String> rows = Arrays.stream(html.split("\n"))
                .filter(l -> l.startsWith("<tr") && l.contains("<details"))
                .toList();

        assertThat(rows).isNotEmpty();
        assertThat(rows)
                .filteredOn(r -> r.contains("s-FAILED"))
                .isNotEmpty()
                .allMatch(r -> r.contains("<details open>"));
        assertThat(rows).filteredOn(r -> !r.contains("s-FAILED")).allMatch(r -> !r.contains("<details open>"));
        assertThat(html).contains("<details><summary>Most missed lines in all classes</summary>");
    }

    @Test
    void firstRunSaysOnceThatThereIsNoHistoryInsteadOfARowPerGate() {
        Assessment a = Assessments.firstRun(Assessments.hostile());
        String html = report.render(a);

        assertThat(a.gateTrends()).hasSizeGreaterThan(3);
        String trend = html.substring(html.indexOf("<section id=\"trend\">"));
        trend = trend.substring(0, trend.indexOf("</section>"));
        assertThat(trend)
                .contains("No earlier build in the history yet")
                .doesNotContain("insufficient data")
                .doesNotContain("<table")
                .doesNotContain("<svg");
        assertThat(trend.split("<p", -1)).hasSize(2);
    }

    @Test
    void gatesWithoutAnEarlierValueAreNamedInOneLineNextToTheDrawnTrends() {
        Assessment h = Assessments.hostile();
        Map<String, Trend> trends = new TreeMap<>(h.gateTrends());
        trends.put("test-pass-rate", Trend.of(List.of(), h.gates().get(3).value()));
        trends.put(
                "safety-critical-coverage", Trend.of(List.of(), h.gates().get(2).value()));
        String html = report.render(Assessments.withHistory(h, h.trend(), trends, null, null));

        assertThat(html)
                .contains("<tr><td><code>overall-test-coverage</code>")
                .contains("No earlier value in the history yet, so no trend for: safety-critical-coverage,"
                        + " test-pass-rate.")
                .doesNotContain("<tr><td><code>test-pass-rate</code>");
    }

    @Test
    void theScoreChartScalesToTheScoresSoSmallChangesShow() {
        Assessment a = Assessments.withScores(Assessments.hostile(), "88.5", "88.9", "89.1");
        String chart = report.render(a);
        chart = chart.substring(chart.indexOf("<svg class=\"score-chart\""), chart.indexOf("</svg>"));

        // scores 88.5–89.1 (this build 88.6): the axis spans 88–90 in half points, not 0–100
        List<String> labels = new ArrayList<>();
        Matcher m = Pattern.compile("dy=\"4\" font-size=\"10\" text-anchor=\"end\" fill=\"#57606a\">([0-9.]+)</text>")
                .matcher(chart);
        while (m.find()) {
            labels.add(m.group(1));
        }
        assertThat(labels).containsExactly("88", "88.5", "89", "89.5", "90");
        assertThat(labels).hasSizeLessThanOrEqualTo(ScoreChart.MAX_TICKS + 1);
        assertThat(chart).doesNotContain("&#8805;95"); // the threshold guide is outside the axis
    }

    @Test
    void theScoreChartAxisHasAtMostSixLabelsAndShowsTheThresholdsInside() {
        Assessment a = Assessments.withScores(Assessments.hostile(), "12", "100", "55", "3");
        String chart = report.render(a);
        chart = chart.substring(chart.indexOf("<svg class=\"score-chart\""), chart.indexOf("</svg>"));

        // tick labels only (the time labels have no dy): 0, 20, …, 100
        assertThat(chart.split("dy=\"4\" font-size=\"10\" text-anchor=\"end\"", -1))
                .hasSizeBetween(3, ScoreChart.MAX_TICKS + 2);
        assertThat(chart).contains(">0</text>").contains(">100</text>");
        assertThat(chart).contains("&#8805;70").contains("&#8805;85").contains("&#8805;95");
    }

    @Test
    void pathsUnderTheProjectRootAreShownRelativeToIt() throws Exception {
        Assessment a = Assessments.blockedWithLongNames();
        String relative = new HtmlReport(Assessments.CHECKOUT).render(a);
        String asWritten = new HtmlReport().render(a);

        assertThat(asWritten).contains(Assessments.CHECKOUT.toString());
        assertThat(relative)
                .doesNotContain(Assessments.CHECKOUT.toString())
                .contains("malformed test report platform/flight-control/guidance-navigation-and-control/"
                        + "attitude-determination/target/surefire-reports/TEST-")
                .contains("no JaCoCo execution data of its own (tools/code-generation/"
                        + "interface-control-document-compiler/target/jacoco.exec)");
        assertThat(new HtmlReport(Assessments.RESOURCES).render(Assessments.allMissing()))
                .doesNotContain(Assessments.RESOURCES.toString())
                .contains("nothing matches target/jacoco*.exec in does-not-exist");
    }

    @Test
    void theModuleTableGivesThePathColumnAWidthAndTheRootModuleADot() {
        Assessment a = Assessments.blockedWithLongNames();
        List<ModuleSummary> modules = new ArrayList<>(a.reactor().modules());
        ModuleSummary first = modules.get(0);
        modules.set(
                0,
                new ModuleSummary(
                        "root",
                        "",
                        "pom",
                        first.verdict(),
                        first.unitTests(),
                        first.integrationTests(),
                        first.coverage(),
                        true,
                        List.of()));
        String html = report.render(a.withReactor(new ReactorSummary(modules, List.of())));

        assertThat(html)
                .contains("<table class=\"fixed\">\n<thead><tr><th class=\"w-module\">Module</th>"
                        + "<th class=\"w-path\">Path</th>")
                .contains("<tr><td>root</td><td><code>.</code></td>");
    }

    @Test
    void explainsMissingCoverage() {
        assertThat(report.render(Assessments.coverageUnavailable()))
                .contains("No coverage evidence: no JaCoCo execution data (target/jacoco*.exec)");
    }

    @Test
    void sameAssessmentGivesIdenticalOutputInAnyLocale() throws Exception {
        Assessment a = Assessments.real();
        String first = report.render(a);
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(report.render(a)).isEqualTo(first);
            assertThat(report.render(Assessments.hostile())).isEqualTo(withRootLocale());
        } finally {
            Locale.setDefault(before);
        }
        assertThat(first).doesNotContainPattern("\\d,\\d %");
    }

    private String withRootLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ROOT);
            return report.render(Assessments.hostile());
        } finally {
            Locale.setDefault(before);
        }
    }
}
