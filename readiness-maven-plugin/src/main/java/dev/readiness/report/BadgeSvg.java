package dev.readiness.report;

import dev.readiness.assess.Assessment;
import dev.readiness.policy.ReadinessLevel;
import dev.readiness.view.ReportModel;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Renders {@code badge.svg}: a shields-style flat badge, e.g. {@code readiness | 87.5 CONDITIONAL_READY}, coloured by
 * level. Text widths are estimated from Verdana 11 px glyph classes, so the output depends on nothing but the
 * assessment.
 */
public final class BadgeSvg {
    static final String LABEL = "readiness";

    /**
     * The badge's message: score, level and how much was measured, e.g. {@code 87.5 CONDITIONAL_READY (7/8 gates)}
     * ({@code n/a} without a score): a score of 100 from one gate of eight must not look like a full verdict.
     */
    public static String message(Assessment a) {
        return message(ReportModel.of(a, null).verdict());
    }

    private static String message(ReportModel.Verdict v) {
        return v.scoreText() + " " + v.level().name() + " (" + v.measuredCount() + ")";
    }

    /** The badge colour of a level, as a hex colour. */
    public static String colour(ReadinessLevel level) {
        return switch (level) {
            case PRODUCTION_READY -> "#4c1";
            case CONDITIONAL_READY -> "#97ca00";
            case NEEDS_IMPROVEMENT -> "#dfb317";
            case NOT_READY -> "#fe7d37";
            case BLOCKED -> "#e05d44";
        };
    }

    /** The SVG document, ending with a newline. */
    public String render(Assessment a) {
        return render(ReportModel.of(a, null));
    }

    /** The SVG document of a model, ending with a newline. */
    public String render(ReportModel m) {
        String message = message(m.verdict());
        int labelWidth = textWidth(LABEL) + 10;
        int messageWidth = textWidth(message) + 10;
        int width = labelWidth + messageWidth;
        String text = LABEL + ": " + message;
        StringBuilder sb = new StringBuilder(1024);
        HtmlWriter svg = new HtmlWriter(sb);
        svg.element("svg")
                .attr("xmlns", "http://www.w3.org/2000/svg")
                .attr("width", Integer.toString(width))
                .attr("height", "20")
                .attr("role", "img")
                .attr("aria-label", text)
                .textElement("title", text);
        svg.element("linearGradient").attr("id", "s").attr("x2", "0").attr("y2", "100%");
        svg.emptyXml("stop").attr("offset", "0").attr("stop-color", "#bbb").attr("stop-opacity", ".1");
        svg.emptyXml("stop").attr("offset", "1").attr("stop-opacity", ".1");
        svg.end();
        svg.element("clipPath").attr("id", "r");
        rect(svg, width).attr("rx", "3").attr("fill", "#fff");
        svg.end();
        svg.element("g").attr("clip-path", "url(#r)");
        rect(svg, labelWidth).attr("fill", "#555");
        svg.emptyXml("rect")
                .attr("x", Integer.toString(labelWidth))
                .attr("width", Integer.toString(messageWidth))
                .attr("height", "20")
                .attr("fill", colour(m.verdict().level()));
        rect(svg, width).attr("fill", "url(#s)");
        svg.end();
        svg.element("g")
                .attr("fill", "#fff")
                .attr("text-anchor", "middle")
                .attr("font-family", "Verdana,Geneva,DejaVu Sans,sans-serif")
                .attr("font-size", "11");
        text(svg, centre(0, labelWidth), LABEL);
        text(svg, centre(labelWidth, messageWidth), message);
        svg.endAll("svg");
        return sb.append('\n').toString();
    }

    private static HtmlWriter rect(HtmlWriter svg, int width) {
        return svg.emptyXml("rect").attr("width", Integer.toString(width)).attr("height", "20");
    }

    /** The text twice: a shadow one pixel lower, then the text. */
    private static void text(HtmlWriter svg, String x, String text) {
        svg.element("text")
                .attr("x", x)
                .attr("y", "15")
                .attr("fill", "#010101")
                .attr("fill-opacity", ".3")
                .text(text)
                .end();
        svg.element("text").attr("x", x).attr("y", "14").text(text).end();
    }

    /** The middle of a box that starts at {@code x} and is {@code w} wide. */
    private static String centre(int x, int w) {
        return BigDecimal.valueOf(2L * x + w)
                .divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY)
                .toPlainString();
    }

    /** Estimated width in px of Verdana 11 px text. */
    static int textWidth(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("iljI.,:;|!' ".indexOf(c) >= 0) {
                w += 3.6;
            } else if ("mwMW".indexOf(c) >= 0) {
                w += 10.5;
            } else if (Character.isUpperCase(c) || c == '_') {
                w += 7.6;
            } else if (Character.isDigit(c)) {
                w += 7.0;
            } else {
                w += 6.6;
            }
        }
        return (int) Math.ceil(w);
    }
}
