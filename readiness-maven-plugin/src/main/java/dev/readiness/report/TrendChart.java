package dev.readiness.report;

import dev.readiness.assess.Percent;
import dev.readiness.history.Trend;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A small inline SVG of a trend on a 0–100 axis: the range of the recent values as a bar, the previous value as a
 * hollow mark and the current one as a filled mark. The history model keeps only these aggregates (not the series of
 * earlier scores), so this is what can be drawn without inventing points.
 */
final class TrendChart {
    private static final int WIDTH = 220;
    private static final int HEIGHT = 28;
    private static final BigDecimal LEFT = BigDecimal.TEN;
    private static final BigDecimal SCALE = BigDecimal.valueOf(2); // 100 points → 200 px

    private TrendChart() {}

    static String svg(String label, BigDecimal current, Trend t) {
        StringBuilder sb = new StringBuilder(512);
        String title = label + ": " + dev.readiness.view.Texts.trend(t)
                + (current == null ? "; not measured now" : "; now " + Percent.display(current));
        sb.append("<svg class=\"trend\" xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(HEIGHT)
                .append("\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"")
                .append(Escape.html(title))
                .append("\"><title>")
                .append(Escape.html(title))
                .append("</title>");
        sb.append("<line x1=\"10\" y1=\"14\" x2=\"210\" y2=\"14\" stroke=\"#d0d7de\" stroke-width=\"2\"/>");
        for (int tick = 0; tick <= 100; tick += 25) {
            String x = x(BigDecimal.valueOf(tick));
            sb.append("<line x1=\"")
                    .append(x)
                    .append("\" y1=\"10\" x2=\"")
                    .append(x)
                    .append("\" y2=\"18\" stroke=\"#d0d7de\"/>");
        }
        if (t.low() != null && t.high() != null) {
            String lo = x(t.low());
            BigDecimal width = new BigDecimal(x(t.high())).subtract(new BigDecimal(lo));
            sb.append("<rect x=\"")
                    .append(lo)
                    .append("\" y=\"10\" width=\"")
                    .append(width.max(BigDecimal.ONE).toPlainString())
                    .append("\" height=\"8\" rx=\"3\" fill=\"")
                    .append(colour(t))
                    .append("\" fill-opacity=\"0.35\"/>");
        }
        if (t.previous() != null) {
            sb.append("<circle cx=\"")
                    .append(x(t.previous()))
                    .append("\" cy=\"14\" r=\"5\" fill=\"#fff\" stroke=\"#57606a\" stroke-width=\"2\"/>");
        }
        if (current != null) {
            sb.append("<circle cx=\"")
                    .append(x(current))
                    .append("\" cy=\"14\" r=\"5\" fill=\"")
                    .append(colour(t))
                    .append("\"/>");
        }
        return sb.append("</svg>").toString();
    }

    private static String colour(Trend t) {
        return switch (t.direction()) {
            case IMPROVING -> "#1a7f37";
            case DECLINING -> "#d1242f";
            case STABLE -> "#0969da";
            case INSUFFICIENT_DATA -> "#57606a";
        };
    }

    /** The x coordinate of a 0–100 value, clamped, one decimal. */
    private static String x(BigDecimal value) {
        BigDecimal clamped = value.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100));
        return clamped.multiply(SCALE)
                .add(LEFT)
                .setScale(1, RoundingMode.HALF_EVEN)
                .toPlainString();
    }
}
