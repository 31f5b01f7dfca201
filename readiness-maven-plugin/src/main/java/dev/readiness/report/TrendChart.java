package dev.readiness.report;

import dev.readiness.assess.Percent;
import dev.readiness.history.Trend;
import dev.readiness.view.ReportModel.TrendRow;
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

    /**
     * Draws the bar of a trend.
     *
     * @param label what the trend is of, e.g. {@code score} or a gate id
     * @param current the value of this build, {@code null} when not measured
     * @param trend the trend and its sentence
     */
    static void draw(HtmlWriter h, String label, BigDecimal current, TrendRow trend) {
        Trend t = trend.trend();
        String title = label + ": " + trend.text()
                + (current == null ? "; not measured now" : "; now " + Percent.display(current));
        ScoreChart.open(h, "trend", WIDTH, HEIGHT, title);
        h.emptyXml("line")
                .attr("x1", "10")
                .attr("y1", "14")
                .attr("x2", "210")
                .attr("y2", "14")
                .attr("stroke", "#d0d7de")
                .attr("stroke-width", "2");
        for (int tick = 0; tick <= 100; tick += 25) {
            String x = x(BigDecimal.valueOf(tick));
            h.emptyXml("line")
                    .attr("x1", x)
                    .attr("y1", "10")
                    .attr("x2", x)
                    .attr("y2", "18")
                    .attr("stroke", "#d0d7de");
        }
        if (t.low() != null && t.high() != null) {
            String lo = x(t.low());
            BigDecimal width = new BigDecimal(x(t.high())).subtract(new BigDecimal(lo));
            h.emptyXml("rect")
                    .attr("x", lo)
                    .attr("y", "10")
                    .attr("width", width.max(BigDecimal.ONE).toPlainString())
                    .attr("height", "8")
                    .attr("rx", "3")
                    .attr("fill", colour(t))
                    .attr("fill-opacity", "0.35");
        }
        if (t.previous() != null) {
            h.emptyXml("circle")
                    .attr("cx", x(t.previous()))
                    .attr("cy", "14")
                    .attr("r", "5")
                    .attr("fill", "#fff")
                    .attr("stroke", "#57606a")
                    .attr("stroke-width", "2");
        }
        if (current != null) {
            h.emptyXml("circle")
                    .attr("cx", x(current))
                    .attr("cy", "14")
                    .attr("r", "5")
                    .attr("fill", colour(t));
        }
        h.end();
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
