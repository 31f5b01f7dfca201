package dev.readiness.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs after the invoker ITs: every readiness.json that a real Maven build wrote under {@code target/it/} (and under
 * the other cells of the Maven x JDK matrix, {@code target/it-<cell>/}) is valid against the JSON Schema shipped in
 * the plugin jar, and parses with a strict parser (no NaN, no Infinity).
 */
class ReportsMatchSchemaIT {
    private static final Path IT_ROOT = Path.of("target/it");
    private static final Path TARGET = Path.of("target");
    private static final ObjectMapper STRICT =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Test
    void everyReadinessJsonOfEveryItIsValid() throws IOException {
        List<Path> reports;
        try (Stream<Path> files = Files.walk(IT_ROOT)) {
            reports = files.filter(p -> p.getFileName().toString().equals("readiness.json"))
                    .sorted()
                    .toList();
        }
        List<Path> otherCells;
        try (Stream<Path> cells = Files.list(TARGET)) {
            otherCells = cells.filter(p -> p.getFileName().toString().startsWith("it-") && Files.isDirectory(p))
                    .sorted()
                    .toList();
        }
        List<Path> cellReports = new ArrayList<>();
        for (Path cell : otherCells) {
            try (Stream<Path> files = Files.walk(cell)) {
                files.filter(p -> p.getFileName().toString().equals("readiness.json"))
                        .sorted()
                        .forEach(cellReports::add);
            }
        }
        // a full run: at least the passing, blocked, documented, evidence, coverage, history and parallel cases
        // write reports; with -Dinvoker.test=<case> at least one
        String selection = System.getProperty("invoker.test", "");
        boolean all = selection.isBlank() || selection.startsWith("${");
        assertThat(reports).as("readiness.json files under %s", IT_ROOT).hasSizeGreaterThanOrEqualTo(all ? 10 : 1);

        JsonSchema schema = schema();
        Map<Path, List<String>> invalid = new TreeMap<>();
        for (Path report : Stream.concat(reports.stream(), cellReports.stream()).toList()) {
            JsonNode node = STRICT.readTree(report.toFile());
            List<String> errors = schema.validate(node).stream()
                    .map(ValidationMessage::toString)
                    .toList();
            if (!errors.isEmpty()) {
                invalid.put(TARGET.relativize(report), errors);
            }
        }
        assertThat(invalid).as("schema violations").isEmpty();
    }

    private static JsonSchema schema() throws IOException {
        try (InputStream in =
                ReportsMatchSchemaIT.class.getResourceAsStream("/META-INF/readiness/readiness.schema.json")) {
            assertThat(in).as("the schema in the plugin jar").isNotNull();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(
                            in,
                            SchemaValidatorsConfig.builder()
                                    .formatAssertionsEnabled(true)
                                    .build());
        }
    }
}
