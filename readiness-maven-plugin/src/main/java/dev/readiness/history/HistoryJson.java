package dev.readiness.history;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.readiness.policy.ReadinessLevel;
import dev.readiness.text.SafeText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One history line to and from JSON, with Jackson's streaming API. Field order is fixed, maps are sorted and numbers
 * are written in plain notation, so equal records give equal bytes.
 *
 * <pre>{"v":1,"timestamp":"2026-11-22T10:15:30Z","project":{"groupId":"g","artifactId":"a","version":"1.0"},
 * "score":91.5,"level":"CONDITIONAL_READY","gates":{"id":{"status":"PASSED","value":97.1}},
 * "tests":{"failed":0,"total":12},"coverage":{"line":{"covered":90,"missed":10}},"commit":"0a1b…","branch":"main"}</pre>
 *
 * <p>Reading ignores unknown fields at every level (forward compatible) and rejects anything else that does not fit:
 * wrong types, missing required fields, duplicate keys, or more than one JSON value on the line.
 */
final class HistoryJson {
    /** Largest scale (digits after the point, or zeros before it) accepted in a number read back. */
    private static final int MAX_SCALE = 100;

    private final JsonFactory factory = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** The record as one line of UTF-8 JSON, ending with {@code \n}. */
    byte[] toLine(HistoryRecord record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (JsonGenerator json = factory.createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberField("v", record.version());
            json.writeStringField("timestamp", DateTimeFormatter.ISO_INSTANT.format(record.timestamp()));
            json.writeObjectFieldStart("project");
            json.writeStringField("groupId", record.groupId());
            json.writeStringField("artifactId", record.artifactId());
            json.writeStringField("version", record.projectVersion());
            json.writeEndObject();
            writeDecimal(json, "score", record.score());
            json.writeStringField("level", record.level().name());
            json.writeObjectFieldStart("gates");
            for (Map.Entry<String, GateSnapshot> gate : record.gates().entrySet()) {
                json.writeObjectFieldStart(gate.getKey());
                json.writeStringField("status", gate.getValue().status().name());
                writeDecimal(json, "value", gate.getValue().value());
                if (gate.getValue().bar() != null) {
                    writeDecimal(json, "bar", gate.getValue().bar());
                }
                json.writeEndObject();
            }
            json.writeEndObject();
            writeCounts(json, "tests", record.tests());
            json.writeObjectFieldStart("coverage");
            for (Map.Entry<String, Map<String, Long>> counter :
                    record.coverage().entrySet()) {
                writeCounts(json, counter.getKey(), counter.getValue());
            }
            json.writeEndObject();
            json.writeStringField("commit", record.commit());
            json.writeStringField("branch", record.branch());
            if (!record.testRuns().isEmpty()) {
                writeTestRuns(json, record.testRuns());
            }
            json.writeEndObject();
        } catch (IOException e) {
            // Writing to memory cannot fail for I/O reasons.
            throw new UncheckedIOException(e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static void writeDecimal(JsonGenerator json, String name, BigDecimal value) throws IOException {
        json.writeFieldName(name);
        if (value == null) {
            json.writeNull();
        } else {
            json.writeNumber(value);
        }
    }

    private static void writeTestRuns(JsonGenerator json, TestRuns runs) throws IOException {
        json.writeObjectFieldStart("testRuns");
        if (runs.fingerprint() != null) {
            json.writeStringField("fingerprint", runs.fingerprint());
        }
        writeIds(json, "failed", runs.failed());
        writeIds(json, "errors", runs.errors());
        writeIds(json, "flaky", runs.flaky());
        if (!runs.durations().isEmpty()) {
            json.writeObjectFieldStart("durations");
            for (Map.Entry<String, Durations.Suite> source :
                    runs.durations().sources().entrySet()) {
                json.writeObjectFieldStart(source.getKey());
                json.writeNumberField("total", source.getValue().totalMillis());
                json.writeNumberField("count", source.getValue().classCount());
                writeCounts(json, "classes", source.getValue().classes());
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void writeIds(JsonGenerator json, String name, Map<String, String> ids) throws IOException {
        if (ids.isEmpty()) {
            return;
        }
        json.writeObjectFieldStart(name);
        for (Map.Entry<String, String> id : ids.entrySet()) {
            json.writeStringField(id.getKey(), id.getValue());
        }
        json.writeEndObject();
    }

    private static void writeCounts(JsonGenerator json, String name, Map<String, Long> counts) throws IOException {
        json.writeObjectFieldStart(name);
        for (Map.Entry<String, Long> count : counts.entrySet()) {
            json.writeNumberField(count.getKey(), count.getValue());
        }
        json.writeEndObject();
    }

    /**
     * Parses one line (without its {@code \n}).
     *
     * @throws BadLineException with a short reason when the line is not one complete, valid record
     */
    HistoryRecord parse(byte[] line, int length) throws BadLineException {
        try (JsonParser json = factory.createParser(line, 0, length)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new BadLineException("not a JSON object");
            }
            HistoryRecord record = readRecord(json);
            if (json.nextToken() != null) {
                throw new BadLineException("more than one JSON value on the line (two records glued together?)");
            }
            return record;
        } catch (JacksonException e) {
            // Jackson's messages may quote the offending token: only a short, sanitised excerpt of it is kept.
            throw new BadLineException(SafeText.excerpt(firstLine(e.getOriginalMessage()), 80)
                    + (e.getLocation() == null || e.getLocation().getColumnNr() < 1
                            ? ""
                            : " (column " + e.getLocation().getColumnNr() + ")"));
        } catch (IllegalArgumentException | NullPointerException | ArithmeticException e) {
            // Defensive: whatever the checks above missed is still a bad line, never an exception for the caller.
            throw new BadLineException("not a valid record (" + e + ")");
        } catch (IOException e) {
            // The parser reads from memory; any other I/O exception is a parse problem too.
            throw new BadLineException(firstLine(e.getMessage()));
        }
    }

    private static HistoryRecord readRecord(JsonParser json) throws IOException, BadLineException {
        Integer version = null;
        Instant timestamp = null;
        String[] project = null;
        BigDecimal score = null;
        String level = null;
        Map<String, GateSnapshot> gates = Map.of();
        Map<String, Long> tests = Map.of();
        Map<String, Map<String, Long>> coverage = Map.of();
        String commit = null;
        String branch = null;
        TestRuns testRuns = TestRuns.NONE;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken token = json.nextToken();
            switch (field) {
                case "v" -> version = readVersion(json, token);
                case "timestamp" -> timestamp = readInstant(json, token);
                case "project" -> project = readProject(json, token);
                case "score" -> score = readDecimal(json, token, field);
                case "level" -> level = readString(json, token, field);
                case "gates" -> gates = readGates(json, token);
                case "tests" -> tests = readCounts(json, token, field);
                case "coverage" -> coverage = readCoverage(json, token);
                case "commit" -> commit = readString(json, token, field);
                case "branch" -> branch = readString(json, token, field);
                case "testRuns" -> testRuns = readTestRuns(json, token);
                default -> json.skipChildren();
            }
        }
        if (version == null) {
            throw new BadLineException("no schema version field 'v'");
        }
        require(timestamp, "timestamp");
        require(project, "project");
        require(level, "level");
        validate(timestamp, project, score, level, gates, tests, coverage, commit, branch);
        return new HistoryRecord(
                version,
                timestamp,
                project[0],
                project[1],
                project[2],
                score,
                HistoryName.read(ReadinessLevel.class, level),
                gates,
                tests,
                coverage,
                commit,
                branch,
                testRuns);
    }

    private static TestRuns readTestRuns(JsonParser json, JsonToken token) throws IOException, BadLineException {
        expectObject(token, "testRuns");
        String fingerprint = null;
        Map<String, String> failed = Map.of();
        Map<String, String> errors = Map.of();
        Map<String, String> flaky = Map.of();
        Durations durations = Durations.NONE;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken value = json.nextToken();
            switch (field) {
                case "fingerprint" -> fingerprint = readString(json, value, "testRuns.fingerprint");
                case "failed" -> failed = readIds(json, value, "testRuns.failed");
                case "errors" -> errors = readIds(json, value, "testRuns.errors");
                case "flaky" -> flaky = readIds(json, value, "testRuns.flaky");
                case "durations" -> durations = readDurations(json, value);
                default -> json.skipChildren();
            }
        }
        if (fingerprint != null && !FINGERPRINT.matcher(fingerprint).matches()) {
            throw new BadLineException("field 'testRuns.fingerprint' is not sha256: and 64 hex digits");
        }
        return new TestRuns(fingerprint, failed, errors, flaky, durations);
    }

    /** Test sources a {@code durations} object may name; others (of a newer version) are skipped. */
    private static final java.util.Set<String> DURATION_SOURCES = java.util.Set.of("surefire", "failsafe");

    private static Durations readDurations(JsonParser json, JsonToken token) throws IOException, BadLineException {
        expectObject(token, "testRuns.durations");
        Map<String, Durations.Suite> sources = new LinkedHashMap<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String source = json.currentName();
            JsonToken value = json.nextToken();
            if (!DURATION_SOURCES.contains(source)) {
                json.skipChildren();
                continue;
            }
            String where = "testRuns.durations." + source;
            expectObject(value, where);
            Long total = null;
            Long count = null;
            Map<String, Long> classes = Map.of();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken v = json.nextToken();
                switch (field) {
                    case "total" -> total = readMillis(json, v, where + ".total");
                    case "count" -> count = readMillis(json, v, where + ".count");
                    case "classes" -> classes = readClassTimes(json, v, where + ".classes");
                    default -> json.skipChildren();
                }
            }
            if (total == null || count == null || count > Integer.MAX_VALUE || count < classes.size()) {
                throw new BadLineException("'" + where + "' needs 'total' and a 'count' of at least its classes");
            }
            sources.put(source, new Durations.Suite(total, count.intValue(), classes));
        }
        return new Durations(sources);
    }

    private static Map<String, Long> readClassTimes(JsonParser json, JsonToken token, String where)
            throws IOException, BadLineException {
        expectObject(token, where);
        Map<String, Long> classes = new LinkedHashMap<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            text(name, "a test class in '" + where + "'", false);
            if (classes.size() == Durations.LIMIT) {
                throw new BadLineException("'" + where + "' names more than " + Durations.LIMIT + " classes");
            }
            classes.put(name, readMillis(json, json.nextToken(), where + ".<class>"));
        }
        return classes;
    }

