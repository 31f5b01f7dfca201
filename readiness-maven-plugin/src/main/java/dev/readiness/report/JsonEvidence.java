package dev.readiness.report;

import static dev.readiness.report.JsonReport.counters;
import static dev.readiness.report.JsonReport.nullableString;
import static dev.readiness.report.JsonReport.number;
import static dev.readiness.report.JsonReport.offenders;
import static dev.readiness.report.JsonReport.strings;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.readiness.view.ReportModel;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The evidence sections of {@code readiness.json}: coverage, benchmarks, documentation, evidence scope. */
final class JsonEvidence {
    private JsonEvidence() {}

    static void coverage(JsonGenerator g, ReportModel.Coverage c) throws IOException {
        g.writeObjectFieldStart("coverage");
        g.writeBooleanField("available", c.available());
        if (!c.available()) {
            g.writeStringField("missingReason", c.missingReason());
            g.writeNullField("overall");
            g.writeObjectFieldStart("tags");
            g.writeEndObject();
            g.writeArrayFieldStart("noMatchClasses");
            g.writeEndArray();
            g.writeEndObject();
            return;
        }
        strings(g, "execFiles", c.execFiles());
        g.writeNumberField("analyzedClasses", c.analyzedClasses());
        g.writeFieldName("overall");
        counters(g, c.overall());
        g.writeObjectFieldStart("tags");
        List<ReportModel.TagRow> byName = c.tags().stream()
                .sorted(Comparator.comparing(ReportModel.TagRow::name))
                .toList();
        for (ReportModel.TagRow t : byName) {
            g.writeObjectFieldStart(t.name());
            g.writeNumberField("matchedClasses", t.matchedClasses());
            g.writeNumberField("matchedMethods", t.matchedMethods());
            strings(g, "classes", t.listedClasses());
            g.writeFieldName("counters");
            counters(g, t.counters());
            offenders(g, t.offenders());
            g.writeEndObject();
        }
        g.writeEndObject();
        offenders(g, c.offenders());
        strings(g, "noMatchClasses", c.noMatchClasses());
        g.writeEndObject();
    }

