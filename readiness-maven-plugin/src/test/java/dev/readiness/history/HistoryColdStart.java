package dev.readiness.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Not a test: the cold-start cost of the first history read + append in a fresh JVM, with the hand-written mapper
 * ({@link HistoryJson}, jackson-core only) or with a jackson-databind binding of the same line (required properties,
 * unknown fields ignored, duplicate keys rejected, the same bytes written). Issue 18 asked whether the history should
 * move to databind; run each mode in its own JVM, several times, and compare the medians:
 *
 * <pre>for i in 1 2 3 4 5 6 7 8 9 10; do java -cp &lt;test class path&gt; dev.readiness.history.HistoryColdStart current
 * &lt;file.jsonl&gt;; java -cp … HistoryColdStart databind &lt;file.jsonl&gt;; done</pre>
 *
 * <p>Prints the wall time and the process CPU time (all threads, JIT included) from the first use of the mapper to
 * the appended line, in milliseconds, and fails when the two modes would not write the same bytes.
 */
public final class HistoryColdStart {
    private HistoryColdStart() {}

    /** The line as databind would bind it. */
    @JsonPropertyOrder({"v", "timestamp", "project", "score", "level", "gates", "tests", "coverage", "commit", "branch"
    })
    record Line(
            @JsonProperty(value = "v", required = true) int v,

            @JsonProperty(value = "timestamp", required = true)
            String timestamp,

            @JsonProperty(value = "project", required = true)
            Project project,

            @JsonProperty("score") BigDecimal score,
            @JsonProperty(value = "level", required = true) String level,
            @JsonProperty("gates") Map<String, Gate> gates,
            @JsonProperty("tests") Map<String, Long> tests,
            @JsonProperty("coverage") Map<String, Map<String, Long>> coverage,
            @JsonProperty("commit") String commit,
            @JsonProperty("branch") String branch) {}

    @JsonPropertyOrder({"groupId", "artifactId", "version"})
    record Project(
            @JsonProperty(value = "groupId", required = true)
            String groupId,

            @JsonProperty(value = "artifactId", required = true)
            String artifactId,

            @JsonProperty(value = "version", required = true)
            String version) {}

    @JsonPropertyOrder({"status", "value", "bar"})
    record Gate(
            @JsonProperty(value = "status", required = true) String status,
            @JsonProperty("value") BigDecimal value,

            @JsonProperty("bar") @JsonInclude(JsonInclude.Include.NON_NULL)
            BigDecimal bar) {}

    public static void main(String[] args) throws Exception {
        boolean databind = args[0].equals("databind");
        Path file = Files.createTempDirectory("history-cold-start").resolve("history.jsonl");
        Files.copy(Path.of(args[1]), file);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        byte[] line = Files.readAllBytes(file);
        int length = line.length - 1; // without the '\n'
        byte[] out = databind ? databind(line, length) : current(line, length);
        Files.write(file, out, StandardOpenOption.APPEND);
        wall = System.nanoTime() - wall;
        cpu = os.getProcessCpuTime() - cpu;
        System.out.printf(Locale.ROOT, "%s wall %.1f ms, cpu %.1f ms%n", args[0], wall / 1e6, cpu / 1e6);
        if (!Arrays.equals(out, databind ? current(line, length) : databind(line, length))) {
            throw new IllegalStateException("the two mappers write different bytes");
        }
    }

    private static byte[] current(byte[] line, int length) throws Exception {
        HistoryJson json = new HistoryJson();
        return json.toLine(json.parse(line, length));
    }

    private static byte[] databind(byte[] line, int length) throws Exception {
        JsonMapper mapper = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        byte[] json = mapper.writeValueAsBytes(mapper.readValue(line, 0, length, Line.class));
        byte[] withNewline = Arrays.copyOf(json, json.length + 1);
        withNewline[json.length] = '\n';
        return withNewline;
    }
}
