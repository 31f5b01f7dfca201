package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.readiness.assess.Assessment;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every readiness.json the renderer writes is valid against the published schema, and the schema has teeth. */
class JsonSchemaTest {
    static final String SCHEMA_RESOURCE = "/META-INF/readiness/readiness.schema.json";
    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = JsonSchemaTest.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            assertThat(in).as("schema in the plugin jar at " + SCHEMA_RESOURCE).isNotNull();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(
                            in,
                            SchemaValidatorsConfig.builder()
                                    .formatAssertionsEnabled(true)
                                    .build());
        }
    }

    private static JsonNode json(Assessment a) throws Exception {
        // strict parser: NaN or Infinity in the output would fail here
        return MAPPER.readTree(new JsonReport(Assessments.RESOURCES).render(a));
    }

    private static Set<String> errors(JsonNode node) {
        return schema.validate(node).stream().map(ValidationMessage::toString).collect(Collectors.toSet());
    }

    @Test
    void benchmarkAndDocumentationSectionsAreValid() throws Exception {
        var request = Assessments.realEvidence(
                        Assessments.policy(List.of()), new dev.readiness.assess.ProjectInfo("com.acme", "lib", "1.0"))
                .benchmarks(new dev.readiness.assess.BenchmarkInput(
                        "jmh/real/current.json", "jmh/real/baseline.json", java.math.BigDecimal.TEN, List.of()))
                .documentation(new dev.readiness.assess.DocumentationInput(List.of("docs/api"), 17, List.of("NOPE.md")))
                .build();
        Assessment a = new dev.readiness.assess.ReadinessEngine().assess(request);
        JsonNode node = json(a);
        assertThat(errors(node)).isEmpty();
        assertThat(node.get("benchmarks").get("compared").asLong()).isEqualTo(6);
        assertThat(node.get("benchmarks").get("comparisons").get(0).has("changePercent"))
                .isTrue();
        assertThat(node.get("documentation").get("total").asLong()).isEqualTo(50);
        assertThat(node.get("documentation").get("missingRequiredFiles").get(0).asText())
                .isEqualTo("NOPE.md");
    }

    @Test
    void mutationSectionIsValidAndCountsAsPitDoes() throws Exception {
        JsonNode node = json(Assessments.mutation());
        assertThat(errors(node)).isEmpty();
        JsonNode m = node.get("mutation");
        assertThat(m.get("total").asLong()).isEqualTo(117);
        assertThat(m.get("detected").asLong()).isEqualTo(97);
        assertThat(m.get("covered").asLong()).isEqualTo(112);
        assertThat(m.get("statuses").get("SURVIVED").asLong()).isEqualTo(15);
        assertThat(m.get("tags").get("safety-critical").get("total").asLong()).isEqualTo(7);
        assertThat(m.get("survivorsTotal").asLong()).isEqualTo(15);
        assertThat(m.get("survivors").get(0).get("class").asText()).isEqualTo("com.acme.util.Saturation");
        assertThat(m.get("noCoverage")).hasSize(5);
        assertThat(node.get("gates").findValuesAsText("metric")).contains("mutation");
    }

    @Test
    void displayNamesFromAnOpenTestReportAreValidAndOnlyWhereTheyAddSomething() throws Exception {
        Path base =
                Path.of("src/test/resources/open-test-reporting/junit-5.14.4").toAbsolutePath();
        var request = dev.readiness.assess.AssessmentRequest.builder(
                        Assessments.policy(List.of()),
                        new dev.readiness.assess.ProjectInfo("com.acme", "otr", "1"),
                        base)
                .surefireReports(List.of("surefire-reports"))
                .openTestReports(List.of("open-test-report.xml"))
                .timestamp(java.time.Instant.parse("2026-11-30T10:00:00Z"))
                .build();
        JsonNode node = json(new dev.readiness.assess.ReadinessEngine().assess(request));

        assertThat(errors(node)).isEmpty();
        JsonNode failing = node.get("tests").get("failingTests");
        assertThat(failing.findValuesAsText("displayName")).containsExactly("positive(int) › [3] -3");
        assertThat(node.get("tests").get("total").asLong()).isEqualTo(15);
    }

    @Test
    void aReportWithoutMutationGatesHasNoMutationSection() throws Exception {
        assertThat(json(Assessments.real()).has("mutation")).isFalse();
    }

    @Test
    void realEvidenceReportIsValid() throws Exception {
        JsonNode node = json(Assessments.real());
        assertThat(errors(node)).isEmpty();
        assertThat(node.get("coverage").get("available").asBoolean()).isTrue();
    }

    @Test
    void aTagListsItsFirstHundredClassesSortedAndCountsThemAll() throws Exception {
        JsonNode node = json(Assessments.manyTaggedClasses(150));
        assertThat(errors(node)).isEmpty();
        JsonNode critical = node.get("coverage").get("tags").get("critical");
        assertThat(critical.get("matchedClasses").asInt()).isEqualTo(150);
        assertThat(critical.get("classes")).hasSize(JsonReport.LISTED_TAG_CLASSES);
        assertThat(critical.get("classes").get(0).asText()).isEqualTo("com.acme.gen.C000");
        assertThat(critical.get("classes").get(99).asText()).isEqualTo("com.acme.gen.C099");

        JsonNode few = json(Assessments.manyTaggedClasses(3))
                .get("coverage")
                .get("tags")
                .get("critical");
        assertThat(few.get("classes")).hasSize(3);
        assertThat(few.get("matchedClasses").asInt()).isEqualTo(3);
    }

    @Test
    void passingReportIsValid() throws Exception {
        JsonNode node = json(Assessments.passing());
        assertThat(errors(node)).isEmpty();
        assertThat(node.get("level").asText()).isEqualTo("PRODUCTION_READY");
    }

    @Test
    void blockedReportIsValid() throws Exception {
        JsonNode node = json(Assessments.hostile());
        assertThat(errors(node)).isEmpty();
        assertThat(node.get("level").asText()).isEqualTo("BLOCKED");
    }

    @Test
    void allMissingReportIsValidWithNullScore() throws Exception {
        JsonNode node = json(Assessments.allMissing());
        assertThat(errors(node)).isEmpty();
        assertThat(node.get("score").isNull()).isTrue();
    }

    @Test
    void coverageUnavailableReportIsValid() throws Exception {
        JsonNode node = json(Assessments.coverageUnavailable());
        assertThat(errors(node)).isEmpty();
        assertThat(node.get("coverage").get("available").asBoolean()).isFalse();
    }

    @Test
    void historyFieldsOfTheNextLayoutAreAllowed() throws Exception {
        ObjectNode node = (ObjectNode) json(Assessments.hostile());
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode trend = f.objectNode()
                .put("direction", "declining")
                .put("previousScore", new BigDecimal("91.25"))
                .put("delta", new BigDecimal("-3.5"))
                .put("high", new BigDecimal("93.5"))
                .put("low", new BigDecimal("87.75"))
                .put("count", 4);
        node.set("trend", trend);
        node.set(
                "gateTrends",
                f.objectNode().set("test-pass-rate", trend.deepCopy().putNull("previousScore")));
        node.put("commit", "0123456789abcdef0123456789abcdef01234567");
        node.putNull("branch");
        ObjectNode gate = (ObjectNode) node.get("gates").get(0);
        gate.put("noRegression", true);
        gate.put("tolerance", new BigDecimal("0.5"));
        gate.set(
                "ratchet",
                f.objectNode().put("status", "FAILED").put("previous", 90).put("message", "dropped 2 points"));
        ((ObjectNode) node.get("gates").get(1)).putNull("ratchet").putNull("tolerance");

        assertThat(errors(node)).isEmpty();

        node.putNull("trend");
        assertThat(errors(node)).isEmpty();
    }

    @Test
    void schemaRejectsWhatTheContractForbids() throws Exception {
        ObjectNode valid = (ObjectNode) json(Assessments.hostile());

        ObjectNode noScore = valid.deepCopy();
        noScore.remove("score");
        assertThat(errors(noScore)).anyMatch(e -> e.contains("score"));

        ObjectNode stringNaN = valid.deepCopy();
        stringNaN.put("score", "NaN");
        assertThat(errors(stringNaN)).isNotEmpty();

        ObjectNode overHundred = valid.deepCopy();
        overHundred.put("score", 100.5);
        assertThat(errors(overHundred)).isNotEmpty();

        ObjectNode badLevel = valid.deepCopy();
        badLevel.put("level", "READY");
        assertThat(errors(badLevel)).isNotEmpty();

        ObjectNode unknownField = valid.deepCopy();
        unknownField.put("verdict", "ok");
        assertThat(errors(unknownField)).isNotEmpty();

        ObjectNode badTrend = valid.deepCopy();
        badTrend.set("trend", JsonNodeFactory.instance.objectNode().put("direction", "up"));
        assertThat(errors(badTrend)).isNotEmpty();
    }

    @Test
    void aGateValueIsNullExactlyWhenTheGateWasNotMeasured() throws Exception {
        ObjectNode missing = (ObjectNode) json(Assessments.allMissing());
        ObjectNode gate = (ObjectNode) missing.get("gates").get(0);
        assertThat(gate.get("status").asText()).isNotIn("PASSED", "FAILED");
        gate.put("value", 0);
        assertThat(errors(missing)).isNotEmpty();

        ObjectNode measured = (ObjectNode) json(Assessments.passing());
        ArrayNode gates = (ArrayNode) measured.get("gates");
        ObjectNode passed = (ObjectNode) gates.get(0);
        assertThat(passed.get("status").asText()).isEqualTo("PASSED");
        passed.putNull("value");
        assertThat(errors(measured)).isNotEmpty();
    }

    @Test
    void unavailableCoverageCarriesItsReasonAndNoCounters() throws Exception {
        ObjectNode node = (ObjectNode) json(Assessments.coverageUnavailable());
        ((ObjectNode) node.get("coverage")).remove("missingReason");
        assertThat(errors(node)).isNotEmpty();
    }

    @Test
    void jsonIsByteIdenticalInAnyLocale() throws Exception {
        Assessment a = Assessments.real();
        String first = new JsonReport(Assessments.RESOURCES).render(a);
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(new JsonReport(Assessments.RESOURCES).render(a)).isEqualTo(first);
        } finally {
            Locale.setDefault(before);
        }
        assertThat(first).doesNotContain("NaN").doesNotContain("Infinity");
    }

    @Test
    void publishedSiteCopyIsTheSchemaInTheJar() throws Exception {
        Path site = Path.of("../src-site/resources/readiness.schema.json");
        try (InputStream in = JsonSchemaTest.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            assertThat(Files.readString(site)).isEqualTo(new String(in.readAllBytes(), "UTF-8"));
        }
    }

    @Test
    void anEvidenceBundleManifestIsValidAgainstItsSchemaAndTheSchemaHasTeeth() throws Exception {
        JsonSchema manifestSchema;
        try (InputStream in =
                JsonSchemaTest.class.getResourceAsStream("/META-INF/readiness/bundle-manifest.schema.json")) {
            assertThat(in).as("bundle manifest schema in the plugin jar").isNotNull();
            manifestSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(
                            in,
                            SchemaValidatorsConfig.builder()
                                    .formatAssertionsEnabled(true)
                                    .build());
        }
        dev.readiness.evidence.bundle.BundleManifest manifest = new dev.readiness.evidence.bundle.BundleManifest(
                "0123456789abcdef0123456789abcdef01234567",
                false,
                new dev.readiness.evidence.bundle.BundleManifest.Module("com.acme", "controller", "1.0.0"),
                new dev.readiness.evidence.bundle.Shard(2, 3, "linux"),
                java.util.Map.of("readiness", "0.1.0", "jacoco", "0.8.15", "surefire", "3.6.1"),
                java.util.Map.of("test", "com/acme/filter/*Test"),
                java.util.Map.of("surefire", new dev.readiness.evidence.tests.TestCounts(3, 2, 1, 0, 0, 1)),
                List.of(new dev.readiness.evidence.bundle.BundleManifest.FileEntry(
                        "surefire/TEST-com.acme.X.xml", "surefire", 12, "a".repeat(64))),
                List.of(new dev.readiness.evidence.bundle.BundleManifest.ClassEntry("00ff00ff00ff00ff", "com/acme/X")));
        JsonNode node = MAPPER.readTree(manifest.toJson());
        assertThat(manifestSchema.validate(node)).isEmpty();

        ((com.fasterxml.jackson.databind.node.ObjectNode) node.get("files").get(0)).put("path", "surefire/../../etc");
        ((com.fasterxml.jackson.databind.node.ObjectNode) node).put("bundleFormat", 2);
        ((com.fasterxml.jackson.databind.node.ObjectNode) node).put("extra", true);
        assertThat(manifestSchema.validate(node).stream().map(ValidationMessage::toString))
                .anyMatch(m -> m.startsWith("/files/0/path: does not match"))
                .anyMatch(m -> m.startsWith("/bundleFormat: must be the constant value"))
                .anyMatch(m -> m.contains("extra"));
    }
}
