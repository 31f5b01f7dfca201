package dev.readiness.report;

import static dev.readiness.report.Escape.markdown;

import dev.readiness.text.SafeText;
import dev.readiness.view.ReportModel;
import dev.readiness.view.ReportModel.ChangedFile;
import dev.readiness.view.ReportModel.ChangedLines;
import dev.readiness.view.ReportModel.ChangedScope;
import java.util.ArrayList;
import java.util.List;

/**
 * The changed-lines section of the Markdown (ready to post as a pull-request comment), console and HTML views: per
 * tier, the covered share of the changed lines and branches, then the uncovered changed lines as
 * {@code File.java:12-14, 20}, the files with the most uncovered lines first. Nothing when no change window is set.
 */
final class ChangedLinesSection {
    /** Files listed per tier; the rest are in readiness.json. */
    static final int FILES = 10;

    private ChangedLinesSection() {}

    static void appendMarkdown(StringBuilder sb, ChangedLines c) {
        if (c == null) {
            return;
        }
        sb.append("### Changed lines\n\n");
        if (c.missingReason() != null) {
            sb.append("Not measured (")
                    .append(markdown(c.origin()))
                    .append("): ")
                    .append(markdown(c.missingReason()))
                    .append("\n\n");
            return;
        }
        sb.append(markdown(summary(c))).append("\n\n");
        sb.append("| Tier | Changed lines covered | Branches covered | Without code |\n");
        sb.append("| --- | ---: | ---: | ---: |\n");
        for (ChangedScope s : c.scopes()) {
            sb.append("| ")
                    .append(markdown(tier(s)))
                    .append(" | ")
                    .append(markdown(cell(s.lines())))
                    .append(" | ")
                    .append(markdown(cell(s.branches())))
                    .append(" | ")
                    .append(s.noCodeLines())
                    .append(" |\n");
        }
        sb.append('\n');
        for (ChangedScope s : c.scopes()) {
            List<String> files = uncovered(s);
            if (files.isEmpty()) {
                continue;
            }
            sb.append("Uncovered changed lines, ").append(markdown(tier(s))).append(":\n\n");
            files.forEach(f -> sb.append("- `").append(code(f)).append("`\n"));
            sb.append('\n');
        }
    }

    static void console(List<String> lines, ChangedLines c) {
        if (c == null) {
            return;
        }
        if (c.missingReason() != null) {
            lines.add("Changed lines not measured (" + c.origin() + "): " + c.missingReason());
            return;
        }
        lines.add("Changed lines: " + summary(c));
        for (ChangedScope s : c.scopes()) {
            lines.add("  " + tier(s) + ": lines " + cell(s.lines()) + ", branches " + cell(s.branches()));
            uncovered(s).forEach(f -> lines.add("    uncovered " + f));
        }
    }

    static void html(HtmlWriter h, ChangedLines c) {
        if (c == null) {
            return;
        }
        h.element("section").attr("id", "changed-lines").nl();
        h.textElement("h2", "Changed lines").nl();
        if (c.missingReason() != null) {
            h.element("p")
                    .attr("class", "s-MISSING")
                    .text("Not measured (" + c.origin() + "): " + c.missingReason())
                    .end()
                    .nl()
                    .end()
                    .nl();
            return;
        }
        h.textElement("p", summary(c)).nl();
        h.element("table").nl().element("thead").element("tr");
        for (String name : List.of("Tier", "Changed lines covered", "Branches covered", "Without code")) {
            h.textElement("th", name);
        }
        h.end().end().nl().element("tbody").nl();
        for (ChangedScope s : c.scopes()) {
            h.element("tr").textElement("td", tier(s));
            HtmlSections.num(h, cell(s.lines()));
            HtmlSections.num(h, cell(s.branches()));
            HtmlSections.num(h, Long.toString(s.noCodeLines()));
            h.end().nl();
        }
        h.end().nl().end().nl(); // tbody, table
        for (ChangedScope s : c.scopes()) {
            List<String> files = uncovered(s);
            if (files.isEmpty()) {
                continue;
            }
            h.element("p")
                    .text("Uncovered changed lines, " + tier(s) + ":")
                    .end()
                    .nl();
            h.element("ul").nl();
            files.forEach(f -> h.element("li").textElement("code", f).end().nl());
            h.end().nl();
        }
        h.end().nl(); // section
    }

    private static String summary(ChangedLines c) {
        return c.changedFiles() + " changed file" + (c.changedFiles() == 1 ? "" : "s") + " (" + c.origin() + ")"
                + (c.outsideSourceRoots().isEmpty()
                        ? ""
                        : "; " + c.outsideSourceRoots().size() + " outside the main source roots, not measured")
                + (c.withoutClasses().isEmpty()
                        ? ""
                        : "; without analysed classes: " + String.join(", ", c.withoutClasses()));
    }

    private static String tier(ChangedScope s) {
        return s.tag() == null ? "all classes" : "tag " + s.tag();
    }

    private static String cell(ReportModel.Cell c) {
        long total = c.covered() + c.missed();
        return total == 0 ? "-" : c.percentText() + " (" + c.covered() + " of " + total + ")";
    }

    /** {@code src/main/java/com/acme/Foo.java:12-14, 20} per file with uncovered lines, at most {@link #FILES}. */
    private static List<String> uncovered(ChangedScope s) {
        List<String> out = new ArrayList<>();
        List<ChangedFile> files =
                s.files().stream().filter(f -> !f.uncovered().isEmpty()).toList();
        for (ChangedFile f : files.subList(0, Math.min(FILES, files.size()))) {
            out.add(f.path() + ":" + f.uncoveredText());
        }
        if (files.size() > FILES) {
            out.add("…and " + (files.size() - FILES) + " more files (readiness.json changedLines)");
        }
        return out;
    }

    /** Text for inside a Markdown code span: a backtick cannot close it. */
    private static String code(String text) {
        return SafeText.line(text).replace('`', '\'');
    }
}
