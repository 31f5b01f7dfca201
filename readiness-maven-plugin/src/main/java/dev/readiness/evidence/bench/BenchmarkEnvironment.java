package dev.readiness.evidence.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.readiness.evidence.EvidenceException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Where a set of JMH results was measured: the JVM and JMH with their run settings, as JMH writes them into every
 * benchmark of its JSON, and the machine (CPU model, cores, operating system), which JMH does not write. The
 * {@code readiness:baseline} goal adds the machine to every benchmark of the baseline as a {@code machine} object
 * (JMH and its tools ignore unknown fields); current results without one were measured on the machine running
 * readiness.
 *
 * <p>Two results are comparable only when every property is equal: a faster CPU, another JDK or fewer forks change
 * the scores without any change of the code. The benchmark's JVM arguments ({@code jvmArgs}) are not part of the
 * environment: they are part of what is measured (a GC or heap setting is a change to judge, like a code change).
 *
 * @param properties property name → value, sorted by name; a property whose value differs between benchmarks of
 *     one file holds the distinct values joined by {@code " | "}
 */
public record BenchmarkEnvironment(Map<String, String> properties) {

    /** The JMH fields that describe the JVM, JMH and the run settings. */
    static final List<String> JMH_FIELDS = List.of(
            "jmhVersion",
            "jdkVersion",
            "vmName",
            "vmVersion",
            "forks",
            "threads",
            "warmupIterations",
            "warmupTime",
            "measurementIterations",
            "measurementTime");

    /** The machine fields. */
    static final List<String> MACHINE_FIELDS = List.of("cpu", "cores", "os");

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(64)
                    .maxNumberLength(200)
                    .maxStringLength(1_000_000)
                    .build())
            .build();

    public BenchmarkEnvironment {
        properties = Collections.unmodifiableMap(new TreeMap<>(properties));
    }

    /** The machine readiness runs on: CPU model ({@code /proc/cpuinfo}, else the architecture), cores, OS. */
    public static Map<String, String> currentMachine() {
        String cpu = null;
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            try (Stream<String> lines = Files.lines(cpuinfo, StandardCharsets.UTF_8)) {
                cpu = lines.filter(l -> l.startsWith("model name"))
                        .map(l -> l.substring(l.indexOf(':') + 1).strip())
                        .findFirst()
                        .orElse(null);
            } catch (IOException | UncheckedIOException e) {
                cpu = null;
            }
        }
        Map<String, String> machine = new TreeMap<>();
        machine.put("cpu", cpu == null || cpu.isBlank() ? System.getProperty("os.arch") : cpu);
        machine.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        return machine;
    }

    /**
     * Reads the environment of a JMH results file (already validated by {@link JmhResultReader}).
     *
     * @param machineIfAbsent the machine to assume when the file records none ({@code null}: leave the machine
     *     fields out, i.e. unknown)
     */
    static BenchmarkEnvironment read(Path file, Map<String, String> machineIfAbsent) throws EvidenceException {
        Map<String, Set<String>> values = new TreeMap<>();
        boolean machineRecorded = false;
        try (InputStream in = Files.newInputStream(file);
                JsonParser parser = FACTORY.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                return new BenchmarkEnvironment(Map.of());
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (field.equals("machine") && value == JsonToken.START_OBJECT) {
                        machineRecorded = true;
                        while (parser.nextToken() == JsonToken.FIELD_NAME) {
                            String name = parser.currentName();
                            JsonToken v = parser.nextToken();
                            if (MACHINE_FIELDS.contains(name) && v.isScalarValue()) {
                                values.computeIfAbsent(name, k -> new TreeSet<>())
                                        .add(parser.getText());
                            } else {
                                parser.skipChildren();
                            }
                        }
                    } else if (JMH_FIELDS.contains(field) && value.isScalarValue()) {
                        values.computeIfAbsent(field, k -> new TreeSet<>()).add(parser.getText());
                    } else {
                        parser.skipChildren();
                    }
                }
            }
        } catch (IOException e) {
            throw new EvidenceException(
                    file, "Cannot read the JMH environment of " + file + ": " + e.getMessage() + ".", e);
        }
        Map<String, String> properties = new TreeMap<>();
        values.forEach((name, set) -> properties.put(name, String.join(" | ", set)));
        if (!machineRecorded && machineIfAbsent != null) {
            properties.putAll(machineIfAbsent);
        }
        return new BenchmarkEnvironment(properties);
    }

    /**
     * Why results measured in {@code current} cannot be compared with a baseline measured in this environment: one
     * line per differing property ({@code cores: baseline 8, now 2}); empty when they are comparable.
     */
    public List<String> differencesTo(BenchmarkEnvironment current) {
        List<String> out = new ArrayList<>();
        if (MACHINE_FIELDS.stream().noneMatch(properties::containsKey)) {
            out.add("the baseline does not record the machine it was measured on (CPU, cores, OS)");
        }
        Set<String> names = new TreeSet<>(properties.keySet());
        names.addAll(current.properties.keySet());
        for (String name : names) {
            String before = properties.get(name);
            String now = current.properties.get(name);
            if (before == null && MACHINE_FIELDS.contains(name)) {
                continue; // said once above
            }
            if (before == null || now == null || !before.equals(now)) {
                out.add(name + ": baseline " + (before == null ? "not recorded" : "'" + before + "'") + ", now "
                        + (now == null ? "not recorded" : "'" + now + "'"));
            }
        }
        return out;
    }

    /**
     * Writes a copy of JMH results with the machine added to every benchmark as a {@code machine} object (an existing
     * one is replaced); every other field is copied as it is.
     */
    static void writeWithMachine(Path from, OutputStream to, Map<String, String> machine) throws IOException {
        try (InputStream in = Files.newInputStream(from);
                JsonParser parser = FACTORY.createParser(in);
                JsonGenerator g = FACTORY.createGenerator(to)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException("not a JMH results array");
            }
            g.writeStartArray();
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                g.writeStartObject();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    parser.nextToken();
                    if (field.equals("machine")) {
                        parser.skipChildren();
                        continue;
                    }
                    g.writeFieldName(field);
                    g.copyCurrentStructure(parser);
                }
                g.writeObjectFieldStart("machine");
                for (Map.Entry<String, String> e : new LinkedHashMap<>(machine).entrySet()) {
                    g.writeStringField(e.getKey().toLowerCase(Locale.ROOT), e.getValue());
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeRaw('\n');
        }
    }
}
