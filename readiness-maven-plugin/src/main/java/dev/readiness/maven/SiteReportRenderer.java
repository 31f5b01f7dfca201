package dev.readiness.maven;

import dev.readiness.assess.Assessment;
import dev.readiness.assess.GateResult;
import dev.readiness.assess.Percent;
import dev.readiness.evidence.coverage.Counter;
import dev.readiness.evidence.coverage.CounterKind;
import dev.readiness.evidence.coverage.Coverage;
import dev.readiness.evidence.coverage.CoverageEvidence;
import dev.readiness.evidence.coverage.Offender;
import dev.readiness.evidence.coverage.TagCoverage;
import dev.readiness.evidence.tests.TestCounts;
import dev.readiness.history.Trend;
import dev.readiness.policy.Metric;
import dev.readiness.report.HtmlReport;
import dev.readiness.report.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.doxia.sink.Sink;

/**
 * Renders an {@link Assessment} into a Doxia {@link Sink} for the Maven site, with the site's skin. Uses only Sink
 * methods present in both Doxia 1.11 (maven-site-plugin 3.12.x) and Doxia 2.0 (3.21.x); the Sink escapes text.
 */
final class SiteReportRenderer {
    private final Sink sink;

    SiteReportRenderer(Sink sink) {
        this.sink = sink;
    }

    /** A page that says why there is no verdict. */
    void renderNoEvidence(String title, String reason) {
        start(title);
        paragraph("No readiness verdict: " + reason + ".");
        end();
    }

    void render(String title, Assessment a) {
        start(title);
        sink.paragraph();
        sink.bold();
        sink.text(a.level().name());
        sink.bold_();
        sink.text(" — score " + Texts.score(a) + "; deployment " + Texts.approval(a) + ", confidence "
                + Texts.confidence(a) + "; " + Texts.measured(a) + ". Project "
                + a.project().groupId() + ":"
                + a.project().artifactId() + ":" + a.project().version()
                + (a.commit() == null ? "" : ", commit " + a.commit())
                + (a.branch() == null ? "" : " on " + a.branch()) + ".");
        sink.paragraph_();
        bullets("Blocking issues", a.blockingIssues());

        section("Gates");
        table(List.of("Gate", "Scope", "Status", "Value", "Required", "Weight", "Critical", "Result"));
        for (GateResult r : a.gates()) {
            List<String> result = new ArrayList<>();
            result.add(r.message());
            if (r.ratchet() != null) {
                result.add("no regression: " + r.ratchet().status() + " — "
                        + r.ratchet().message());
            }
            result.addAll(r.details());
            row(
                    r.gate().id(),
                    r.gate().scope(),
                    r.status().name() + (r.blocking() ? " (blocking)" : ""),
                    Texts.value(r),
                    Texts.required(r),
                    Percent.plain(r.gate().weight()),
                    r.gate().critical() ? "yes" : "no",
                    String.join(" · ", result));
        }
        tableEnd();
        sectionEnd();

        if (a.trend() != null || !a.gateTrends().isEmpty()) {
            section("Trend");
            if (a.trend() != null) {
                paragraph("Score " + Texts.trend(a.trend()) + ".");
            }
            if (!a.gateTrends().isEmpty()) {
                table(List.of("Gate", "Trend"));
                for (Map.Entry<String, Trend> e : a.gateTrends().entrySet()) {
                    row(e.getKey(), Texts.trend(e.getValue()));
                }
                tableEnd();
            }
            sectionEnd();
        }

        coverage(a.coverage());
        tests(a);
        if (!a.recommendations().isEmpty()) {
            section("Recommendations");
            sink.numberedList(Sink.NUMBERING_DECIMAL);
            for (String r : a.recommendations()) {
                sink.numberedListItem();
                sink.text(r);
                sink.numberedListItem_();
            }
            sink.numberedList_();
            sectionEnd();
        }
        bullets("Evidence warnings", a.warnings());
        paragraph("The same verdict is written to target/readiness/ by the check and report goals (readiness.json,"
                + " readiness.md, " + "readiness.html, badge.svg); the HTML page runs under the policy "
                + HtmlReport.CONTENT_SECURITY_POLICY + ".");
        end();
    }