    /** A whole, non-negative number of milliseconds (or a count) of at most a year's worth. */
    private static long readMillis(JsonParser json, JsonToken token, String where)
            throws IOException, BadLineException {
        if (token != JsonToken.VALUE_NUMBER_INT || json.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw new BadLineException("'" + where + "' is not a whole number");
        }
        long value = json.getLongValue();
        if (value < 0 || value > MAX_MILLIS) {
            throw new BadLineException("'" + where + "' is outside 0–" + MAX_MILLIS);
        }
        return value;
    }

    /** Largest duration a record may carry: one year in milliseconds. */
    private static final long MAX_MILLIS = 365L * 24 * 3600 * 1000;

    private static Map<String, String> readIds(JsonParser json, JsonToken token, String where)
            throws IOException, BadLineException {
        expectObject(token, where);
        Map<String, String> ids = new LinkedHashMap<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String id = json.currentName();
            String message = readString(json, json.nextToken(), where + ".<id>");
            if (message == null) {
                throw new BadLineException("a failure line in '" + where + "' is null");
            }
            text(id, "a test id in '" + where + "'", false);
            if (!message.isEmpty()) {
                text(message, "a failure line in '" + where + "'", false);
            }
            if (ids.size() == TestRuns.LIMIT) {
                throw new BadLineException("'" + where + "' names more than " + TestRuns.LIMIT + " tests");
            }
            ids.put(id, message);
        }
        return ids;
    }

    private static final Pattern FINGERPRINT = Pattern.compile("sha256:[0-9a-f]{64}");

    /** The earliest and latest timestamps a record may carry; anything else is a forged or corrupt line. */
    static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");

    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private static final int MAX_TEXT = 1000;
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z_]{0,39}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Rejects a record that parses but that no build of this plugin writes: a timestamp outside years 1970–9999, a
     * level or status that is not an upper-case name, an empty gate id, a value outside 0–100, a negative count, or
     * text with control characters or lone surrogates. Such a line is skipped like a torn one, so it cannot break the
     * views of every later build.
     */
    private static void validate(
            Instant timestamp,
            String[] project,
            BigDecimal score,
            String level,
            Map<String, GateSnapshot> gates,
            Map<String, Long> tests,
            Map<String, Map<String, Long>> coverage,
            String commit,
            String branch)
            throws BadLineException {
        if (timestamp.isBefore(EARLIEST) || timestamp.isAfter(LATEST)) {
            throw new BadLineException("field 'timestamp' is outside the years 1970 to 9999");
        }
        text(project[0], "project.groupId", false);
        text(project[1], "project.artifactId", false);
        text(project[2], "project.version", false);
        text(commit, "commit", true);
        text(branch, "branch", true);
        name(level, "level");
        percent(score, "score");
        for (Map.Entry<String, GateSnapshot> gate : gates.entrySet()) {
            text(gate.getKey(), "a gate id", false);
            name(gate.getValue().status().name(), "gates.*.status");
            percent(gate.getValue().value(), "gates.*.value");
            percent(gate.getValue().bar(), "gates.*.bar");
        }
        counts(tests, "tests");
        for (Map.Entry<String, Map<String, Long>> counter : coverage.entrySet()) {
            text(counter.getKey(), "a coverage counter name", false);
            counts(counter.getValue(), "coverage.*");
        }
    }

    private static void text(String value, String field, boolean nullable) throws BadLineException {
        if (value == null && nullable) {
            return;
        }
        if (value == null || value.isEmpty()) {
            throw new BadLineException(field + " is empty");
        }
        if (value.length() > MAX_TEXT) {
            throw new BadLineException(field + " is longer than " + MAX_TEXT + " characters");
        }
        if (SafeText.hasUnsafe(value)) {
            throw new BadLineException(field + " contains control characters or broken Unicode");
        }
    }

    private static void name(String value, String field) throws BadLineException {
        if (!NAME.matcher(value).matches()) {
            throw new BadLineException("field '" + field + "' is not an upper-case name such as PASSED");
        }
    }

    private static void percent(BigDecimal value, String field) throws BadLineException {
        if (value != null && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
            throw new BadLineException("field '" + field + "' is outside 0 to 100");
        }
    }

    private static void counts(Map<String, Long> counts, String field) throws BadLineException {
        for (Map.Entry<String, Long> count : counts.entrySet()) {
            text(count.getKey(), "a name in '" + field + "'", false);
            if (count.getValue() < 0) {
                throw new BadLineException("a count in '" + field + "' is negative");
            }
        }
    }

    private static void require(Object value, String field) throws BadLineException {
        if (value == null) {
            throw new BadLineException("required field '" + field + "' is missing or null");
        }
    }

    private static int readVersion(JsonParser json, JsonToken token) throws IOException, BadLineException {
        if (token != JsonToken.VALUE_NUMBER_INT || json.getNumberType() != JsonParser.NumberType.INT) {
            throw new BadLineException("field 'v' is not a whole number");
        }
        int version = json.getIntValue();
        if (version < 1) {
            throw new BadLineException("field 'v' is " + version + ", expected 1 or more");
        }
        return version;
    }

    private static Instant readInstant(JsonParser json, JsonToken token) throws IOException, BadLineException {
        String text = readString(json, token, "timestamp");
        if (text == null) {
            return null;
        }
        try {
            return DateTimeFormatter.ISO_INSTANT.parse(text, Instant::from);
        } catch (DateTimeException e) {
            throw new BadLineException("field 'timestamp' is not an ISO-8601 instant");
        }
    }

    private static String[] readProject(JsonParser json, JsonToken token) throws IOException, BadLineException {
        expectObject(token, "project");
        String[] project = new String[3];
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken value = json.nextToken();
            switch (field) {
                case "groupId" -> project[0] = readString(json, value, "project.groupId");
                case "artifactId" -> project[1] = readString(json, value, "project.artifactId");
                case "version" -> project[2] = readString(json, value, "project.version");
                default -> json.skipChildren();
            }
        }
        require(project[0], "project.groupId");
        require(project[1], "project.artifactId");
        require(project[2], "project.version");
        return project;
    }

    private static Map<String, GateSnapshot> readGates(JsonParser json, JsonToken token)
            throws IOException, BadLineException {
        expectObject(token, "gates");
        Map<String, GateSnapshot> gates = new LinkedHashMap<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String id = json.currentName();
            String where = "gates.<id>";
            expectObject(json.nextToken(), where);
            String status = null;
            BigDecimal value = null;
            BigDecimal bar = null;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken fieldValue = json.nextToken();
                switch (field) {
                    case "status" -> status = readString(json, fieldValue, where + ".status");
                    case "value" -> value = readDecimal(json, fieldValue, where + ".value");
                    case "bar" -> bar = readDecimal(json, fieldValue, where + ".bar");
                    default -> json.skipChildren();
                }
            }
            require(status, where + ".status");
            gates.put(id, new GateSnapshot(HistoryName.read(SnapshotStatus.class, status), value, bar));
        }
        return gates;
    }

    private static Map<String, Map<String, Long>> readCoverage(JsonParser json, JsonToken token)
            throws IOException, BadLineException {
        expectObject(token, "coverage");
        Map<String, Map<String, Long>> coverage = new LinkedHashMap<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String counter = json.currentName();
            coverage.put(counter, readCounts(json, json.nextToken(), "coverage.<counter>"));
        }
        return coverage;
    }

    private static Map<String, Long> readCounts(JsonParser json, JsonToken token, String where)
            throws IOException, BadLineException {
        expectObject(token, where);
        Map<String, Long> counts = new LinkedHashMap<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            JsonToken value = json.nextToken();
            if (value != JsonToken.VALUE_NUMBER_INT) {
                throw new BadLineException("a count in '" + where + "' is not a whole number");
            }
            counts.put(name, json.getLongValue());
        }
        return counts;
    }

    private static String readString(JsonParser json, JsonToken token, String where)
            throws IOException, BadLineException {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_STRING) {
            throw new BadLineException("field '" + where + "' is not a string");
        }
        return json.getText();
    }

    private static BigDecimal readDecimal(JsonParser json, JsonToken token, String where)
            throws IOException, BadLineException {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw new BadLineException("field '" + where + "' is not a number");
        }
        BigDecimal value = json.getDecimalValue();
        if (Math.abs(value.scale()) > MAX_SCALE) {
            // 1e999999999 is short to write but a billion digits to print: no score or gate value looks like that.
            throw new BadLineException("field '" + where + "' is out of range");
        }
        return value;
    }

    private static void expectObject(JsonToken token, String where) throws BadLineException {
        if (token != JsonToken.START_OBJECT) {
            throw new BadLineException("field '" + where + "' is not an object");
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid JSON";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** A line that is not a valid record; the message says why, in a few words. */
    static final class BadLineException extends Exception {
        private static final long serialVersionUID = 1L;

        BadLineException(String reason) {
            super(reason);
        }
    }
}
