package dev.readiness.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.readiness.assess.Assessment;
import dev.readiness.assess.EvidenceScope;
import dev.readiness.assess.GateResult;
import dev.readiness.assess.ModuleSummary;
import dev.readiness.assess.ReactorSummary;
import dev.readiness.assess.TestSummary;
import dev.readiness.evidence.bench.BenchmarkComparison;
import dev.readiness.evidence.bench.BenchmarkEvidence;
import dev.readiness.evidence.bench.BenchmarkKey;
import dev.readiness.evidence.bench.Measurement;
import dev.readiness.evidence.coverage.Counter;
import dev.readiness.evidence.coverage.Coverage;
import dev.readiness.evidence.coverage.CoverageEvidence;
import dev.readiness.evidence.coverage.ExecSession;
import dev.readiness.evidence.coverage.Offender;
import dev.readiness.evidence.coverage.TagCoverage;
import dev.readiness.evidence.docs.ClassDocumentation;
import dev.readiness.evidence.docs.DocumentationEvidence;
import dev.readiness.evidence.docs.UndocumentedElement;
import dev.readiness.evidence.docs.UnparsableFile;
import dev.readiness.evidence.tests.StaleReports.StaleReport;
import dev.readiness.evidence.tests.TestCaseResult;
import dev.readiness.evidence.tests.TestCounts;
import dev.readiness.history.Trend;
import dev.readiness.policy.CounterKind;
import dev.readiness.policy.GateDefinition;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Renders an {@link Assessment} as {@code readiness.json} (DESIGN.md §6): versioned, deterministic (policy order
 * for gates, sorted maps), numbers as plain decimals, {@code null} for anything not measured.
 */
public final class JsonReport {
    /** Version of the readiness.json layout. */
    public static final int SCHEMA_VERSION = 1;

    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final int LISTED_OFFENDERS = 10;

    /** How many of a tag's classes {@code coverage.tags.<name>.classes} lists; {@code matchedClasses} is the total. */
    public static final int LISTED_TAG_CLASSES = 100;

    private final Path baseDir;

    /** @param baseDir paths inside it are written relative to it, so the report is the same on every machine */
    public JsonReport(Path baseDir) {
        this.baseDir = baseDir.toAbsolutePath().normalize();
    }

