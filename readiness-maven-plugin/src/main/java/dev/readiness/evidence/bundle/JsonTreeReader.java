package dev.readiness.evidence.bundle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict reader of a small JSON document into maps, lists, strings, longs, booleans and {@code null}: duplicate keys,
 * fractions, nesting deeper than 16 and trailing content are errors. No Jackson object mapping (no polymorphic types).
 */
final class JsonTreeReader {
    private static final int MAX_DEPTH = 16;

    private JsonTreeReader() {}

    static Object read(byte[] json) throws IOException {
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(1 << 20)
                        .build())
                .build();
        try (JsonParser p = factory.createParser(json)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new IOException("empty document");
            }
            Object value = value(p, first, 0);
            if (p.nextToken() != null) {
                throw new IOException("content after the document at line "
                        + p.currentLocation().getLineNr());
            }
            return value;
        }
    }

    private static Object value(JsonParser p, JsonToken t, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new IOException("nested deeper than " + MAX_DEPTH);
        }
        return switch (t) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String name = p.currentName();
                    map.put(name, value(p, p.nextToken(), depth + 1));
                }
                yield map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY; v = p.nextToken()) {
                    list.add(value(p, v, depth + 1));
                }
                yield list;
            }
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> {
                if (p.getNumberType() != JsonParser.NumberType.INT && p.getNumberType() != JsonParser.NumberType.LONG) {
                    throw new IOException(
                            "number out of range at line " + p.currentLocation().getLineNr());
                }
                yield p.getLongValue();
            }
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default ->
                throw new IOException(
                        "unexpected " + t + " at line " + p.currentLocation().getLineNr());
        };
    }
}
