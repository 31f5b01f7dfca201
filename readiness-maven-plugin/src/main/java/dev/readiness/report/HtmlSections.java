package dev.readiness.report;

import dev.readiness.history.Trend;
import dev.readiness.policy.CounterKind;
import dev.readiness.view.ReportModel;
import dev.readiness.view.ReportModel.Cell;
import dev.readiness.view.ReportModel.Counts;
import dev.readiness.view.ReportModel.GateRow;
import dev.readiness.view.ReportModel.Offender;
import dev.readiness.view.ReportModel.TagRow;
import dev.readiness.view.ReportModel.TrendRow;
import java.util.List;
import java.util.Map;

/** The sections of {@code readiness.html} after the gate table: trend, modules, coverage, tests, advice. */
final class HtmlSections {
    private HtmlSections() {}

    static void th(HtmlWriter h, String cssClass, String text) {
        h.element("th").attr("class", cssClass).text(text).end();
    }

    static void num(HtmlWriter h, String text) {
        h.element("td").attr("class", "num").text(text).end();
    }

    private static void wrapNum(HtmlWriter h, String text) {
        h.element("td").attr("class", "num wrap").text(text).end();
    }

    private static void header(HtmlWriter h, String... names) {
        h.element("thead").element("tr");
        for (String name : names) {
            h.textElement("th", name);
        }
        h.end().end().nl();
    }

    /**
     * The score's trend and each gate's. A gate without a previous value has nothing to draw: those are named in one
     * sentence instead of one "insufficient data" row each (on a first run, every gate).
     */
    static void trend(HtmlWriter h, ReportModel a) {
        h.element("section").attr("id", "trend").nl();
        h.textElement("h2", "Trend").nl();
        boolean bars = false;
        Trend score = a.trend() == null ? null : a.trend().trend();
        List<Map.Entry<String, TrendRow>> drawn = a.gateTrends().entrySet().stream()
                .filter(e -> e.getValue().trend().previous() != null)
                .toList();
        List<String> withoutHistory = a.gateTrends().entrySet().stream()
                .filter(e -> e.getValue().trend().previous() == null)
                .map(Map.Entry::getKey)
                .toList();
        boolean firstScore =
                score == null || score.count() == 0 && a.scoreHistory().size() < 2;
        if (firstScore && drawn.isEmpty()) {
            // a first run: one sentence, not one "insufficient data" row per gate
            h.textElement(
                            "p",
                            "No earlier build in the history yet: the trends of the score and of each gate start with"
                                    + " the next recorded build (a direction needs " + Trend.MINIMUM_PREVIOUS
                                    + " previous builds).")
                    .nl()
                    .end()
                    .nl();
            return;
        }
        if (firstScore && score != null) {
            h.textElement("p", "Score: no earlier score in the history yet.").nl();
        } else if (score != null) {
            h.textElement("p", "Score " + a.trend().text() + ".").nl();
            if (a.scoreHistory().size() >= 2) {
                ScoreChart.draw(h, a.scoreHistory());
            } else {
                TrendChart.draw(h, "score", a.verdict().score(), a.trend());
                bars = true;
            }
        }
        if (!drawn.isEmpty()) {
            h.element("table").nl();
            header(h, "Gate", "Value", "Trend", "Range");
            h.element("tbody").nl();
            for (Map.Entry<String, TrendRow> e : drawn) {
                GateRow r = a.gates().stream()
                        .filter(g -> g.id().equals(e.getKey()))
                        .findFirst()
                        .orElse(null);
                h.element("tr").element("td").textElement("code", e.getKey()).end();
                num(h, r == null ? "-" : r.valueText());
                h.textElement("td", e.getValue().text());
                h.element("td");
                TrendChart.draw(h, e.getKey(), r == null ? null : r.value(), e.getValue());
                h.end();
                h.end().nl();
            }
            h.end().nl().end().nl(); // tbody, table
            bars = true;
        }
        if (!withoutHistory.isEmpty()) {
            h.element("p")
                    .attr("class", "muted")
                    .text("No earlier value in the history yet, so no trend for: " + String.join(", ", withoutHistory)
                            + ".")
                    .end()
                    .nl();
        }
        if (bars) {
            h.element("p")
                    .attr("class", "muted")
                    .text("The bar spans the lowest and highest value of the last " + Trend.WINDOW
                            + " builds and this one; the hollow mark is the previous value, the filled one this build.")
                    .end()
                    .nl();
        }
        h.end().nl();
    }