    public String render(Assessment a) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.writeStartObject();
            g.writeNumberField("schemaVersion", SCHEMA_VERSION);
            g.writeObjectFieldStart("project");
            g.writeStringField("groupId", a.project().groupId());
            g.writeStringField("artifactId", a.project().artifactId());
            g.writeStringField("version", a.project().version());
            g.writeEndObject();
            g.writeStringField(
                    "timestamp",
                    DateTimeFormatter.ISO_INSTANT.format(a.timestamp().truncatedTo(ChronoUnit.MILLIS)));
            number(g, "score", a.score());
            g.writeStringField("level", a.level().name());
            g.writeBooleanField("deploymentApproved", a.deploymentApproved());
            g.writeStringField("confidence", a.confidence().jsonName());
            number(g, "measuredWeight", a.measuredWeight());
            g.writeArrayFieldStart("gates");
            for (GateResult r : a.gates()) {
                gate(g, r);
            }
            g.writeEndArray();
            tests(g, a.tests());
            coverage(g, a.coverage());
            benchmarks(g, a.benchmarks());
            documentation(g, a.documentation());
            strings(g, "blockingIssues", a.blockingIssues());
            strings(g, "recommendations", a.recommendations());
            strings(g, "warnings", a.warnings());
            g.writeFieldName("trend");
            trend(g, a.trend());
            g.writeObjectFieldStart("gateTrends");
            for (Map.Entry<String, Trend> e : a.gateTrends().entrySet()) {
                g.writeFieldName(e.getKey());
                trend(g, e.getValue());
            }
            g.writeEndObject();
            nullableString(g, "commit", a.commit());
            nullableString(g, "branch", a.branch());
            if (a.reactor() != null) {
                reactor(g, a.reactor());
            }
            if (a.scope() != null) {
                evidence(g, a.scope(), a.coverage());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory cannot fail", e);
        }
        return out.toString() + "\n";
    }

    private static void gate(JsonGenerator g, GateResult r) throws IOException {
        GateDefinition d = r.gate();
        g.writeStartObject();
        g.writeStringField("id", d.id());
        g.writeStringField("metric", d.metric().configName());
        g.writeStringField("scope", d.scope());
        if (d.tag() != null) {
            g.writeStringField("tag", d.tag());
        }
        if (d.counter() != null) {
            g.writeStringField("counter", d.counter().name());
        }
        if (d.source() != null) {
            g.writeStringField("source", d.source().name().toLowerCase(Locale.ROOT));
        }
        if (d.group() != null) {
            g.writeStringField("group", d.group());
        }
        number(g, "threshold", d.threshold());
        number(g, "weight", d.weight());
        g.writeBooleanField("critical", d.critical());
        g.writeStringField("onMissing", d.onMissing().name().toLowerCase(Locale.ROOT));
        g.writeStringField("status", r.status().name());
        number(g, "value", r.value() == null ? null : r.value().setScale(2, RoundingMode.DOWN));
        if (r.status().measured()) {
            g.writeNumberField("measured", r.numerator());
            g.writeNumberField("of", r.denominator());
        }
        number(g, "gateScore", r.gateScore() == null ? null : r.gateScore().setScale(2, RoundingMode.DOWN));
        g.writeBooleanField("blocking", r.blocking());
        g.writeBooleanField("noRegression", d.noRegression());
        number(g, "tolerance", d.noRegression() ? d.tolerance() : null);
        if (r.ratchet() == null) {
            g.writeNullField("ratchet");
        } else {
            g.writeObjectFieldStart("ratchet");
            g.writeStringField("status", r.ratchet().status().name());
            number(g, "previous", r.ratchet().previous());
            g.writeStringField("message", r.ratchet().message());
            g.writeEndObject();
        }
        g.writeStringField("message", r.message());
        strings(g, "details", r.details());
        g.writeEndObject();
    }

    private static void tests(JsonGenerator g, TestSummary t) throws IOException {
        g.writeObjectFieldStart("tests");
        countsFields(g, t.all());
        g.writeObjectFieldStart("groups");
        for (Map.Entry<String, TestCounts> e : new TreeMap<>(t.groups()).entrySet()) {
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
        cases(g, "failingTests", t.notPassed());
        cases(g, "flakyTests", t.flaky());
        g.writeEndObject();
    }

    /** Test cases by name, with the first line of their (first) failure message. */
    private static void cases(JsonGenerator g, String field, List<TestCaseResult> cases) throws IOException {
        g.writeArrayFieldStart(field);
        for (TestCaseResult c : cases) {
            g.writeStartObject();
            g.writeStringField("className", c.className());
            g.writeStringField("name", c.name());
            g.writeStringField("outcome", c.outcome().name());
            g.writeNumberField("reruns", c.reruns());
            nullableString(g, "message", c.message());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void reactor(JsonGenerator g, ReactorSummary r) throws IOException {
        g.writeObjectFieldStart("reactor");
        g.writeArrayFieldStart("modules");
        for (ModuleSummary m : r.modules()) {
            g.writeStartObject();
            g.writeStringField("name", m.name());
            g.writeStringField("path", m.path());
            nullableString(g, "packaging", m.packaging());
            if (m.verdict() == null) {
                g.writeNullField("level");
                g.writeNullField("score");
            } else {
                g.writeStringField("level", m.verdict().level().name());
                number(g, "score", m.verdict().score());
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

    private static void countsFields(JsonGenerator g, TestCounts c) throws IOException {
        g.writeNumberField("total", c.total());
        g.writeNumberField("passed", c.passed());
        g.writeNumberField("failed", c.failed());
        g.writeNumberField("errors", c.errors());
        g.writeNumberField("skipped", c.skipped());
        g.writeNumberField("flaky", c.flaky());
    }

    /** Which evidence the verdict is about: the staleness rule, the exec sessions, what was left out, skipped tests. */
    private void evidence(JsonGenerator g, EvidenceScope scope, CoverageEvidence c) throws IOException {
        g.writeObjectFieldStart("evidence");
        g.writeStringField("rule", scope.rule());
        nullableString(g, "buildStart", instant(scope.buildStart()));
        nullableString(g, "runStart", instant(scope.runStart()));
        g.writeStringField("staleEvidence", scope.staleEvidence().configName());
        g.writeObjectFieldStart("execSessions");
        sessions(g, c.countedSessions());
        g.writeObjectFieldStart("stale");
        sessions(g, c.staleSessions());
        g.writeEndObject();
        g.writeEndObject();
        g.writeNumberField("reportFiles", scope.reportFiles());
        g.writeArrayFieldStart("staleReports");
        for (StaleReport r : scope.staleReports()) {
            g.writeStartObject();
            g.writeStringField("file", relative(r.file()));
            g.writeStringField("reason", r.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("testsSkipped");
        nullableString(g, "surefire", scope.surefireSkippedBy());
        nullableString(g, "failsafe", scope.failsafeSkippedBy());
        g.writeEndObject();
        g.writeEndObject();
    }

    /** Count and time span of JaCoCo sessions: earliest start, latest dump ({@code null} when none is dated). */
    private static void sessions(JsonGenerator g, List<ExecSession> sessions) throws IOException {
        g.writeNumberField("count", sessions.size());
        nullableString(
                g,
                "start",
                instant(sessions.stream()
                        .map(ExecSession::start)
                        .filter(Objects::nonNull)
                        .min(Comparator.naturalOrder())
                        .orElse(null)));
        nullableString(
                g,
                "end",
                instant(sessions.stream()
                        .map(ExecSession::dump)
                        .filter(Objects::nonNull)
                        .max(Comparator.naturalOrder())
                        .orElse(null)));
    }

    private static String instant(Instant t) {
        return t == null ? null : DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.MILLIS));
    }

    private void coverage(JsonGenerator g, CoverageEvidence c) throws IOException {
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
        g.writeArrayFieldStart("execFiles");
        for (Path p : c.execFiles()) {
            g.writeString(relative(p));
        }
        g.writeEndArray();
        g.writeNumberField("analyzedClasses", c.analyzedClasses());
        g.writeFieldName("overall");
        counters(g, c.overall());
        g.writeObjectFieldStart("tags");
        for (Map.Entry<String, TagCoverage> e : new TreeMap<>(c.tags()).entrySet()) {
            TagCoverage t = e.getValue();
            g.writeObjectFieldStart(e.getKey());
            g.writeNumberField("matchedClasses", t.matchedClasses());
            g.writeNumberField("matchedMethods", t.matchedMethods());
            strings(
                    g,
                    "classes",
                    t.classes()
                            .subList(0, Math.min(LISTED_TAG_CLASSES, t.classes().size())));
            g.writeFieldName("counters");
            counters(g, t.coverage());
            offenders(g, t.offenders());
            g.writeEndObject();
        }
        g.writeEndObject();
        offenders(g, c.offenders());
        strings(g, "noMatchClasses", c.noMatchClasses());
        g.writeEndObject();
    }

    private void benchmarks(JsonGenerator g, BenchmarkEvidence b) throws IOException {
        if (b == null) {
            g.writeNullField("benchmarks");
            return;
        }
        g.writeObjectFieldStart("benchmarks");
        g.writeBooleanField("available", b.available());
        nullableString(g, "missingReason", b.missingReason());
        nullableString(g, "results", b.results() == null ? null : relative(b.results()));
        nullableString(g, "baseline", b.baseline() == null ? null : relative(b.baseline()));
        g.writeNumberField("compared", b.compared());
        g.writeNumberField("notRegressed", b.notRegressed());
        g.writeArrayFieldStart("comparisons");
        for (BenchmarkComparison c : b.comparisons()) {
            g.writeStartObject();
            g.writeStringField("benchmark", c.key().benchmark());
            g.writeStringField("mode", c.key().mode());
            g.writeObjectFieldStart("params");
            for (Map.Entry<String, String> e : c.key().params().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeStringField("metric", c.metric());
            measurement(g, "baseline", c.baseline());
            measurement(g, "current", c.current());
            number(g, "changePercent", c.changePercent());
            g.writeBooleanField("regressed", c.regressed());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("added");
        for (BenchmarkKey k : b.added()) {
            g.writeString(k.label());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("removed");
        for (BenchmarkKey k : b.removed()) {
            g.writeString(k.label());
        }
        g.writeEndArray();
        if (b.baselineEnvironment() != null && b.currentEnvironment() != null) {
            g.writeObjectFieldStart("environment");
            g.writeBooleanField("comparable", b.environmentDifferences().isEmpty());
            strings(g, "differences", b.environmentDifferences());
            g.writeObjectFieldStart("baseline");
            for (Map.Entry<String, String> e :
                    b.baselineEnvironment().properties().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeObjectFieldStart("current");
            for (Map.Entry<String, String> e :
                    b.currentEnvironment().properties().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void measurement(JsonGenerator g, String name, Measurement m) throws IOException {
        g.writeObjectFieldStart(name);
        number(g, "score", m.score());
        number(g, "error", m.error());
        g.writeStringField("unit", m.unit());
        g.writeEndObject();
    }

    private void documentation(JsonGenerator g, DocumentationEvidence d) throws IOException {
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
        for (ClassDocumentation c : d.classes().stream()
                .filter(c -> !c.undocumented().isEmpty())
                .limit(LISTED_OFFENDERS)
                .toList()) {
            g.writeStartObject();
            g.writeStringField("class", c.className());
            g.writeNumberField("documented", c.documented());
            g.writeNumberField("total", c.total());
            g.writeArrayFieldStart("undocumented");
            for (UndocumentedElement u : c.undocumented()) {
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
        strings(
                g,
                "generatedSourceRoots",
                d.generatedRoots().stream().map(this::relative).toList());
        g.writeArrayFieldStart("unparsable");
        for (UnparsableFile u : d.unparsable()) {
            g.writeStartObject();
            g.writeStringField("file", relative(u.file()));
            g.writeNumberField("line", u.line());
            g.writeStringField("problem", u.problem());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void counters(JsonGenerator g, Coverage coverage) throws IOException {
        g.writeStartObject();
        for (CounterKind kind : CounterKind.values()) {
            Counter counter = coverage.get(kind);
            g.writeObjectFieldStart(kind.name().toLowerCase(Locale.ROOT));
            g.writeNumberField("covered", counter.covered());
            g.writeNumberField("missed", counter.missed());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void offenders(JsonGenerator g, List<Offender> offenders) throws IOException {
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

    private static void trend(JsonGenerator g, Trend t) throws IOException {
        if (t == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("direction", t.direction().jsonName());
        number(g, "previousScore", t.previous());
        number(g, "delta", t.delta());
        number(g, "high", t.high());
        number(g, "low", t.low());
        g.writeNumberField("count", t.count());
        g.writeEndObject();
    }

    private static void nullableString(JsonGenerator g, String name, String value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeStringField(name, value);
        }
    }

    private static void number(JsonGenerator g, String name, BigDecimal value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value);
        }
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private String relative(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(baseDir) ? baseDir.relativize(abs).toString().replace('\\', '/') : abs.toString();
    }
}
