package dev.readiness.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.readiness.assess.Percent;
import dev.readiness.history.GateSnapshot;
import dev.readiness.history.HistoryQueries;
import dev.readiness.history.HistoryRecord;
import dev.readiness.history.Trend;
import dev.readiness.text.SafeText;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** The {@code history} goal's views of the history file: a text table with the trend, or JSON. */
public final class HistoryReport {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    private HistoryReport() {}

    /**
     * The last {@code count} records as a table (time, commit, branch, score, level, every gate's value), then the
     * trend of the newest score against the ones before it.
     *
     * @param records one project's records, oldest first
     */
    public static List<String> table(List<HistoryRecord> records, int count) {
        return rows(records, count).stream().map(SafeText::line).toList();
    }

    private static List<String> rows(List<HistoryRecord> records, int count) {
        List<HistoryRecord> shown = last(records, count);
        List<String> lines = new ArrayList<>();
        if (shown.isEmpty()) {
            lines.add("No assessment recorded yet: run readiness:check (or readiness:report) to add one.");
            return lines;
        }
        TreeSet<String> gateIds = new TreeSet<>();
        shown.forEach(r -> gateIds.addAll(r.gates().keySet()));
        StringBuilder header = new StringBuilder(String.format(
                Locale.ROOT, "%-16s  %-7s  %-12s  %6s  %-17s", "time (UTC)", "commit", "branch", "score", "level"));
        gateIds.forEach(id -> header.append("  ").append(id));
        lines.add(header.toString());
        for (HistoryRecord r : shown) {
            StringBuilder row = new StringBuilder(String.format(
                    Locale.ROOT,
                    "%-16s  %-7s  %-12s  %6s  %-17s",
                    Texts.time(TIME, r.timestamp()),
                    r.commit() == null
                            ? "-"
                            : r.commit().substring(0, Math.min(7, r.commit().length())),
                    r.branch() == null ? "-" : r.branch(),
                    r.score() == null ? "-" : Percent.display(r.score()),
                    r.level().name()));
            for (String id : gateIds) {
                GateSnapshot g = r.gates().get(id);
                String cell = g == null ? "" : g.value() == null ? g.status().name() : Percent.display(g.value());
                row.append("  ")
                        .append(" ".repeat(Math.max(0, id.length() - cell.length())))
                        .append(cell);
            }
            lines.add(row.toString());
        }
        lines.add(ConsoleReport.trendLine(trendOfNewest(records)));
        return lines;
    }

    /** The same as JSON: {@code {"records": [...], "trend": {...}}}, records in the history file's format. */
    public static String json(List<HistoryRecord> records, int count) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JsonFactory.builder().build().createGenerator(out)) {
            g.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
            g.writeStartObject();
            g.writeArrayFieldStart("records");
            for (HistoryRecord r : last(records, count)) {
                g.writeRawValue(r.toJson());
            }
            g.writeEndArray();
            if (records.isEmpty()) {
                g.writeNullField("trend");
            } else {
                Trend t = trendOfNewest(records);
                g.writeObjectFieldStart("trend");
                g.writeStringField("direction", t.direction().jsonName());
                decimal(g, "previousScore", t.previous());
                decimal(g, "delta", t.delta());
                decimal(g, "high", t.high());
                decimal(g, "low", t.low());
                g.writeNumberField("count", t.count());
                g.writeEndObject();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Trend trendOfNewest(List<HistoryRecord> records) {
        HistoryRecord newest = records.get(records.size() - 1);
        return HistoryQueries.scoreTrend(records.subList(0, records.size() - 1), newest.score());
    }

    private static List<HistoryRecord> last(List<HistoryRecord> records, int count) {
        int n = count <= 0 ? records.size() : Math.min(count, records.size());
        return records.subList(records.size() - n, records.size());
    }

    private static void decimal(JsonGenerator g, String name, BigDecimal v) throws IOException {
        if (v == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, v);
        }
    }
}
