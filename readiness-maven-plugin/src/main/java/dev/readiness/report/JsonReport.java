package dev.readiness.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.readiness.assess.Assessment;
import dev.readiness.policy.CounterKind;
import dev.readiness.view.ReportModel;
import dev.readiness.view.ReportModel.Cell;
import dev.readiness.view.ReportModel.Counts;
import dev.readiness.view.ReportModel.GateRow;
import dev.readiness.view.ReportModel.Offender;
import dev.readiness.view.ReportModel.TestCase;
import dev.readiness.view.ReportModel.TrendRow;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the {@link ReportModel} as {@code readiness.json} (DESIGN.md §6): versioned, deterministic (policy order
 * for gates, sorted maps), numbers as plain decimals, {@code null} for anything not measured.
 */
public final class JsonReport {
    /** Version of the readiness.json layout. */
    public static final int SCHEMA_VERSION = 1;

    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final int LISTED_OFFENDERS = 10;

    /** How many of a tag's classes {@code coverage.tags.<name>.classes} lists; {@code matchedClasses} is the total. */
    public static final int LISTED_TAG_CLASSES = ReportModel.LISTED_TAG_CLASSES;

    private final Path baseDir;

    /** @param baseDir paths inside it are written relative to it, so the report is the same on every machine */
    public JsonReport(Path baseDir) {
        this.baseDir = baseDir.toAbsolutePath().normalize();
    }

    public String render(Assessment a) {
        return render(ReportModel.of(a, baseDir));
    }