    static void benchmarks(JsonGenerator g, ReportModel.Benchmarks b) throws IOException {
        if (b == null) {
            g.writeNullField("benchmarks");
            return;
        }
        g.writeObjectFieldStart("benchmarks");
        g.writeBooleanField("available", b.available());
        nullableString(g, "missingReason", b.missingReason());
        nullableString(g, "results", b.results());
        nullableString(g, "baseline", b.baseline());
        g.writeNumberField("compared", b.compared());
        g.writeNumberField("notRegressed", b.notRegressed());
        g.writeArrayFieldStart("comparisons");
        for (ReportModel.Comparison c : b.comparisons()) {
            g.writeStartObject();
            g.writeStringField("benchmark", c.benchmark());
            g.writeStringField("mode", c.mode());
            properties(g, "params", c.params());
            g.writeStringField("metric", c.metric());
            measurement(g, "baseline", c.baseline());
            measurement(g, "current", c.current());
            number(g, "changePercent", c.changePercent());
            g.writeBooleanField("regressed", c.regressed());
            g.writeEndObject();
        }
        g.writeEndArray();
        strings(g, "added", b.added());
        strings(g, "removed", b.removed());
        if (b.environment() != null) {
            g.writeObjectFieldStart("environment");
            g.writeBooleanField("comparable", b.environment().comparable());
            strings(g, "differences", b.environment().differences());
            properties(g, "baseline", b.environment().baseline());
            properties(g, "current", b.environment().current());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void properties(JsonGenerator g, String name, Map<String, String> properties) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, String> e : properties.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    private static void measurement(JsonGenerator g, String name, ReportModel.Measurement m) throws IOException {
        g.writeObjectFieldStart(name);
        number(g, "score", m.score());
        number(g, "error", m.error());
        g.writeStringField("unit", m.unit());
        g.writeEndObject();
    }

    /** {@code mutation}: PIT's counts, per tag, and the surviving and uncovered mutants (one finding each). */
    static void mutation(JsonGenerator g, ReportModel.Mutation m) throws IOException {
        g.writeObjectFieldStart("mutation");
        g.writeBooleanField("available", m.available());
        nullableString(g, "missingReason", m.missingReason());
        strings(g, "reports", m.reports());
        g.writeNumberField("total", m.total());
        g.writeNumberField("detected", m.detected());
        g.writeNumberField("covered", m.covered());
        g.writeObjectFieldStart("statuses");
        for (java.util.Map.Entry<String, Long> e : m.statuses().entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("tags");
        for (ReportModel.MutationTag t : m.tags()) {
            g.writeObjectFieldStart(t.tag());
            g.writeNumberField("total", t.total());
            g.writeNumberField("detected", t.detected());
            g.writeNumberField("covered", t.covered());
            g.writeEndObject();
        }
        g.writeEndObject();
        mutants(g, "survivors", m.survivors());
        g.writeNumberField("survivorsTotal", m.survivorsTotal());
        mutants(g, "noCoverage", m.noCoverage());
        g.writeNumberField("noCoverageTotal", m.noCoverageTotal());
        g.writeEndObject();
    }

    private static void mutants(JsonGenerator g, String field, java.util.List<ReportModel.MutantRow> rows)
            throws IOException {
        g.writeArrayFieldStart(field);
        for (ReportModel.MutantRow r : rows) {
            g.writeStartObject();
            g.writeStringField("class", r.className());
            nullableString(g, "method", r.method());
            nullableString(g, "sourceFile", r.sourceFile());
            g.writeNumberField("line", r.line());
            g.writeStringField("mutator", r.mutator());
            nullableString(g, "description", r.description());
            g.writeStringField("status", r.status());
            g.writeStringField("text", r.text());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void documentation(JsonGenerator g, ReportModel.Documentation d) throws IOException {
        if (d == null) {
            g.writeNullField("documentation");
            return;
        }
        g.writeObjectFieldStart("documentation");
        g.writeBooleanField("available", d.available());
        nullableString(g, "missingReason", d.missingReason());
        g.writeNumberField("files", d.files());
        g.writeNumberField("documented", d.documented());
        g.writeNumberField("total", d.total());
        g.writeArrayFieldStart("worstClasses");
        for (ReportModel.DocClass c : d.worstClasses()) {
            g.writeStartObject();
            g.writeStringField("class", c.className());
            g.writeNumberField("documented", c.documented());
            g.writeNumberField("total", c.total());
            g.writeArrayFieldStart("undocumented");
            for (ReportModel.Undocumented u : c.undocumented()) {
                g.writeStartObject();
                g.writeStringField("kind", u.kind());
                g.writeStringField("signature", u.signature());
                g.writeNumberField("line", u.line());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        strings(g, "missingRequiredFiles", d.missingRequiredFiles());
        strings(g, "generatedSourceRoots", d.generatedSourceRoots());
        g.writeArrayFieldStart("unparsable");
        for (ReportModel.Unparsable u : d.unparsable()) {
            g.writeStartObject();
            g.writeStringField("file", u.file());
            g.writeNumberField("line", u.line());
            g.writeStringField("problem", u.problem());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Which evidence the verdict is about: the staleness rule, the exec sessions, what was left out, skipped tests. */
    static void evidence(JsonGenerator g, ReportModel.EvidenceRow e) throws IOException {
        g.writeObjectFieldStart("evidence");
        g.writeStringField("rule", e.rule());
        nullableString(g, "buildStart", e.buildStart());
        nullableString(g, "runStart", e.runStart());
        g.writeStringField("staleEvidence", e.staleEvidence());
        g.writeObjectFieldStart("execSessions");
        sessions(g, e.sessions());
        g.writeObjectFieldStart("stale");
        sessions(g, e.staleSessions());
        g.writeEndObject();
        g.writeEndObject();
        g.writeNumberField("reportFiles", e.reportFiles());
        g.writeArrayFieldStart("staleReports");
        for (ReportModel.StaleReport r : e.staleReports()) {
            g.writeStartObject();
            g.writeStringField("file", r.file());
            g.writeStringField("reason", r.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("testsSkipped");
        nullableString(g, "surefire", e.surefireSkippedBy());
        nullableString(g, "failsafe", e.failsafeSkippedBy());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void sessions(JsonGenerator g, ReportModel.Sessions s) throws IOException {
        g.writeNumberField("count", s.count());
        nullableString(g, "start", s.start());
        nullableString(g, "end", s.end());
    }
}
