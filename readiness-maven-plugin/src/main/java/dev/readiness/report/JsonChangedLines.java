package dev.readiness.report;

import static dev.readiness.report.JsonReport.strings;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.readiness.view.ReportModel;
import java.io.IOException;
import java.util.List;

/**
 * The {@code changedLines} section of {@code readiness.json}: the coverage of the changed lines per tier, each file's
 * uncovered lines as {@code [start, end]} ranges. Written only when a change window is configured.
 */
final class JsonChangedLines {
    private JsonChangedLines() {}

    static void write(JsonGenerator g, ReportModel.ChangedLines c) throws IOException {
        if (c == null) {
            return;
        }
        g.writeObjectFieldStart("changedLines");
        g.writeStringField("origin", c.origin());
        g.writeBooleanField("available", c.missingReason() == null);
        if (c.missingReason() != null) {
            g.writeStringField("missingReason", c.missingReason());
            g.writeEndObject();
            return;
        }
        g.writeNumberField("changedFiles", c.changedFiles());
        strings(g, "outsideSourceRoots", c.outsideSourceRoots());
        strings(g, "withoutClasses", c.withoutClasses());
        g.writeObjectFieldStart("scopes");
        for (ReportModel.ChangedScope s : c.scopes()) {
            g.writeObjectFieldStart(s.name());
            cell(g, "lines", s.lines());
            cell(g, "branches", s.branches());
            g.writeNumberField("noCodeLines", s.noCodeLines());
            g.writeArrayFieldStart("files");
            for (ReportModel.ChangedFile f : s.files()) {
                g.writeStartObject();
                g.writeStringField("path", f.path());
                cell(g, "lines", f.lines());
                cell(g, "branches", f.branches());
                g.writeNumberField("noCodeLines", f.noCodeLines());
                ranges(g, "uncovered", f.uncovered());
                g.writeStringField("uncoveredText", f.uncoveredText());
                ranges(g, "partlyCovered", f.partlyCovered());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void cell(JsonGenerator g, String name, ReportModel.Cell c) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("covered", c.covered());
        g.writeNumberField("missed", c.missed());
        g.writeEndObject();
    }

    private static void ranges(JsonGenerator g, String name, List<ReportModel.LineRange> ranges) throws IOException {
        g.writeArrayFieldStart(name);
        for (ReportModel.LineRange r : ranges) {
            g.writeStartArray();
            g.writeNumber(r.start());
            g.writeNumber(r.end());
            g.writeEndArray();
        }
        g.writeEndArray();
    }
}
