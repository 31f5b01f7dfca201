package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assess.Assessment;
import java.util.Locale;
import java.util.Set;
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
        assertThat(html).contains("<strong id=\"score\">" + Texts.score(a) + "</strong>");
        assertThat(html).contains("<section id=\"blocking\">");
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
        // 4 points (3 earlier + this build, 88.6) on a 0–100 axis 110 px high from y=10: 80 → 32, 100 → 10
        assertThat(html).contains("points=\"34,32.0 179,10.0 324,19.6 470,22.5\"");
        assertThat(html).contains("<title>2026-11-22 07:15 UTC: 80.0 CONDITIONAL_READY</title>");
        assertThat(html.split("<circle ", -1)).hasSize(4 + 1 + a.gateTrends().size() * 2);
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