    static void coverage(HtmlWriter h, ReportModel.Coverage c) {
        h.element("section").attr("id", "coverage").nl();
        h.textElement("h2", "Coverage").nl();
        if (!c.available()) {
            h.element("p")
                    .attr("class", "s-MISSING")
                    .text("No coverage evidence: " + (c.missingReason() == null ? "" : c.missingReason()))
                    .end()
                    .nl()
                    .end()
                    .nl();
            return;
        }
        int files = c.execFiles().size();
        h.textElement(
                        "p",
                        c.analyzedClasses() + " classes with code analysed from " + files + " execution data file"
                                + (files == 1 ? "" : "s") + ".")
                .nl();
        h.element("table").nl().element("thead").element("tr").textElement("th", "Scope");
        for (CounterKind kind : CounterKind.values()) {
            h.textElement("th", kind.name());
        }
        h.end().end().nl();
        h.element("tbody").nl();
        counterRow(h, "all classes", c.overall());
        for (TagRow t : c.tags()) {
            counterRow(h, "tag " + t.tag(), t.counters());
        }
        h.end().nl().end().nl(); // tbody, table
        worst(h, "all classes", c.offenders());
        for (TagRow t : c.tags()) {
            if (t.matchedNothing()) {
                h.element("p")
                        .attr("class", "s-MISSING")
                        .text("Tag ")
                        .textElement("code", t.tag())
                        .text(" matches no analysed class or method.")
                        .end()
                        .nl();
            } else {
                worst(h, "tag " + t.tag(), t.offenders());
            }
        }
        if (!c.noMatchClasses().isEmpty()) {
            int n = c.noMatchClasses().size();
            h.element("p")
                    .attr("class", "s-MISSING")
                    .text(n + (n == 1 ? " class differs" : " classes differ")
                            + " from the ones the execution data was recorded for (counted as not covered):")
                    .end()
                    .nl()
                    .element("ul");
            Cap.list(c.noMatchClasses(), Cap.HTML, "classes")
                    .forEach(name -> h.element("li").textElement("code", name).end());
            h.end().nl();
        }
        h.end().nl();
    }

    static void mutation(HtmlWriter h, ReportModel.Mutation m) {
        h.element("section").attr("id", "mutation").nl();
        h.textElement("h2", "Mutation testing (PIT)").nl();
        h.element("p")
                .attr("class", m.available() ? "muted" : "s-MISSING")
                .text(m.summary())
                .end()
                .nl();
        if (m.available() && !m.tags().isEmpty()) {
            h.element("table").nl();
            header(h, "Tag", "Mutants", "Detected", "Covered");
            h.element("tbody").nl();
            for (ReportModel.MutationTag t : m.tags()) {
                h.element("tr").textElement("td", t.tag());
                num(h, String.valueOf(t.total()));
                num(h, String.valueOf(t.detected()));
                num(h, String.valueOf(t.covered()));
                h.end().nl();
            }
            h.end().nl().end().nl(); // tbody, table
        }
        mutants(h, "Surviving mutants", m.survivors(), m.survivorsTotal());
        mutants(h, "Mutants without test coverage", m.noCoverage(), m.noCoverageTotal());
        h.end().nl();
    }

    private static void mutants(HtmlWriter h, String title, List<ReportModel.MutantRow> rows, long total) {
        if (rows.isEmpty()) {
            return;
        }
        h.textElement("h3", title + " (" + total + ", worst classes first)").nl();
        h.element("ul").nl();
        List<String> lines =
                rows.stream().map(r -> r.className() + ": " + r.text()).toList();
        Cap.list(lines, Cap.HTML, "mutants")
                .forEach(line -> h.element("li").textElement("code", line).end().nl());
        if (total > rows.size() && lines.size() <= Cap.HTML) {
            h.element("li")
                    .text(Cap.more((int) (total - rows.size()), "mutants"))
                    .end()
                    .nl();
        }
        h.end().nl();
    }

