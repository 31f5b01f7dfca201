package dev.readiness.report;

import static dev.readiness.report.Escape.html;

import dev.readiness.assess.Assessment;
import dev.readiness.assess.GateResult;
import dev.readiness.assess.GateStatus;
import dev.readiness.assess.ModuleSummary;
import dev.readiness.assess.Percent;
import dev.readiness.assess.ReactorSummary;
import dev.readiness.assess.TestSummary;
import dev.readiness.evidence.coverage.Counter;
import dev.readiness.evidence.coverage.Coverage;
import dev.readiness.evidence.coverage.CoverageEvidence;
import dev.readiness.evidence.coverage.Offender;
import dev.readiness.evidence.coverage.TagCoverage;
import dev.readiness.evidence.tests.TestCounts;
import dev.readiness.history.Trend;
import dev.readiness.policy.CounterKind;
import dev.readiness.policy.Metric;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders an {@link Assessment} as {@code readiness.html}: one self-contained page (inline CSS, inline SVG, no
 * script, no external resource) under a strict Content-Security-Policy. Every text from the evidence is escaped
 * ({@link Escape#html}), so a test named {@code <script>…} is shown, never run. Deterministic and
 * locale-independent.
 *
 * <p>The page leads with what to do: when the verdict is blocked, the blocking gates with their fix (the classes and
 * lines to cover, the tests to make pass) come right after the header, before the gate table; when it is not approved
 * without a blocking gate, the failed gates come there instead. Details of failing gates are open, of the others
 * closed. Tables have a fixed layout and break long identifiers, so the page does not scroll sideways at 1280 px.
 * Paths under the project root are shown relative to it ({@link ProjectPaths}).
 */
public final class HtmlReport {
    /** The page's policy: nothing may load or run; inline styles and data: images only. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    /** Worst classes listed per scope. */
    public static final int WORST_CLASSES = 10;

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:70rem;\
            padding:0 1rem;color:#1f2328;line-height:1.45;overflow-wrap:break-word}
            h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d0d7de}
            table{border-collapse:collapse;margin:.5rem 0;font-size:.92rem;max-width:100%}
            table.fixed{width:100%;table-layout:fixed}
            th,td{border:1px solid #d0d7de;padding:.3rem .6rem;text-align:left;vertical-align:top;overflow-wrap:anywhere;box-sizing:border-box}
            th{background:#f6f8fa;overflow-wrap:normal}td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}td.wrap{white-space:normal}
            .w-id{width:12%}.w-scope{width:10%}.w-status{width:11.5%}.w-value{width:7.5%}.w-num{width:8%}.w-small{width:6.5%}
            .w-module{width:11%}.w-path{width:15%}.w-verdict{width:17%}.w-tests{width:10%}.w-cov{width:9%}
            .level{display:inline-block;padding:.2rem .7rem;border-radius:.3rem;color:#fff;font-weight:600}
            .PRODUCTION_READY{background:#1a7f37}.CONDITIONAL_READY{background:#7d8b00}
            .NEEDS_IMPROVEMENT{background:#bf8700}.NOT_READY{background:#d1242f}.BLOCKED{background:#82071e}
            .s-PASSED{color:#1a7f37;font-weight:600}.s-FAILED{color:#d1242f;font-weight:600}
            .s-MISSING{color:#9a6700;font-weight:600}.s-NOT_CONFIGURED,.s-DISABLED,.s-SKIPPED,.s-INCONCLUSIVE{color:#656d76}
            .blocking{background:#ffebe9}code{font-size:.88rem;overflow-wrap:anywhere}
            section.fix{border:1px solid #ff8182;border-radius:.4rem;background:#fff8f7;padding:0 1rem .5rem}
            section.fix h2{margin-top:1rem}section.fix li,section.fix p{overflow-wrap:anywhere}ol.fix>li{margin:.6rem 0}ol.fix ul{margin:.2rem 0}
            .muted{color:#656d76}details{margin:.2rem 0}summary{cursor:pointer}svg{max-width:100%;height:auto}
            """;

    /** Details listed per gate in the leading fix list; the gate table and readiness.json have them all. */
    public static final int FIX_DETAILS = 20;

    private final Path root;

    /** A renderer that shows paths as the engine wrote them (absolute where it resolved them). */
    public HtmlReport() {
        this(null);
    }

    /**
     * A renderer that shows paths under the project root relative to it.
     *
     * @param root the project root (for a reactor verdict the reactor root), or {@code null} to keep paths as written
     */
    public HtmlReport(Path root) {
        this.root = root;
    }

    /** The page, ending with a newline. */
    public String render(Assessment a) {
        return ProjectPaths.relativise(page(a), root, Escape::html);
    }

    private static String page(Assessment a) {
        StringBuilder sb = new StringBuilder(16_384);
        String coordinates = a.project().groupId() + ":" + a.project().artifactId() + ":"
                + a.project().version();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
                .append(CONTENT_SECURITY_POLICY)
                .append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Readiness of ")
                .append(html(coordinates))
                .append("</title>\n<style>\n")
                .append(CSS)
                .append("</style>\n</head>\n<body>\n");

        verdict(sb, a, coordinates);
        fixFirst(sb, a);
        gates(sb, a);
        if (a.trend() != null || !a.gateTrends().isEmpty()) {
            trend(sb, a);
        }
        if (a.reactor() != null) {
            modules(sb, a.reactor());
        }
        coverage(sb, a.coverage());
        tests(sb, a);
        list(sb, "Recommendations", "recommendations", a.recommendations(), true);
        list(sb, "Evidence warnings", "warnings", a.warnings(), false);

        sb.append("<p class=\"muted\">Generated by readiness-maven-plugin; readiness.json schema ")
                .append(JsonReport.SCHEMA_VERSION)
                .append(".</p>\n</body>\n</html>\n");
        return sb.toString();
    }

    private static void verdict(StringBuilder sb, Assessment a, String coordinates) {
        sb.append("<header>\n<h1>Readiness of <code>")
                .append(html(coordinates))
                .append("</code></h1>\n<p><span id=\"level\" class=\"level ")
                .append(a.level().name())
                .append("\">")
                .append(a.level().name())
                .append("</span> score <strong id=\"score\">")
                .append(Texts.score(a))
                .append("</strong> — deployment ")
                .append(Texts.approval(a))
                .append(", confidence ")
                .append(Texts.confidence(a))
                .append("; ")
                .append(html(Texts.measured(a)))
                .append(".</p>\n<p class=\"muted\">Evaluated ")
                .append(DateTimeFormatter.ISO_INSTANT.format(a.timestamp().truncatedTo(ChronoUnit.SECONDS)));
        if (a.commit() != null) {
            sb.append(", commit <code>").append(html(a.commit())).append("</code>");
            if (a.branch() != null) {
                sb.append(" on <code>").append(html(a.branch())).append("</code>");
            }
        }
        sb.append(".</p>\n</header>\n");
    }

    /**
     * The first section after the header when there is something to fix: the blocking gates with their fix, or, when
     * nothing blocks but the verdict is not approved, the failed gates (heaviest first). Each item is the gate's
     * one-line message and its details: the classes with the most missed lines and the lines to cover, or the tests
     * that did not pass.
     */
    private static void fixFirst(StringBuilder sb, Assessment a) {
        List<GateResult> blocking =
                a.gates().stream().filter(GateResult::blocking).toList();
        List<String> otherIssues = a.blockingIssues().stream()
                .filter(i -> blocking.stream().noneMatch(r -> i.equals(r.message())))
                .toList();
        if (!blocking.isEmpty() || !otherIssues.isEmpty()) {
            sb.append("<section id=\"blocking\" class=\"fix\">\n<h2>Blocking issues: fix these first</h2>\n");
            fixList(sb, blocking, otherIssues, a.recommendations());
            sb.append("</section>\n");
            return;
        }
        List<GateResult> failed = a.gates().stream()
                .filter(r -> r.status() == GateStatus.FAILED)
                .sorted(Comparator.comparing((GateResult r) -> r.gate().weight())
                        .reversed())
                .toList();
        if (!a.deploymentApproved() && !failed.isEmpty()) {
            sb.append("<section id=\"fix\" class=\"fix\">\n<h2>Not approved: what to fix</h2>\n")
                    .append("<p>No gate blocks; the score is below the approved levels. These gates failed, the")
                    .append(" heaviest first:</p>\n");
            fixList(sb, failed, List.of(), a.recommendations());
            sb.append("</section>\n");
        }
    }

    private static void fixList(
            StringBuilder sb, List<GateResult> gates, List<String> otherIssues, List<String> recommendations) {
        sb.append("<ol class=\"fix\">\n");
        for (GateResult r : gates) {
            sb.append("<li><p><code>")
                    .append(html(r.gate().id()))
                    .append("</code> <span class=\"s-")
                    .append(r.status().name())
                    .append("\">")
                    .append(r.status().name())
                    .append("</span> ")
                    .append(r.value() == null ? "not measured" : html(Texts.value(r)))
                    .append(", required ")
                    .append(html(Texts.required(r)))
                    .append("</p>\n<p>")
                    .append(html(withoutId(r)))
                    .append("</p>\n");
            String remedy = r.details().isEmpty() ? remedy(r, recommendations) : null;
            if (remedy != null) {
                sb.append("<p>").append(html(remedy)).append("</p>\n");
            }
            if (!r.details().isEmpty()) {
                sb.append("<ul>\n");
                Cap.list(r.details(), FIX_DETAILS, "details")
                        .forEach(d -> sb.append("<li>").append(html(d)).append("</li>\n"));
                sb.append("</ul>\n");
            }
            sb.append("</li>\n");
        }
        Cap.list(otherIssues, Cap.HTML, "blocking issues")
                .forEach(i -> sb.append("<li>").append(html(i)).append("</li>\n"));
        sb.append("</ol>\n");
    }

    /**
     * The recommendation for a gate without details when it says more than the gate's message: e.g. for coverage
     * gates without execution data, how to attach the JaCoCo agent. Recommendations start with the ids they are for
     * ({@code a, b: text}).
     */
    private static String remedy(GateResult r, List<String> recommendations) {
        for (String rec : recommendations) {
            int colon = rec.indexOf(": ");
            if (colon > 0
                    && List.of(rec.substring(0, colon).split(", "))
                            .contains(r.gate().id())
                    && !rec.equals(r.message())) {
                return rec.substring(colon + 2);
            }
        }
        return null;
    }

    /**
     * The gate's message without the {@code id: } and {@code STATUS — } it starts with (the item names both already).
     */
    private static String withoutId(GateResult r) {
        String message = r.message();
        String id = r.gate().id() + ": ";
        message = message.startsWith(id) ? message.substring(id.length()) : message;
        String status = r.status().name() + " — ";
        return message.startsWith(status) ? message.substring(status.length()) : message;
    }

    private static void gates(StringBuilder sb, Assessment a) {
        sb.append("<section id=\"gates\">\n<h2>Gates</h2>\n<table class=\"fixed\">\n<thead><tr>")
                .append("<th class=\"w-id\">Gate</th><th class=\"w-scope\">Scope</th>")
                .append("<th class=\"w-status\">Status</th><th class=\"w-value\">Value</th>")
                .append("<th class=\"w-num\">Required</th><th class=\"w-small\">Weight</th>")
                .append("<th class=\"w-small\">Critical</th><th>Result</th></tr></thead>\n<tbody>\n");
        for (GateResult r : a.gates()) {
            sb.append("<tr")
                    .append(r.blocking() ? " class=\"blocking\"" : "")
                    .append("><td><code>")
                    .append(html(r.gate().id()))
                    .append("</code></td><td>")
                    .append(html(r.gate().scope()))
                    .append("</td><td class=\"s-")
                    .append(r.status().name())
                    .append("\">")
                    .append(r.status().name().replace("_", "_<wbr>")) // NOT_CONFIGURED breaks at the underscore
                    .append(r.blocking() ? " (blocking)" : "")
                    .append("</td><td class=\"num\">")
                    .append(html(Texts.value(r)))
                    .append("</td><td class=\"num\">")
                    .append(html(Texts.required(r)))
                    .append("</td><td class=\"num\">")
                    .append(Percent.plain(r.gate().weight()))
                    .append("</td><td>")
                    .append(r.gate().critical() ? "yes" : "no")
                    .append("</td><td>")
                    .append(html(r.message()));
            if (r.ratchet() != null) {
                sb.append("<br><span class=\"muted\">no regression: ")
                        .append(html(r.ratchet().status().name()))
                        .append(" — ")
                        .append(html(r.ratchet().message()))
                        .append("</span>");
            }
            if (!r.details().isEmpty()) {
                // open where there is something to fix, closed where the gate passed or was not measured
                boolean open = r.blocking() || r.status() == GateStatus.FAILED;
                sb.append(open ? "<details open><summary>" : "<details><summary>")
                        .append(r.details().size())
                        .append(r.details().size() == 1 ? " detail" : " details")
                        .append("</summary><ul>");
                r.details().forEach(d -> sb.append("<li>").append(html(d)).append("</li>"));
                sb.append("</ul></details>");
            }
            sb.append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n</section>\n");
    }

    /**
     * The score's trend and each gate's. A gate without a previous value has nothing to draw: those are named in one
     * sentence instead of one "insufficient data" row each (on a first run, every gate).
     */
    private static void trend(StringBuilder sb, Assessment a) {
        sb.append("<section id=\"trend\">\n<h2>Trend</h2>\n");
        boolean bars = false;
        Trend score = a.trend();
        List<Map.Entry<String, Trend>> drawn = a.gateTrends().entrySet().stream()
                .filter(e -> e.getValue().previous() != null)
                .toList();
        List<String> withoutHistory = a.gateTrends().entrySet().stream()
                .filter(e -> e.getValue().previous() == null)
                .map(Map.Entry::getKey)
                .toList();
        boolean firstScore =
                score == null || score.count() == 0 && a.scoreHistory().size() < 2;
        if (firstScore && drawn.isEmpty()) {
            // a first run: one sentence, not one "insufficient data" row per gate
            sb.append("<p>No earlier build in the history yet: the trends of the score and of each gate start with")
                    .append(" the next recorded build (a direction needs ")
                    .append(Trend.MINIMUM_PREVIOUS)
                    .append(" previous builds).</p>\n</section>\n");
            return;
        }
        if (firstScore && score != null) {
            sb.append("<p>Score: no earlier score in the history yet.</p>\n");
        } else if (score != null) {
            sb.append("<p>Score ").append(html(Texts.trend(score))).append(".</p>\n");
            if (a.scoreHistory().size() >= 2) {
                sb.append(ScoreChart.svg(a.scoreHistory()));
            } else {
                sb.append(TrendChart.svg("score", a.score(), score));
                bars = true;
            }
        }
        if (!drawn.isEmpty()) {
            sb.append("<table>\n<thead><tr><th>Gate</th><th>Value</th><th>Trend</th><th>Range</th></tr></thead>\n")
                    .append("<tbody>\n");
            for (Map.Entry<String, Trend> e : drawn) {
                GateResult r = a.gates().stream()
                        .filter(g -> g.gate().id().equals(e.getKey()))
                        .findFirst()
                        .orElse(null);
                sb.append("<tr><td><code>")
                        .append(html(e.getKey()))
                        .append("</code></td><td class=\"num\">")
                        .append(r == null ? "-" : html(Texts.value(r)))
                        .append("</td><td>")
                        .append(html(Texts.trend(e.getValue())))
                        .append("</td><td>")
                        .append(TrendChart.svg(e.getKey(), r == null ? null : r.value(), e.getValue()))
                        .append("</td></tr>\n");
            }
            sb.append("</tbody>\n</table>\n");
            bars = true;
        }
        if (!withoutHistory.isEmpty()) {
            sb.append("<p class=\"muted\">No earlier value in the history yet, so no trend for: ")
                    .append(html(String.join(", ", withoutHistory)))
                    .append(".</p>\n");
        }
        if (bars) {
            sb.append("<p class=\"muted\">The bar spans the lowest and highest value of the last ")
                    .append(Trend.WINDOW)
                    .append(
                            " builds and this one; the hollow mark is the previous value, the filled one this build.</p>\n");
        }
        sb.append("</section>\n");
    }

    private static void coverage(StringBuilder sb, CoverageEvidence c) {
        sb.append("<section id=\"coverage\">\n<h2>Coverage</h2>\n");
        if (!c.available()) {
            sb.append("<p class=\"s-MISSING\">No coverage evidence: ")
                    .append(html(c.missingReason()))
                    .append("</p>\n</section>\n");
            return;
        }
        sb.append("<p>")
                .append(c.analyzedClasses())
                .append(" classes with code analysed from ")
                .append(c.execFiles().size())
                .append(" execution data file")
                .append(c.execFiles().size() == 1 ? "" : "s")
                .append(".</p>\n");
        sb.append("<table>\n<thead><tr><th>Scope</th>");
        for (CounterKind kind : CounterKind.values()) {
            sb.append("<th>").append(kind.name()).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        counterRow(sb, "all classes", c.overall());
        for (TagCoverage t : c.tags().values()) {
            counterRow(sb, "tag " + t.tag(), t.coverage());
        }
        sb.append("</tbody>\n</table>\n");
        worst(sb, "all classes", c.offenders());
        for (TagCoverage t : c.tags().values()) {
            if (t.matchedNothing()) {
                sb.append("<p class=\"s-MISSING\">Tag <code>")
                        .append(html(t.tag()))
                        .append("</code> matches no analysed class or method.</p>\n");
            } else {
                worst(sb, "tag " + t.tag(), t.offenders());
            }
        }
        if (!c.noMatchClasses().isEmpty()) {
            sb.append("<p class=\"s-MISSING\">")
                    .append(c.noMatchClasses().size())
                    .append(c.noMatchClasses().size() == 1 ? " class differs" : " classes differ")
                    .append(" from the ones the execution data was recorded for (counted as not")
                    .append(" covered):</p>\n<ul>");
            Cap.list(c.noMatchClasses(), Cap.HTML, "classes")
                    .forEach(n -> sb.append("<li><code>").append(html(n)).append("</code></li>"));
            sb.append("</ul>\n");
        }
        sb.append("</section>\n");
    }

    private static void modules(StringBuilder sb, ReactorSummary r) {
        sb.append("<section id=\"modules\">\n<h2>Modules</h2>\n<table class=\"fixed\">\n<thead><tr>")
                .append("<th class=\"w-module\">Module</th><th class=\"w-path\">Path</th>")
                .append("<th class=\"w-verdict\">Own verdict</th><th class=\"w-tests\">Unit tests</th>")
                .append("<th class=\"w-tests\">Integration tests</th><th class=\"w-cov\">Line coverage</th>")
                .append("<th class=\"w-cov\">Branch coverage</th><th>Notes</th></tr></thead>\n<tbody>\n");
        for (ModuleSummary m : r.modules()) {
            sb.append("<tr><td>")
                    .append(html(m.name()))
                    .append("</td><td><code>")
                    .append(html(m.path() == null || m.path().isEmpty() ? "." : m.path()))
                    .append("</code></td><td>")
                    .append(html(Texts.moduleVerdict(m)))
                    .append("</td><td class=\"num wrap\">")
                    .append(html(Texts.moduleTests(m.unitTests())))
                    .append("</td><td class=\"num wrap\">")
                    .append(html(Texts.moduleTests(m.integrationTests())))
                    .append("</td><td class=\"num wrap\">")
                    .append(html(Texts.moduleCoverage(m, CounterKind.LINE)))
                    .append("</td><td class=\"num wrap\">")
                    .append(html(Texts.moduleCoverage(m, CounterKind.BRANCH)))
                    .append("</td><td>")
                    .append(html(Texts.moduleNotes(m)))
                    .append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
        if (r.partial()) {
            sb.append("<p class=\"s-MISSING\">Not in this build, so not in the verdict: ")
                    .append(html(String.join(", ", r.notInBuild())))
                    .append("</p>\n");
        }
        sb.append("</section>\n");
    }

    private static void counterRow(StringBuilder sb, String scope, Coverage coverage) {
        sb.append("<tr><td>").append(html(scope)).append("</td>");
        for (CounterKind kind : CounterKind.values()) {
            Counter counter = coverage.get(kind);
            sb.append("<td class=\"num\">");
            if (counter.total() == 0) {
                sb.append("-");
            } else {
                sb.append(Percent.display(Percent.of(counter.covered(), counter.total())))
                        .append(" %<br><span class=\"muted\">")
                        .append(counter.covered())
                        .append(" / ")
                        .append(counter.total())
                        .append("</span>");
            }
            sb.append("</td>");
        }
        sb.append("</tr>\n");
    }

    private static void worst(StringBuilder sb, String scope, List<Offender> offenders) {
        List<Offender> missed = offenders.stream()
                .filter(o -> o.missedLines() > 0)
                .limit(WORST_CLASSES)
                .toList();
        if (missed.isEmpty()) {
            return;
        }
        sb.append("<details><summary>Most missed lines in ")
                .append(html(scope))
                .append("</summary>\n<table>\n<thead><tr><th>Class</th><th>Missed lines</th>")
                .append("<th>Covered lines</th></tr></thead>\n<tbody>\n");
        for (Offender o : missed) {
            sb.append("<tr><td><code>")
                    .append(html(o.className() + (o.methodName() == null ? "" : "#" + o.methodName())))
                    .append("</code></td><td class=\"num\">")
                    .append(o.missedLines())
                    .append("</td><td class=\"num\">")
                    .append(o.coveredLines())
                    .append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n</details>\n");
    }

    private static void tests(StringBuilder sb, Assessment a) {
        TestSummary t = a.tests();
        sb.append("<section id=\"tests\">\n<h2>Tests</h2>\n<table>\n<thead><tr><th>Tests</th><th>Total</th>")
                .append("<th>Passed</th><th>Failed</th><th>Errors</th><th>Skipped</th><th>Flaky</th></tr></thead>\n")
                .append("<tbody>\n");
        countsRow(sb, "all", t.all());
        countsRow(sb, "Surefire", t.surefire());
        countsRow(sb, "Failsafe", t.failsafe());
        for (Map.Entry<String, TestCounts> e : new TreeMap<>(t.groups()).entrySet()) {
            countsRow(sb, "group " + e.getKey(), e.getValue());
        }
        sb.append("</tbody>\n</table>\n");
        if (t.malformedReports() > 0) {
            sb.append("<p class=\"s-MISSING\">")
                    .append(t.malformedReports())
                    .append(" malformed report file(s), each counted as one erroring test case.</p>\n");
        }
        boolean heading = false;
        for (GateResult r : a.gates()) {
            if (r.gate().metric() != Metric.PASS_RATE || r.details().isEmpty()) {
                continue;
            }
            if (!heading) {
                sb.append("<h3>Tests that did not pass</h3>\n");
                heading = true;
            }
            sb.append("<p><code>").append(html(r.gate().id())).append("</code></p>\n<ul class=\"failing\">\n");
            r.details().forEach(d -> sb.append("<li>").append(html(d)).append("</li>\n"));
            sb.append("</ul>\n");
        }
        sb.append("</section>\n");
    }

    private static void countsRow(StringBuilder sb, String name, TestCounts c) {
        sb.append(String.format(
                Locale.ROOT,
                "<tr><td>%s</td><td class=\"num\">%d</td><td class=\"num\">%d</td><td class=\"num\">%d</td>"
                        + "<td class=\"num\">%d</td><td class=\"num\">%d</td><td class=\"num\">%d</td></tr>\n",
                html(name),
                c.total(),
                c.passed(),
                c.failed(),
                c.errors(),
                c.skipped(),
                c.flaky()));
    }

    private static void list(StringBuilder sb, String title, String id, List<String> items, boolean ordered) {
        if (items.isEmpty()) {
            return;
        }
        String tag = ordered ? "ol" : "ul";
        sb.append("<section id=\"")
                .append(id)
                .append("\">\n<h2>")
                .append(title)
                .append("</h2>\n<")
                .append(tag)
                .append(">\n");
        Cap.list(items, Cap.HTML, id)
                .forEach(i -> sb.append("<li>").append(html(i)).append("</li>\n"));
        sb.append("</").append(tag).append(">\n</section>\n");
    }
}