    /** The JSON document of a model, ending with a newline. */
    public String render(ReportModel m) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            ReportModel.Verdict v = m.verdict();
            g.writeStartObject();
            g.writeNumberField("schemaVersion", SCHEMA_VERSION);
            g.writeObjectFieldStart("project");
            g.writeStringField("groupId", v.groupId());
            g.writeStringField("artifactId", v.artifactId());
            g.writeStringField("version", v.version());
            g.writeEndObject();
            g.writeStringField(
                    "timestamp",
                    DateTimeFormatter.ISO_INSTANT.format(v.timestamp().truncatedTo(ChronoUnit.MILLIS)));
            number(g, "score", v.score());
            g.writeStringField("level", v.level().name());
            g.writeBooleanField("deploymentApproved", v.deploymentApproved());
            g.writeStringField("confidence", v.confidence());
            number(g, "measuredWeight", v.measuredWeight());
            g.writeArrayFieldStart("gates");
            for (GateRow r : m.gates()) {
                gate(g, r);
            }
            g.writeEndArray();
            tests(g, m.tests());
            JsonEvidence.coverage(g, m.coverage());
            JsonEvidence.benchmarks(g, m.benchmarks());
            JsonEvidence.documentation(g, m.documentation());
            if (m.mutation() != null) {
                JsonEvidence.mutation(g, m.mutation());
            }
            strings(g, "blockingIssues", m.blockingIssues());
            strings(g, "recommendations", m.recommendations());
            strings(g, "warnings", m.warnings());
            g.writeFieldName("trend");
            trend(g, m.trend());
            g.writeObjectFieldStart("gateTrends");
            for (Map.Entry<String, TrendRow> e : m.gateTrends().entrySet()) {
                g.writeFieldName(e.getKey());
                trend(g, e.getValue());
            }
            g.writeEndObject();
            nullableString(g, "commit", v.commit());
            nullableString(g, "branch", v.branch());
            if (m.reactor() != null) {
                reactor(g, m.reactor());
            }
            if (m.evidence() != null) {
                JsonEvidence.evidence(g, m.evidence());
            }
            JsonChangedLines.write(g, m.changedLines());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory cannot fail", e);
        }
        return out.toString() + "\n";
    }

    private static void gate(JsonGenerator g, GateRow r) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("metric", r.metric());
        g.writeStringField("scope", r.scope());
        if (r.tag() != null) {
            g.writeStringField("tag", r.tag());
        }
        if (r.counter() != null) {
            g.writeStringField("counter", r.counter());
        }
        if (r.source() != null) {
            g.writeStringField("source", r.source());
        }
        if (r.group() != null) {
            g.writeStringField("group", r.group());
        }
        number(g, "threshold", r.threshold());
        number(g, "weight", r.weight());
        g.writeBooleanField("critical", r.critical());
        g.writeStringField("onMissing", r.onMissing());
        g.writeStringField("status", r.status().name());
        number(g, "value", r.jsonValue());
        if (r.status().measured()) {
            g.writeNumberField("measured", r.measured());
            g.writeNumberField("of", r.of());
        }
        number(g, "gateScore", r.gateScore());
        g.writeBooleanField("blocking", r.blocking());
        g.writeBooleanField("noRegression", r.noRegression());
        number(g, "tolerance", r.tolerance());
        if (r.ratchet() == null) {
            g.writeNullField("ratchet");
        } else {
            g.writeObjectFieldStart("ratchet");
            g.writeStringField("status", r.ratchet().status());
            number(g, "previous", r.ratchet().previous());
            g.writeStringField("message", r.ratchet().message());
            g.writeEndObject();
        }
        g.writeStringField("message", r.message());
        strings(g, "details", r.details());
        g.writeEndObject();
    }

    private static void tests(JsonGenerator g, ReportModel.Tests t) throws IOException {
        g.writeObjectFieldStart("tests");
        countsFields(g, t.all());
        g.writeObjectFieldStart("groups");
        for (Map.Entry<String, Counts> e : t.groups().entrySet()) {
            g.writeObjectFieldStart(e.getKey());
            countsFields(g, e.getValue());
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeObjectFieldStart("surefire");
        countsFields(g, t.surefire());
        g.writeEndObject();
        g.writeObjectFieldStart("failsafe");
        countsFields(g, t.failsafe());
        g.writeEndObject();
        g.writeNumberField("duplicateReports", t.duplicateReports());
        g.writeNumberField("malformedReports", t.malformedReports());
        cases(g, "failingTests", t.failing());
        cases(g, "flakyTests", t.flaky());
        g.writeEndObject();
    }

    /** Test cases by name, with the first line of their (first) failure message. */
    private static void cases(JsonGenerator g, String field, List<TestCase> cases) throws IOException {
        g.writeArrayFieldStart(field);
        for (TestCase c : cases) {
            g.writeStartObject();
            g.writeStringField("className", c.className());
            g.writeStringField("name", c.name());
            g.writeStringField("outcome", c.outcome());
            g.writeNumberField("reruns", c.reruns());
            nullableString(g, "message", c.message());
            if (c.displayName() != null) {
                g.writeStringField("displayName", c.displayName());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void reactor(JsonGenerator g, ReportModel.Reactor r) throws IOException {
        g.writeObjectFieldStart("reactor");
        g.writeArrayFieldStart("modules");
        for (ReportModel.Module m : r.modules()) {
            g.writeStartObject();
            g.writeStringField("name", m.name());
            g.writeStringField("path", m.path());
            nullableString(g, "packaging", m.packaging());
            if (m.level() == null) {
                g.writeNullField("level");
                g.writeNullField("score");
            } else {
                g.writeStringField("level", m.level().name());
                number(g, "score", m.score());
            }
            g.writeObjectFieldStart("unitTests");
            countsFields(g, m.unitTests());
            g.writeEndObject();
            g.writeObjectFieldStart("integrationTests");
            countsFields(g, m.integrationTests());
            g.writeEndObject();
            g.writeFieldName("coverage");
            if (m.coverage() == null) {
                g.writeNull();
            } else {
                counters(g, m.coverage());
            }
            g.writeBooleanField("ownExecutionData", m.ownExecutionData());
            strings(g, "notes", m.notes());
            g.writeEndObject();
        }
        g.writeEndArray();
        strings(g, "notInBuild", r.notInBuild());
        g.writeBooleanField("partial", r.partial());
        g.writeEndObject();
    }

    private static void countsFields(JsonGenerator g, Counts c) throws IOException {
        g.writeNumberField("total", c.total());
        g.writeNumberField("passed", c.passed());
        g.writeNumberField("failed", c.failed());
        g.writeNumberField("errors", c.errors());
        g.writeNumberField("skipped", c.skipped());
        g.writeNumberField("flaky", c.flaky());
    }

    static void counters(JsonGenerator g, Map<CounterKind, Cell> counters) throws IOException {
        g.writeStartObject();
        for (Map.Entry<CounterKind, Cell> e : counters.entrySet()) {
            g.writeObjectFieldStart(e.getKey().name().toLowerCase(Locale.ROOT));
            g.writeNumberField("covered", e.getValue().covered());
            g.writeNumberField("missed", e.getValue().missed());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    static void offenders(JsonGenerator g, List<Offender> offenders) throws IOException {
        g.writeArrayFieldStart("worstClasses");
        for (Offender o : offenders.stream().limit(LISTED_OFFENDERS).toList()) {
            g.writeStartObject();
            g.writeStringField("class", o.className());
            if (o.methodName() != null) {
                g.writeStringField("method", o.methodName());
            }
            g.writeNumberField("missedLines", o.missedLines());
            g.writeNumberField("coveredLines", o.coveredLines());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void trend(JsonGenerator g, TrendRow row) throws IOException {
        if (row == null) {
            g.writeNull();
            return;
        }
        var t = row.trend();
        g.writeStartObject();
        g.writeStringField("direction", t.direction().jsonName());
        number(g, "previousScore", t.previous());
        number(g, "delta", t.delta());
        number(g, "high", t.high());
        number(g, "low", t.low());
        g.writeNumberField("count", t.count());
        g.writeEndObject();
    }

    static void nullableString(JsonGenerator g, String name, String value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeStringField(name, value);
        }
    }

    static void number(JsonGenerator g, String name, BigDecimal value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value);
        }
    }

    static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