    private void coverage(CoverageEvidence c) {
        section("Coverage");
        if (!c.available()) {
            paragraph("No coverage evidence: " + c.missingReason());
            sectionEnd();
            return;
        }
        paragraph(
                c.analyzedClasses() + " classes analysed from " + c.execFiles().size() + " execution data file(s).");
        List<String> header = new ArrayList<>();
        header.add("Scope");
        for (CounterKind kind : CounterKind.values()) {
            header.add(kind.name());
        }
        table(header);
        counterRow("all classes", c.overall());
        for (TagCoverage t : c.tags().values()) {
            counterRow("tag " + t.tag(), t.coverage());
        }
        tableEnd();
        worst("all classes", c.offenders());
        for (TagCoverage t : c.tags().values()) {
            if (t.matchedNothing()) {
                paragraph("Tag " + t.tag() + " matches no analysed class or method.");
            } else {
                worst("tag " + t.tag(), t.offenders());
            }
        }
        if (!c.noMatchClasses().isEmpty()) {
            bullets("Classes that differ from the execution data (counted as not covered)", c.noMatchClasses());
        }
        sectionEnd();
    }

    private void counterRow(String scope, Coverage coverage) {
        List<String> cells = new ArrayList<>();
        cells.add(scope);
        for (CounterKind kind : CounterKind.values()) {
            Counter counter = coverage.get(kind);
            cells.add(
                    counter.total() == 0
                            ? "-"
                            : Percent.display(Percent.of(counter.covered(), counter.total())) + " % ("
                                    + counter.covered() + " / " + counter.total() + ")");
        }
        row(cells.toArray(String[]::new));
    }

    private void worst(String scope, List<Offender> offenders) {
        List<Offender> missed = offenders.stream()
                .filter(o -> o.missedLines() > 0)
                .limit(HtmlReport.WORST_CLASSES)
                .toList();
        if (missed.isEmpty()) {
            return;
        }
        paragraph("Most missed lines in " + scope + ":");
        table(List.of("Class", "Missed lines", "Covered lines"));
        for (Offender o : missed) {
            row(
                    o.className() + (o.methodName() == null ? "" : "#" + o.methodName()),
                    Long.toString(o.missedLines()),
                    Long.toString(o.coveredLines()));
        }
        tableEnd();
    }

    private void tests(Assessment a) {
        section("Tests");
        table(List.of("Tests", "Total", "Passed", "Failed", "Errors", "Skipped", "Flaky"));
        countsRow("all", a.tests().all());
        countsRow("Surefire", a.tests().surefire());
        countsRow("Failsafe", a.tests().failsafe());
        for (Map.Entry<String, TestCounts> e : new TreeMap<>(a.tests().groups()).entrySet()) {
            countsRow("group " + e.getKey(), e.getValue());
        }
        tableEnd();
        for (GateResult r : a.gates()) {
            if (r.gate().metric() == Metric.PASS_RATE && !r.details().isEmpty()) {
                bullets("Tests that did not pass: " + r.gate().id(), r.details());
            }
        }
        sectionEnd();
    }

    private void countsRow(String name, TestCounts c) {
        row(
                name,
                Long.toString(c.total()),
                Long.toString(c.passed()),
                Long.toString(c.failed()),
                Long.toString(c.errors()),
                Long.toString(c.skipped()),
                Long.toString(c.flaky()));
    }

    private void start(String title) {
        sink.head();
        sink.title();
        sink.text(title);
        sink.title_();
        sink.head_();
        sink.body();
        sink.section1();
        sink.sectionTitle1();
        sink.text(title);
        sink.sectionTitle1_();
    }

    private void end() {
        sink.section1_();
        sink.body_();
        sink.flush();
    }

    private void section(String title) {
        sink.section2();
        sink.sectionTitle2();
        sink.text(title);
        sink.sectionTitle2_();
    }

    private void sectionEnd() {
        sink.section2_();
    }

    private void paragraph(String text) {
        sink.paragraph();
        sink.text(text);
        sink.paragraph_();
    }

    private void bullets(String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        paragraph(title + ":");
        sink.list();
        for (String item : items) {
            sink.listItem();
            sink.text(item);
            sink.listItem_();
        }
        sink.list_();
    }

    private void table(List<String> header) {
        int[] justification = new int[header.size()];
        Arrays.fill(justification, Sink.JUSTIFY_LEFT);
        sink.table();
        sink.tableRows(justification, true);
        sink.tableRow();
        for (String h : header) {
            sink.tableHeaderCell();
            sink.text(h);
            sink.tableHeaderCell_();
        }
        sink.tableRow_();
    }

    private void row(String... cells) {
        sink.tableRow();
        for (String c : cells) {
            sink.tableCell();
            sink.text(c);
            sink.tableCell_();
        }
        sink.tableRow_();
    }

    private void tableEnd() {
        sink.tableRows_();
        sink.table_();
    }
}
