package dev.readiness.evidence.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.readiness.evidence.EvidenceException;
import dev.readiness.text.SafeText;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Streams a JMH {@code -rf json} results file. Only the key, the scores, errors and units are kept; raw data,
 * percentiles and JVM details are skipped without being built in memory, so memory grows with the number of
 * benchmarks, not with the size of the file. Duplicate fields and duplicate benchmarks are errors.
 */
final class JmhResultReader {
    /** Largest decimal exponent accepted for a score; JMH scores are far from it, hostile ones are not. */
    private static final int MAX_EXPONENT = 100;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(64)
                    .maxNumberLength(200)
                    .maxStringLength(1_000_000)
                    .build())
            .build();

    private final Path file;
    private final Set<String> secondaryMetrics;

    /**
     * @param file the file to read, for reading and for messages
     * @param secondaryMetrics the secondary metrics to keep (names without the legacy {@code ·} prefix)
     */
    JmhResultReader(Path file, Collection<String> secondaryMetrics) {
        this.file = file;
        this.secondaryMetrics = Set.copyOf(secondaryMetrics);
    }

    /** The file's entries by key, in file order. */
    Map<BenchmarkKey, JmhResult> read() throws EvidenceException {
        Map<BenchmarkKey, JmhResult> results = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file);
                JsonParser parser = FACTORY.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw problem(parser, "is empty");
            }
            if (first != JsonToken.START_ARRAY) {
                throw problem(parser, "does not start with '[' (a JMH JSON results file is an array of benchmarks)");
            }
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token != JsonToken.START_OBJECT) {
                    throw problem(parser, "has " + describe(token) + " where a benchmark object was expected");
                }
                JsonLocation start = parser.currentTokenLocation();
                JmhResult result = readBenchmark(parser);
                JmhResult previous = results.putIfAbsent(result.key(), result);
                if (previous != null) {
                    throw problem(start, "contains " + result.key().label() + " twice");
                }
            }
            if (parser.nextToken() != null) {
                throw problem(parser, "has content after the closing ']'");
            }
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            String at = location == null ? "" : at(location);
            throw new EvidenceException(
                    file,
                    "Malformed JMH results file " + file + at + ": " + e.getOriginalMessage() + ". " + remedy(),
                    e);
        } catch (IOException e) {
            throw new EvidenceException(
                    file,
                    "Cannot read the JMH results file " + file + ": " + e.getMessage()
                            + ". Check that it is a readable file.",
                    e);
        }
        return results;
    }

    private JmhResult readBenchmark(JsonParser parser) throws IOException, EvidenceException {
        JsonLocation start = parser.currentTokenLocation();
        String benchmark = null;
        String mode = null;
        SortedMap<String, String> params = new TreeMap<>();
        Measurement primary = null;
        Map<String, Measurement> secondary = new TreeMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "benchmark" -> benchmark = text(parser, value, field);
                case "mode" -> mode = text(parser, value, field);
                case "params" -> readParams(parser, value, params);
                case "primaryMetric" -> primary = readMetric(parser, value, "primaryMetric");
                case "secondaryMetrics" -> readSecondary(parser, value, secondary);
                default -> parser.skipChildren();
            }
        }
        if (benchmark == null || benchmark.isBlank() || mode == null || mode.isBlank() || primary == null) {
            throw problem(
                    start, "has a benchmark entry without 'benchmark', 'mode' or 'primaryMetric' (written by JMH?)");
        }
        return new JmhResult(new BenchmarkKey(benchmark, mode, params), primary, secondary);
    }

    private void readParams(JsonParser parser, JsonToken value, SortedMap<String, String> params)
            throws IOException, EvidenceException {
        expectObject(parser, value, "params");
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken token = parser.nextToken();
            if (!token.isScalarValue()) {
                throw problem(parser, "has a non-scalar value for the parameter '" + name + "'");
            }
            params.put(name, parser.getText());
        }
    }

    private void readSecondary(JsonParser parser, JsonToken value, Map<String, Measurement> secondary)
            throws IOException, EvidenceException {
        expectObject(parser, value, "secondaryMetrics");
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = normalizeMetricName(parser.currentName());
            JsonToken token = parser.nextToken();
            if (secondaryMetrics.contains(name)) {
                secondary.put(name, readMetric(parser, token, "secondaryMetrics." + name));
            } else {
                parser.skipChildren();
            }
        }
    }

    private Measurement readMetric(JsonParser parser, JsonToken value, String what)
            throws IOException, EvidenceException {
        expectObject(parser, value, what);
        JsonLocation start = parser.currentTokenLocation();
        BigDecimal score = null;
        boolean scoreSeen = false;
        BigDecimal error = null;
        String unit = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken token = parser.nextToken();
            switch (field) {
                case "score" -> {
                    score = number(parser, token, what + ".score");
                    scoreSeen = true;
                }
                case "scoreError" -> error = number(parser, token, what + ".scoreError");
                case "scoreUnit" -> unit = text(parser, token, what + ".scoreUnit");
                default -> parser.skipChildren();
            }
        }
        if (!scoreSeen || unit == null || unit.isBlank()) {
            throw problem(start, "has a '" + what + "' without 'score' or 'scoreUnit'");
        }
        if (score == null) {
            throw problem(start, "has a '" + what + "' whose score is not a number (NaN or infinite)");
        }
        return new Measurement(score, error == null ? null : error.abs(), unit);
    }

    /** A finite number of sane magnitude, or {@code null} for JMH's {@code "NaN"} and the infinities. */
    private BigDecimal number(JsonParser parser, JsonToken token, String what) throws IOException, EvidenceException {
        if (token == JsonToken.VALUE_STRING) {
            String text = parser.getText().strip();
            if (text.equals("NaN") || text.equals("Infinity") || text.equals("-Infinity")) {
                return null;
            }
            throw problem(parser, "has '" + what + "' = \"" + abbreviate(text) + "\" instead of a number");
        }
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw problem(parser, "has " + describe(token) + " for '" + what + "' instead of a number");
        }
        BigDecimal number = parser.getDecimalValue();
        int exponent = number.precision() - number.scale() - 1;
        if (number.signum() != 0 && Math.abs(exponent) > MAX_EXPONENT) {
            throw problem(parser, "has an implausible '" + what + "' (about 1e" + exponent + ")");
        }
        return number;
    }

    private String text(JsonParser parser, JsonToken token, String what) throws IOException, EvidenceException {
        if (token != JsonToken.VALUE_STRING) {
            throw problem(parser, "has " + describe(token) + " for '" + what + "' instead of a string");
        }
        return parser.getText();
    }

    private void expectObject(JsonParser parser, JsonToken token, String what) throws EvidenceException {
        if (token != JsonToken.START_OBJECT) {
            throw problem(parser, "has " + describe(token) + " for '" + what + "' instead of an object");
        }
    }

    /** Strips the {@code ·} (U+00B7) prefix older JMH versions put before profiler metrics. */
    static String normalizeMetricName(String name) {
        String stripped = name.strip();
        return stripped.startsWith("\u00b7") ? stripped.substring(1) : stripped;
    }

    private EvidenceException problem(JsonParser parser, String what) {
        return problem(parser.currentTokenLocation(), what);
    }

    private EvidenceException problem(JsonLocation location, String what) {
        return new EvidenceException(
                file, "The JMH results file " + file + at(location) + " " + what + ". " + remedy());
    }

    private static String at(JsonLocation location) {
        return location.getLineNr() > 0
                ? " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")"
                : "";
    }

    private static String remedy() {
        return "Regenerate it with JMH's JSON output ('-rf json -rff <file>'); a truncated file usually means the"
                + " benchmark run was interrupted.";
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the file";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> "'" + token.name() + "'";
        };
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : SafeText.truncate(text, 40) + "..";
    }
}
