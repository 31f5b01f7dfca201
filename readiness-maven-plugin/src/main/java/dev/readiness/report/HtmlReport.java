package dev.readiness.report;

import dev.readiness.assess.Assessment;
import dev.readiness.assess.GateStatus;
import dev.readiness.view.ReportModel;
import dev.readiness.view.ReportModel.GateRow;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * Renders an {@link Assessment} as {@code readiness.html}: one self-contained page (inline CSS, inline SVG, no
 * script, no external resource) under a strict Content-Security-Policy. The page is written element by element through
 * {@link HtmlWriter}, which escapes every text and attribute value by construction, so a test named {@code <script>…}
 * is shown, never run. Deterministic and locale-independent.
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
        return render(ReportModel.of(a, root));
    }

    /** The page of a model, ending with a newline. */
    public String render(ReportModel m) {
        return ProjectPaths.relativise(page(m), root, Escape::html);
    }

    private static String page(ReportModel a) {
        StringBuilder sb = new StringBuilder(16_384);
        HtmlWriter h = new HtmlWriter(sb);
        String coordinates = a.verdict().coordinates();
        h.markup("<!DOCTYPE html>").nl().element("html").attr("lang", "en").nl();
        h.element("head").nl();
        h.empty("meta").attr("charset", "utf-8").nl();
        h.empty("meta")
                .attr("http-equiv", "Content-Security-Policy")
                .attr("content", CONTENT_SECURITY_POLICY)
                .nl();
        h.empty("meta")
                .attr("name", "viewport")
                .attr("content", "width=device-width, initial-scale=1")
                .nl();
        h.textElement("title", "Readiness of " + coordinates).nl();
        h.element("style").nl().markup(CSS).end().nl();
        h.end().nl(); // head
        h.element("body").nl();

        verdict(h, a.verdict());
        fixFirst(h, a);
        gates(h, a);
        if (a.trend() != null || !a.gateTrends().isEmpty()) {
            HtmlSections.trend(h, a);
        }
        if (a.reactor() != null) {
            HtmlSections.modules(h, a.reactor());
        }
        HtmlSections.coverage(h, a.coverage());
        ChangedLinesSection.html(h, a.changedLines());
        HtmlSections.tests(h, a);
        if (a.mutation() != null) {
            HtmlSections.mutation(h, a.mutation());
        }
        HtmlSections.list(h, "Recommendations", "recommendations", a.recommendations(), true);
        HtmlSections.list(h, "Evidence warnings", "warnings", a.warnings(), false);

        h.element("p")
                .attr("class", "muted")
                .text("Generated by readiness-maven-plugin; readiness.json schema " + JsonReport.SCHEMA_VERSION + ".")
                .end()
                .nl();
        h.end().nl(); // body
        h.endAll("html");
        h.nl();
        return sb.toString();
    }

    private static void verdict(HtmlWriter h, ReportModel.Verdict v) {
        h.element("header").nl();
        h.element("h1")
                .text("Readiness of ")
                .textElement("code", v.coordinates())
                .end()
                .nl();
        h.element("p");
        h.element("span")
                .attr("id", "level")
                .attr("class", "level " + v.level().name())
                .text(v.level().name())
                .end();
        h.text(" score ")
                .element("strong")
                .attr("id", "score")
                .text(v.scoreText())
                .end();
        h.text(" — deployment " + v.approval() + ", confidence " + v.confidenceText() + "; " + v.measured() + ".");
        h.end().nl();
        h.element("p")
                .attr("class", "muted")
                .text("Evaluated "
                        + DateTimeFormatter.ISO_INSTANT.format(v.timestamp().truncatedTo(ChronoUnit.SECONDS)));
        if (v.commit() != null) {
            h.text(", commit ").textElement("code", v.commit());
            if (v.branch() != null) {
                h.text(" on ").textElement("code", v.branch());
            }
        }
        h.text(".").end().nl();
        h.end().nl(); // header
    }

    /**
     * The first section after the header when there is something to fix: the blocking gates with their fix, or, when
     * nothing blocks but the verdict is not approved, the failed gates (heaviest first). Each item is the gate's
     * one-line message and its details: the classes with the most missed lines and the lines to cover, or the tests
     * that did not pass.
     */
    private static void fixFirst(HtmlWriter h, ReportModel a) {
        List<GateRow> blocking = a.gates().stream().filter(GateRow::blocking).toList();
        List<String> otherIssues = a.blockingIssues().stream()
                .filter(i -> blocking.stream().noneMatch(r -> i.equals(r.message())))
                .toList();
        if (!blocking.isEmpty() || !otherIssues.isEmpty()) {
            h.element("section").attr("id", "blocking").attr("class", "fix").nl();
            h.textElement("h2", "Blocking issues: fix these first").nl();
            fixList(h, blocking, otherIssues, a.recommendations());
            h.end().nl();
            return;
        }
        List<GateRow> failed = a.gates().stream()
                .filter(r -> r.status() == GateStatus.FAILED)
                .sorted(Comparator.comparing(GateRow::weight).reversed())
                .toList();
        if (!a.verdict().deploymentApproved() && !failed.isEmpty()) {
            h.element("section").attr("id", "fix").attr("class", "fix").nl();
            h.textElement("h2", "Not approved: what to fix").nl();
            h.textElement(
                            "p",
                            "No gate blocks; the score is below the approved levels. These gates failed, the"
                                    + " heaviest first:")
                    .nl();
            fixList(h, failed, List.of(), a.recommendations());
            h.end().nl();
        }
    }

    private static void fixList(
            HtmlWriter h, List<GateRow> gates, List<String> otherIssues, List<String> recommendations) {
        h.element("ol").attr("class", "fix").nl();
        for (GateRow r : gates) {
            h.element("li").element("p").textElement("code", r.id()).text(" ");
            h.element("span")
                    .attr("class", "s-" + r.status().name())
                    .text(r.status().name())
                    .end();
            h.text(" " + (r.value() == null ? "not measured" : r.valueText()) + ", required " + r.requiredText())
                    .end()
                    .nl();
            h.textElement("p", withoutId(r)).nl();
            String remedy = r.details().isEmpty() ? remedy(r, recommendations) : null;
            if (remedy != null) {
                h.textElement("p", remedy).nl();
            }
            if (!r.details().isEmpty()) {
                h.element("ul").nl();
                Cap.list(r.details(), FIX_DETAILS, "details")
                        .forEach(d -> h.textElement("li", d).nl());
                h.end().nl();
            }
            h.end().nl(); // li
        }
        Cap.list(otherIssues, Cap.HTML, "blocking issues")
                .forEach(i -> h.textElement("li", i).nl());
        h.end().nl();
    }

    /**
     * The recommendation for a gate without details when it says more than the gate's message: e.g. for coverage
     * gates without execution data, how to attach the JaCoCo agent. Recommendations start with the ids they are for
     * ({@code a, b: text}).
     */
    private static String remedy(GateRow r, List<String> recommendations) {
        for (String rec : recommendations) {
            int colon = rec.indexOf(": ");
            if (colon > 0
                    && List.of(rec.substring(0, colon).split(", ")).contains(r.id())
                    && !rec.equals(r.message())) {
                return rec.substring(colon + 2);
            }
        }
        return null;
    }

    /**
     * The gate's message without the {@code id: } and {@code STATUS — } it starts with (the item names both already).
     */
    private static String withoutId(GateRow r) {
        String message = r.message();
        String id = r.id() + ": ";
        message = message.startsWith(id) ? message.substring(id.length()) : message;
        String status = r.status().name() + " — ";
        return message.startsWith(status) ? message.substring(status.length()) : message;
    }

    private static void gates(HtmlWriter h, ReportModel a) {
        h.element("section").attr("id", "gates").nl();
        h.textElement("h2", "Gates").nl();
        h.element("table").attr("class", "fixed").nl();
        h.element("thead").element("tr");
        HtmlSections.th(h, "w-id", "Gate");
        HtmlSections.th(h, "w-scope", "Scope");
        HtmlSections.th(h, "w-status", "Status");
        HtmlSections.th(h, "w-value", "Value");
        HtmlSections.th(h, "w-num", "Required");
        HtmlSections.th(h, "w-small", "Weight");
        HtmlSections.th(h, "w-small", "Critical");
        h.textElement("th", "Result").end().end().nl();
        h.element("tbody").nl();
        for (GateRow r : a.gates()) {
            h.element("tr");
            if (r.blocking()) {
                h.attr("class", "blocking");
            }
            h.element("td").textElement("code", r.id()).end();
            h.textElement("td", r.scope());
            h.element("td").attr("class", "s-" + r.status().name());
            String[] words = r.status().name().split("_", -1); // NOT_CONFIGURED breaks at the underscore
            for (int i = 0; i < words.length; i++) {
                if (i > 0) {
                    h.text("_").empty("wbr");
                }
                h.text(words[i]);
            }
            h.text(r.blocking() ? " (blocking)" : "").end();
            HtmlSections.num(h, r.valueText());
            HtmlSections.num(h, r.requiredText());
            HtmlSections.num(h, r.weightText());
            h.textElement("td", r.critical() ? "yes" : "no");
            h.element("td").text(r.message());
            if (r.ratchet() != null) {
                h.empty("br")
                        .element("span")
                        .attr("class", "muted")
                        .text("no regression: " + r.ratchet().status() + " — "
                                + r.ratchet().message())
                        .end();
            }
            if (!r.details().isEmpty()) {
                // open where there is something to fix, closed where the gate passed or was not measured
                h.element("details");
                if (r.blocking() || r.status() == GateStatus.FAILED) {
                    h.attr("open");
                }
                int n = r.details().size();
                h.textElement("summary", n + (n == 1 ? " detail" : " details")).element("ul");
                r.details().forEach(d -> h.textElement("li", d));
                h.end().end();
            }
            h.end().end().nl(); // td, tr
        }
        h.end().nl().end().nl().end().nl(); // tbody, table, section
    }
}