    static void modules(HtmlWriter h, ReportModel.Reactor r) {
        h.element("section").attr("id", "modules").nl();
        h.textElement("h2", "Modules").nl();
        h.element("table").attr("class", "fixed").nl();
        h.element("thead").element("tr");
        th(h, "w-module", "Module");
        th(h, "w-path", "Path");
        th(h, "w-verdict", "Own verdict");
        th(h, "w-tests", "Unit tests");
        th(h, "w-tests", "Integration tests");
        th(h, "w-cov", "Line coverage");
        th(h, "w-cov", "Branch coverage");
        h.textElement("th", "Notes").end().end().nl();
        h.element("tbody").nl();
        for (ReportModel.Module m : r.modules()) {
            h.element("tr").textElement("td", m.name());
            h.element("td")
                    .textElement("code", m.path() == null || m.path().isEmpty() ? "." : m.path())
                    .end();
            h.textElement("td", m.verdictText());
            wrapNum(h, m.unitTestsText());
            wrapNum(h, m.integrationTestsText());
            wrapNum(h, m.lineCoverageText());
            wrapNum(h, m.branchCoverageText());
            h.textElement("td", m.notesText()).end().nl();
        }
        h.end().nl().end().nl(); // tbody, table
        if (r.partial()) {
            h.element("p")
                    .attr("class", "s-MISSING")
                    .text("Not in this build, so not in the verdict: " + String.join(", ", r.notInBuild()))
                    .end()
                    .nl();
        }
        h.end().nl();
    }

    private static void counterRow(HtmlWriter h, String scope, Map<CounterKind, Cell> counters) {
        h.element("tr").textElement("td", scope);
        for (Cell counter : counters.values()) {
            h.element("td").attr("class", "num");
            if (counter.total() == 0) {
                h.text("-");
            } else {
                h.text(counter.percentText())
                        .empty("br")
                        .element("span")
                        .attr("class", "muted")
                        .text(counter.covered() + " / " + counter.total())
                        .end();
            }
            h.end();
        }
        h.end().nl();
    }

    private static void worst(HtmlWriter h, String scope, List<Offender> offenders) {
        List<Offender> missed = offenders.stream()
                .filter(o -> o.missedLines() > 0)
                .limit(HtmlReport.WORST_CLASSES)
                .toList();
        if (missed.isEmpty()) {
            return;
        }
        h.element("details")
                .textElement("summary", "Most missed lines in " + scope)
                .nl();
        h.element("table").nl();
        header(h, "Class", "Missed lines", "Covered lines");
        h.element("tbody").nl();
        for (Offender o : missed) {
            h.element("tr")
                    .element("td")
                    .textElement("code", o.className() + (o.methodName() == null ? "" : "#" + o.methodName()))
                    .end();
            num(h, Long.toString(o.missedLines()));
            num(h, Long.toString(o.coveredLines()));
            h.end().nl();
        }
        h.end().nl().end().nl().end().nl(); // tbody, table, details
    }

    static void tests(HtmlWriter h, ReportModel a) {
        ReportModel.Tests t = a.tests();
        h.element("section").attr("id", "tests").nl();
        h.textElement("h2", "Tests").nl();
        h.element("table").nl();
        header(h, "Tests", "Total", "Passed", "Failed", "Errors", "Skipped", "Flaky");
        h.element("tbody").nl();
        countsRow(h, "all", t.all());
        countsRow(h, "Surefire", t.surefire());
        countsRow(h, "Failsafe", t.failsafe());
        for (Map.Entry<String, Counts> e : t.groups().entrySet()) {
            countsRow(h, "group " + e.getKey(), e.getValue());
        }
        h.end().nl().end().nl(); // tbody, table
        if (t.malformedReports() > 0) {
            h.element("p")
                    .attr("class", "s-MISSING")
                    .text(t.malformedReports() + " malformed report file(s), each counted as one erroring test case.")
                    .end()
                    .nl();
        }
        boolean heading = false;
        for (GateRow r : a.gates()) {
            if (!r.passRate() || r.details().isEmpty()) {
                continue;
            }
            if (!heading) {
                h.textElement("h3", "Tests that did not pass").nl();
                heading = true;
            }
            h.element("p").textElement("code", r.id()).end().nl();
            h.element("ul").attr("class", "failing").nl();
            r.details().forEach(d -> h.textElement("li", d).nl());
            h.end().nl();
        }
        h.end().nl();
    }

    private static void countsRow(HtmlWriter h, String name, Counts c) {
        h.element("tr").textElement("td", name);
        for (long n : new long[] {c.total(), c.passed(), c.failed(), c.errors(), c.skipped(), c.flaky()}) {
            num(h, Long.toString(n));
        }
        h.end().nl();
    }

    static void list(HtmlWriter h, String title, String id, List<String> items, boolean ordered) {
        if (items.isEmpty()) {
            return;
        }
        h.element("section").attr("id", id).nl();
        h.textElement("h2", title).nl();
        h.element(ordered ? "ol" : "ul").nl();
        Cap.list(items, Cap.HTML, id).forEach(i -> h.textElement("li", i).nl());
        h.end().nl().end().nl();
    }
}
