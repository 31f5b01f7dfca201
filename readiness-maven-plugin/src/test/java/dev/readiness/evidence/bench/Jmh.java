package dev.readiness.evidence.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Hand-made JMH results files in the shape JMH 1.37 writes ({@code -rf json}), for edge cases. */
final class Jmh {
    static final Path REAL = Path.of("src/test/resources/jmh/real").toAbsolutePath();

    private Jmh() {}

    /** One benchmark entry. {@code error} is a JSON value: a number or {@code "\"NaN\""}; params as "k=v" pairs. */
    static String entry(String benchmark, String mode, String score, String error, String unit, String... params) {
        return entryWith(benchmark, mode, score, error, unit, "", params);
    }

    /** One benchmark entry with extra raw JSON inside the entry, e.g. a {@code secondaryMetrics} member. */
    static String entryWith(
            String benchmark, String mode, String score, String error, String unit, String extra, String... params) {
        StringBuilder p = new StringBuilder();
        for (String param : params) {
            String[] kv = param.split("=", 2);
            if (p.length() > 0) {
                p.append(", ");
            }
            p.append('"').append(kv[0]).append("\" : \"").append(kv[1]).append('"');
        }
        return "{\n  \"jmhVersion\" : \"1.37\",\n  \"benchmark\" : \"" + benchmark + "\",\n  \"mode\" : \"" + mode
                + "\",\n  \"threads\" : 1,\n  \"forks\" : 1,\n  \"jvmArgs\" : [ ],\n"
                + (params.length > 0 ? "  \"params\" : { " + p + " },\n" : "")
                + "  \"primaryMetric\" : " + metric(score, error, unit) + (extra.isEmpty() ? "" : ",\n  " + extra)
                + "\n}";
    }

    static String metric(String score, String error, String unit) {
        return "{ \"score\" : " + score + ", \"scoreError\" : " + error
                + ", \"scoreConfidence\" : [ 1.0, 2.0 ], \"scorePercentiles\" : { \"0.0\" : 1.0 }, \"scoreUnit\" : \""
                + unit + "\", \"rawData\" : [ [ 1.0, 2.0 ] ] }";
    }

    static String secondary(String name, String score, String error, String unit) {
        return "\"secondaryMetrics\" : { \"" + name + "\" : " + metric(score, error, unit) + " }";
    }

    static Path write(Path dir, String name, String... entries) throws IOException {
        return writeRaw(dir, name, "[\n" + String.join(",\n", List.of(entries)) + "\n]\n");
    }

    static Path writeRaw(Path dir, String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
