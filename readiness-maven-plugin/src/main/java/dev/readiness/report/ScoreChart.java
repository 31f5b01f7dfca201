package dev.readiness.report;

import dev.readiness.assess.Percent;
import dev.readiness.assess.ScorePoint;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * An inline SVG line chart of the score over the last builds (from the history file): a 0–100 axis with the level
 * thresholds 70, 85 and 95 as guides, one point per scored build, the newest filled. Each point has a title with
 * its time, score and level. Drawn only from recorded scores; nothing is interpolated.
 */
final class ScoreChart {
    static final int WIDTH = 480;
    static final int HEIGHT = 140;
    private static final int LEFT = 34;
    private static final int RIGHT = 10;
    private static final int TOP = 10;
    private static final int BOTTOM = 20;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(java.time.ZoneOffset.UTC);

    private ScoreChart() {}

    static String svg(List<ScorePoint> points) {
        StringBuilder sb = new StringBuilder(1024);
        String title = "score of the last " + points.size() + " builds, from "
                + Percent.display(points.get(0).score()) + " to "
                + Percent.display(points.get(points.size() - 1).score());
        sb.append("<svg class=\"score-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"")
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
        for (int guide : new int[] {0, 70, 85, 95, 100}) {
            String y = y(BigDecimal.valueOf(guide));
            sb.append("<line x1=\"")
                    .append(LEFT)
                    .append("\" y1=\"")
                    .append(y)
                    .append("\" x2=\"")
                    .append(WIDTH - RIGHT)
                    .append("\" y2=\"")
                    .append(y)
                    .append("\" stroke=\"#d0d7de\" stroke-dasharray=\"")
                    .append(guide == 0 || guide == 100 ? "none" : "3 3")
                    .append("\"/><text x=\"")
                    .append(LEFT - 4)
                    .append("\" y=\"")
                    .append(y)
                    .append("\" dy=\"4\" font-size=\"10\" text-anchor=\"end\" fill=\"#57606a\">")
                    .append(guide)
                    .append("</text>");
        }
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            line.append(i == 0 ? "" : " ")
                    .append(x(i, points.size()))
                    .append(',')
                    .append(y(points.get(i).score()));
        }
        sb.append("<polyline fill=\"none\" stroke=\"#0969da\" stroke-width=\"2\" points=\"")
                .append(line)
                .append("\"/>");
        for (int i = 0; i < points.size(); i++) {
            ScorePoint p = points.get(i);
            boolean newest = i == points.size() - 1;
            sb.append("<circle cx=\"")
                    .append(x(i, points.size()))
                    .append("\" cy=\"")
                    .append(y(p.score()))
                    .append("\" r=\"")
                    .append(newest ? 4 : 3)
                    .append("\" fill=\"")
                    .append(newest ? "#0969da" : "#ffffff")
                    .append("\" stroke=\"#0969da\"><title>")
                    .append(Escape.html(
                            Texts.time(TIME, p.timestamp()) + ": " + Percent.display(p.score()) + " " + p.level()))
                    .append("</title></circle>");
        }
        sb.append("<text x=\"")
                .append(LEFT)
                .append("\" y=\"")
                .append(HEIGHT - 4)
                .append("\" font-size=\"10\" fill=\"#57606a\">")
                .append(Escape.html(Texts.time(TIME, points.get(0).timestamp())))
                .append("</text><text x=\"")
                .append(WIDTH - RIGHT)
                .append("\" y=\"")
                .append(HEIGHT - 4)
                .append("\" font-size=\"10\" text-anchor=\"end\" fill=\"#57606a\">")
                .append(Escape.html(
                        Texts.time(TIME, points.get(points.size() - 1).timestamp())))
                .append("</text></svg>\n");
        return sb.toString();
    }

    private static String x(int index, int count) {
        int span = WIDTH - LEFT - RIGHT;
        return Integer.toString(count == 1 ? LEFT + span : LEFT + span * index / (count - 1));
    }

    private static String y(BigDecimal score) {
        BigDecimal span = BigDecimal.valueOf(HEIGHT - TOP - BOTTOM);
        BigDecimal clamped = score.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100));
        return BigDecimal.valueOf(TOP)
                .add(span.subtract(span.multiply(clamped).divide(BigDecimal.valueOf(100), 1, RoundingMode.HALF_UP)))
                .setScale(1, RoundingMode.HALF_UP)
                .toPlainString();
    }
}
