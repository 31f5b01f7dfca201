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
        String text = Escape.html(LABEL + ": " + message);
        String label = Escape.html(LABEL);
        String msg = Escape.html(message);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"20\" role=\"img\""
                + " aria-label=\"" + text + "\"><title>" + text + "</title>"
                + "<linearGradient id=\"s\" x2=\"0\" y2=\"100%\"><stop offset=\"0\" stop-color=\"#bbb\""
                + " stop-opacity=\".1\"/><stop offset=\"1\" stop-opacity=\".1\"/></linearGradient>"
                + "<clipPath id=\"r\"><rect width=\"" + width + "\" height=\"20\" rx=\"3\" fill=\"#fff\"/></clipPath>"
                + "<g clip-path=\"url(#r)\"><rect width=\"" + labelWidth + "\" height=\"20\" fill=\"#555\"/>"
                + "<rect x=\"" + labelWidth + "\" width=\"" + messageWidth + "\" height=\"20\" fill=\""
                + colour(m.verdict().level()) + "\"/><rect width=\"" + width + "\" height=\"20\" fill=\"url(#s)\"/></g>"
                + "<g fill=\"#fff\" text-anchor=\"middle\" font-family=\"Verdana,Geneva,DejaVu Sans,sans-serif\""
                + " font-size=\"11\">"
                + text(centre(0, labelWidth), label)
                + text(centre(labelWidth, messageWidth), msg)
                + "</g></svg>\n";
    }

    private static String text(String x, String escaped) {
        return "<text x=\"" + x + "\" y=\"15\" fill=\"#010101\" fill-opacity=\".3\">" + escaped + "</text>"
                + "<text x=\"" + x + "\" y=\"14\">" + escaped + "</text>";
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
