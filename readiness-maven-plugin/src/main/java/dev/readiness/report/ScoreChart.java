package dev.readiness.report;

import dev.readiness.assess.Percent;
import dev.readiness.assess.ScorePoint;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * An inline SVG line chart of the score over the last builds (from the history file): one point per scored build, the
 * newest filled, each with a title giving its time, score and level. Drawn only from recorded scores; nothing is
 * interpolated.
 *
 * <p>The vertical axis spans the recorded scores with some padding, not always 0–100, so a change of half a point is
 * visible; its labels are round numbers at most {@value #MAX_TICKS} apart steps (never closer than a label is high).
 * The level thresholds 70, 85 and 95 that fall inside the axis are dashed guides labelled on the right.
 */
final class ScoreChart {
    static final int WIDTH = 480;
    static final int HEIGHT = 140;
    private static final int LEFT = 34;
    private static final int RIGHT = 34;
    /** Most intervals between two axis labels. */
    static final int MAX_TICKS = 5;

    private static final List<BigDecimal> STEPS = Stream.of("0.5", "1", "2", "5", "10", "20", "25", "50")
            .map(BigDecimal::new)
            .toList();
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MIN_PADDING = new BigDecimal("0.5");
    private static final int TOP = 10;
    private static final int BOTTOM = 20;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(java.time.ZoneOffset.UTC);

    private ScoreChart() {}

    /** Draws the chart, then a line break. */
    static void draw(HtmlWriter h, List<ScorePoint> points) {
        Axis axis = Axis.of(points);
        String title = "score of the last " + points.size() + " builds, from "
                + Percent.display(points.get(0).score()) + " to "
                + Percent.display(points.get(points.size() - 1).score());
        open(h, "score-chart", WIDTH, HEIGHT, title);
        for (BigDecimal tick = axis.low(); tick.compareTo(axis.high()) <= 0; tick = tick.add(axis.step())) {
            String y = axis.y(tick);
            line(h, y).attr("stroke", "#eaeef2");
            h.element("text")
                    .attr("x", Integer.toString(LEFT - 4))
                    .attr("y", y)
                    .attr("dy", "4")
                    .attr("font-size", "10")
                    .attr("text-anchor", "end")
                    .attr("fill", "#57606a")
                    .text(tick.stripTrailingZeros().toPlainString())
                    .end();
        }
        for (int threshold : new int[] {70, 85, 95}) {
            BigDecimal t = BigDecimal.valueOf(threshold);
            if (t.compareTo(axis.low()) < 0 || t.compareTo(axis.high()) > 0) {
                continue;
            }
            String y = axis.y(t);
            line(h, y).attr("stroke", "#bf8700").attr("stroke-dasharray", "3 3");
            h.element("text")
                    .attr("x", Integer.toString(WIDTH - RIGHT + 4))
                    .attr("y", y)
                    .attr("dy", "4")
                    .attr("font-size", "10")
                    .attr("fill", "#9a6700")
                    .characterReference('≥')
                    .text(threshold)
                    .end();
        }
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            line.append(i == 0 ? "" : " ")
                    .append(x(i, points.size()))
                    .append(',')
                    .append(axis.y(points.get(i).score()));
        }
        h.emptyXml("polyline")
                .attr("fill", "none")
                .attr("stroke", "#0969da")
                .attr("stroke-width", "2")
                .attr("points", line.toString());
        for (int i = 0; i < points.size(); i++) {
            ScorePoint p = points.get(i);
            boolean newest = i == points.size() - 1;
            h.element("circle")
                    .attr("cx", x(i, points.size()))
                    .attr("cy", axis.y(p.score()))
                    .attr("r", newest ? "4" : "3")
                    .attr("fill", newest ? "#0969da" : "#ffffff")
                    .attr("stroke", "#0969da")
                    .textElement(
                            "title",
                            Texts.time(TIME, p.timestamp()) + ": " + Percent.display(p.score()) + " " + p.level())
                    .end();
        }
        h.element("text")
                .attr("x", Integer.toString(LEFT))
                .attr("y", Integer.toString(HEIGHT - 4))
                .attr("font-size", "10")
                .attr("fill", "#57606a")
                .text(Texts.time(TIME, points.get(0).timestamp()))
                .end();
        h.element("text")
                .attr("x", Integer.toString(WIDTH - RIGHT))
                .attr("y", Integer.toString(HEIGHT - 4))
                .attr("font-size", "10")
                .attr("text-anchor", "end")
                .attr("fill", "#57606a")
                .text(Texts.time(TIME, points.get(points.size() - 1).timestamp()))
                .end();
        h.end().nl();
    }

    /** Opens an inline SVG image of the page with its accessible title (the image and the tooltip say the same). */
    static void open(HtmlWriter h, String cssClass, int width, int height, String title) {
        h.element("svg")
                .attr("class", cssClass)
                .attr("xmlns", "http://www.w3.org/2000/svg")
                .attr("width", Integer.toString(width))
                .attr("height", Integer.toString(height))
                .attr("viewBox", "0 0 " + width + " " + height)
                .attr("role", "img")
                .attr("aria-label", title)
                .textElement("title", title);
    }

    /** A horizontal line across the plot at {@code y}; its stroke follows. */
    private static HtmlWriter line(HtmlWriter h, String y) {
        return h.emptyXml("line")
                .attr("x1", Integer.toString(LEFT))
                .attr("y1", y)
                .attr("x2", Integer.toString(WIDTH - RIGHT))
                .attr("y2", y);
    }

    private static String x(int index, int count) {
        int span = WIDTH - LEFT - RIGHT;
        return Integer.toString(count == 1 ? LEFT + span : LEFT + span * index / (count - 1));
    }

    /**
     * The vertical axis: from {@code low} to {@code high} in steps of {@code step}, all multiples of the step within
     * 0–100.
     */
    record Axis(BigDecimal low, BigDecimal high, BigDecimal step) {
        static Axis of(List<ScorePoint> points) {
            BigDecimal min = HUNDRED;
            BigDecimal max = BigDecimal.ZERO;
            for (ScorePoint p : points) {
                BigDecimal v = clamp(p.score());
                min = min.min(v);
                max = max.max(v);
            }
            // a tenth of the spread above and below, at least half a point, so no point sits on the frame
            BigDecimal padding =
                    max.subtract(min).divide(BigDecimal.TEN, 2, RoundingMode.UP).max(MIN_PADDING);
            BigDecimal from = min.subtract(padding).max(BigDecimal.ZERO);
            BigDecimal to = max.add(padding).min(HUNDRED);
            for (BigDecimal step : STEPS) {
                BigDecimal low = from.divide(step, 0, RoundingMode.FLOOR).multiply(step);
                BigDecimal high = to.divide(step, 0, RoundingMode.CEILING).multiply(step);
                if (high.subtract(low).divide(step, 0, RoundingMode.UNNECESSARY).intValueExact() <= MAX_TICKS) {
                    return new Axis(low, high, step);
                }
            }
            return new Axis(BigDecimal.ZERO, HUNDRED, BigDecimal.valueOf(25));
        }

        /** The y coordinate of a score (clamped to the axis), one decimal. */
        String y(BigDecimal score) {
            BigDecimal span = BigDecimal.valueOf(HEIGHT - TOP - BOTTOM);
            BigDecimal v = score.max(low).min(high);
            BigDecimal fromTop = span.multiply(high.subtract(v)).divide(high.subtract(low), 1, RoundingMode.HALF_UP);
            return BigDecimal.valueOf(TOP)
                    .add(fromTop)
                    .setScale(1, RoundingMode.HALF_UP)
                    .toPlainString();
        }
    }

    private static BigDecimal clamp(BigDecimal score) {
        return score.max(BigDecimal.ZERO).min(HUNDRED);
    }
}
