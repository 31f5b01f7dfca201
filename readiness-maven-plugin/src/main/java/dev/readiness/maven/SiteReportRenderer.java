package dev.readiness.maven;

import static dev.readiness.report.JsonTree.array;
import static dev.readiness.report.JsonTree.number;
import static dev.readiness.report.JsonTree.object;
import static dev.readiness.report.JsonTree.objects;
import static dev.readiness.report.JsonTree.strings;
import static dev.readiness.report.JsonTree.text;

import dev.readiness.assess.Percent;
import dev.readiness.policy.CounterKind;
import dev.readiness.report.HtmlReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.maven.doxia.sink.Sink;

/**
 * Renders a verdict, as {@code readiness.json} holds it, into a Doxia {@link Sink} for the Maven site, with the site's
 * skin: the page shows what the build's {@code check}/{@code report} wrote, or the site report's own evaluation
 * serialized the same way, and says which. Uses only Sink methods present in both Doxia 1.11 (maven-site-plugin 3.12.x)
 * and Doxia 2.0 (3.21.x); the Sink escapes text.
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

    /**
     * The verdict page.
     *
     * @param json the verdict as readiness.json holds it
     * @param source one sentence saying where the verdict comes from (the build's report file, or this report's own
     *     evaluation and why)
     */
    void render(String title, Map<String, Object> json, String source) {
        start(title);
        Map<String, Object> project = object(json, "project");
        List<Map<String, Object>> gates = objects(json, "gates");
        long measured = gates.stream()
                .filter(g -> "PASSED".equals(text(g, "status")) || "FAILED".equals(text(g, "status")))
                .count();
        long enabled = gates.stream()
                .filter(g -> !"DISABLED".equals(text(g, "status")))
                .count();
        BigDecimal weight = number(json, "measuredWeight");
        sink.paragraph();
        sink.bold();
        sink.text(text(json, "level"));
        sink.bold_();
        sink.text(" — score " + (number(json, "score") == null ? "n/a" : Percent.display(number(json, "score")))
                + "; deployment " + (Boolean.TRUE.equals(json.get("deploymentApproved")) ? "approved" : "not approved")
                + ", confidence " + String.valueOf(text(json, "confidence")).replace('_', ' ') + "; " + measured
                + " of " + enabled + " gates measured, "
                + (weight == null ? "-" : Percent.display(weight.multiply(BigDecimal.valueOf(100))))
                + " % of the weight. Project " + text(project, "groupId") + ":" + text(project, "artifactId") + ":"
                + text(project, "version") + (text(json, "commit") == null ? "" : ", commit " + text(json, "commit"))
                + (text(json, "branch") == null ? "" : " on " + text(json, "branch")) + "; evaluated "
                + text(json, "timestamp") + ".");
        sink.paragraph_();
        paragraph(source);
        bullets("Blocking issues", strings(json, "blockingIssues"));

        section("Gates");
        table(List.of("Gate", "Scope", "Status", "Value", "Required", "Weight", "Critical", "Result"));
        for (Map<String, Object> g : gates) {
            List<String> result = new ArrayList<>();
            result.add(text(g, "message"));
            Map<String, Object> ratchet = object(g, "ratchet");
            if (!ratchet.isEmpty()) {
                result.add("no regression: " + text(ratchet, "status") + " — " + text(ratchet, "message"));
            }
            result.addAll(strings(g, "details"));
            row(
                    text(g, "id"),
                    text(g, "scope"),
                    text(g, "status") + (Boolean.TRUE.equals(g.get("blocking")) ? " (blocking)" : ""),
                    number(g, "value") == null ? "-" : Percent.display(number(g, "value")) + " %",
                    ">= " + Percent.plain(number(g, "threshold")) + " %",
                    Percent.plain(number(g, "weight")),
                    Boolean.TRUE.equals(g.get("critical")) ? "yes" : "no",
                    String.join(" · ", result));
        }
        tableEnd();
        sectionEnd();

        Map<String, Object> trend = object(json, "trend");
        Map<String, Object> gateTrends = object(json, "gateTrends");
        if (!trend.isEmpty() || !gateTrends.isEmpty()) {
            section("Trend");
            if (!trend.isEmpty()) {
                paragraph("Score " + trend(trend) + ".");
            }
            // a gate without an earlier value has no trend: named once, not one "insufficient data" row each
            List<String> withHistory = gateTrends.keySet().stream()
                    .filter(id -> number(object(gateTrends, id), "previousScore") != null)
                    .toList();
            if (!withHistory.isEmpty()) {
                table(List.of("Gate", "Trend"));
                for (String id : withHistory) {
                    row(id, trend(object(gateTrends, id)));
                }
                tableEnd();
            }
            if (withHistory.size() < gateTrends.size()) {
                paragraph(
                        withHistory.isEmpty()
                                ? "No gate has an earlier value in the history yet; gate trends start with the next recorded"
                                        + " build."
                                : "No earlier value in the history yet, so no trend for: "
                                        + String.join(
                                                ", ",
                                                gateTrends.keySet().stream()
                                                        .filter(id -> !withHistory.contains(id))
                                                        .toList())
                                        + ".");
            }
            sectionEnd();
        }

        coverage(object(json, "coverage"));
        tests(json, gates);
        List<String> recommendations = strings(json, "recommendations");
        if (!recommendations.isEmpty()) {
            section("Recommendations");
            sink.numberedList(Sink.NUMBERING_DECIMAL);
            for (String r : recommendations) {
                sink.numberedListItem();
                sink.text(r);
                sink.numberedListItem_();
            }
            sink.numberedList_();
            sectionEnd();
        }
        bullets("Evidence warnings", strings(json, "warnings"));
        paragraph("The HTML report of the check and report goals (readiness.html) runs under the policy "
                + HtmlReport.CONTENT_SECURITY_POLICY + ".");
        end();
    }

    /** {@code improving: +3.2 since the previous 84.3 (range 80.1–90.0, 4 previous builds)}. */
    private static String trend(Map<String, Object> t) {
        StringBuilder sb =
                new StringBuilder(String.valueOf(text(t, "direction")).replace('_', ' '));
        BigDecimal delta = number(t, "delta");
        BigDecimal previous = number(t, "previousScore");
        if (delta != null && previous != null) {
            sb.append(": ")
                    .append(delta.signum() > 0 ? "+" : "")
                    .append(Percent.display(delta))
                    .append(" since the previous ")
                    .append(Percent.display(previous));
        } else if (previous != null) {
            sb.append(": previous ").append(Percent.display(previous));
        }
        sb.append(" (");
        if (number(t, "low") != null && number(t, "high") != null) {
            sb.append("range ")
                    .append(Percent.display(number(t, "low")))
                    .append("–")
                    .append(Percent.display(number(t, "high")))
                    .append(", ");
        }
        BigDecimal count = number(t, "count");
        long n = count == null ? 0 : count.longValue();
        return sb.append(n)
                .append(" previous build")
                .append(n == 1 ? "" : "s")
                .append(')')
                .toString();
    }

    private void coverage(Map<String, Object> c) {
        section("Coverage");
        if (!Boolean.TRUE.equals(c.get("available"))) {
            paragraph("No coverage evidence: " + text(c, "missingReason"));
            sectionEnd();
            return;
        }
        paragraph(text(c, "analyzedClasses") + " classes with code analysed from "
                + array(c, "execFiles").size() + " execution data file(s).");
        List<String> header = new ArrayList<>();
        header.add("Scope");
        for (CounterKind kind : CounterKind.values()) {
            header.add(kind.name());
        }
        table(header);
        counterRow("all classes", object(c, "overall"));
        Map<String, Object> tags = object(c, "tags");
        for (String tag : tags.keySet()) {
            counterRow("tag " + tag, object(object(tags, tag), "counters"));
        }
        tableEnd();
        worst("all classes", objects(c, "worstClasses"));
        for (String tag : tags.keySet()) {
            Map<String, Object> t = object(tags, tag);
            BigDecimal matched = number(t, "matchedClasses");
            BigDecimal methods = number(t, "matchedMethods");
            if ((matched == null || matched.signum() == 0) && (methods == null || methods.signum() == 0)) {
                paragraph("Tag " + tag + " matches no analysed class or method.");
            } else {
                worst("tag " + tag, objects(t, "worstClasses"));
            }
        }
        List<String> noMatch = strings(c, "noMatchClasses");
        if (!noMatch.isEmpty()) {
            bullets("Classes that differ from the execution data (counted as not covered)", noMatch);
        }
        sectionEnd();
    }

    private void counterRow(String scope, Map<String, Object> counters) {
        List<String> cells = new ArrayList<>();
        cells.add(scope);
        for (CounterKind kind : CounterKind.values()) {
            Map<String, Object> counter = object(counters, kind.name().toLowerCase(Locale.ROOT));
            BigDecimal covered = number(counter, "covered");
            BigDecimal missed = number(counter, "missed");
            long total = covered == null || missed == null ? 0 : covered.longValue() + missed.longValue();
            cells.add(
                    total == 0
                            ? "-"
                            : Percent.display(Percent.of(covered.longValue(), total)) + " % (" + covered.longValue()
                                    + " / " + total + ")");
        }
        row(cells.toArray(String[]::new));
    }

    private void worst(String scope, List<Map<String, Object>> offenders) {
        List<Map<String, Object>> missed = offenders.stream()
                .filter(o -> number(o, "missedLines") != null
                        && number(o, "missedLines").signum() > 0)
                .limit(HtmlReport.WORST_CLASSES)
                .toList();
        if (missed.isEmpty()) {
            return;
        }
        paragraph("Most missed lines in " + scope + ":");
        table(List.of("Class", "Missed lines", "Covered lines"));
        for (Map<String, Object> o : missed) {
            row(
                    text(o, "class") + (text(o, "method") == null ? "" : "#" + text(o, "method")),
                    text(o, "missedLines"),
                    text(o, "coveredLines"));
        }
        tableEnd();
    }

    private void tests(Map<String, Object> json, List<Map<String, Object>> gates) {
        Map<String, Object> t = object(json, "tests");
        section("Tests");
        table(List.of("Tests", "Total", "Passed", "Failed", "Errors", "Skipped", "Flaky"));
        countsRow("all", t);
        countsRow("Surefire", object(t, "surefire"));
        countsRow("Failsafe", object(t, "failsafe"));
        Map<String, Object> groups = object(t, "groups");
        for (String name : new TreeSet<>(groups.keySet())) {
            countsRow("group " + name, object(groups, name));
        }
        tableEnd();
        for (Map<String, Object> g : gates) {
            if ("pass-rate".equals(text(g, "metric")) && !strings(g, "details").isEmpty()) {
                bullets("Tests that did not pass: " + text(g, "id"), strings(g, "details"));
            }
        }
        sectionEnd();
    }

    private void countsRow(String name, Map<String, Object> c) {
        row(
                name,
                text(c, "total"),
                text(c, "passed"),
                text(c, "failed"),
                text(c, "errors"),
                text(c, "skipped"),
                text(c, "flaky"));
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
