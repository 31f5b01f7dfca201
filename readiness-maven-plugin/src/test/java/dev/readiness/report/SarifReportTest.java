package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.readiness.assess.Assessment;
import dev.readiness.view.ReportModel;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** readiness.sarif is valid against the official SARIF 2.1.0 schema and carries what code scanning needs. */
class SarifReportTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            assertThat(in)
                    .as("the official SARIF schema under src/test/resources/sarif")
                    .isNotNull();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
    }

    static Stream<Arguments> assessments() throws Exception {
        return Stream.of(
                Arguments.of("passing", Assessments.passing()),
                Arguments.of("hostile", Assessments.hostile()),
                Arguments.of("real", Assessments.real()),
                Arguments.of("long names", Assessments.blockedWithLongNames()),
                Arguments.of("all missing", Assessments.allMissing()),
                Arguments.of("hostile test name", Assessments.failingTest("a::error::b\n%0A<script>](x)", "m\r\n")));
    }

    private static JsonNode sarif(Assessment a, String version) throws Exception {
        ReportModel m = ReportModel.of(a, Path.of("").toAbsolutePath(), GoldenFilesTest.LOCATOR);
        return MAPPER.readTree(new SarifReport(version, Path.of("").toAbsolutePath()).render(m));
    }

    private static Set<String> errors(JsonNode node) {
        return schema.validate(node).stream().map(ValidationMessage::toString).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("assessments")
    void isValidAgainstTheOfficialSchema(String name, Assessment a) throws Exception {
        assertThat(errors(sarif(a, "0.2.0"))).isEmpty();
        assertThat(errors(sarif(a, null))).isEmpty();
    }

    @Test
    void theSchemaRejectsWhatCodeScanningWouldReject() throws Exception {
        ObjectNode broken = (ObjectNode) sarif(Assessments.real(), "0.2.0");
        ((ObjectNode) broken.get("runs").get(0).get("results").get(0)).put("level", "fatal");
        broken.put("version", "2.0.0");
        assertThat(errors(broken)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void hasOneRulePerGateAndEveryResultPointsToItsRule() throws Exception {
        Assessment a = Assessments.real();
        JsonNode run = sarif(a, "0.2.0").get("runs").get(0);
        JsonNode driver = run.get("tool").get("driver");
        assertThat(driver.get("name").asText()).isEqualTo("readiness");
        assertThat(driver.get("version").asText()).isEqualTo("0.2.0");
        assertThat(driver.get("informationUri").asText()).startsWith("https://");
        List<String> ruleIds = new ArrayList<>();
        driver.get("rules").forEach(r -> ruleIds.add(r.get("id").asText()));
        assertThat(ruleIds)
                .containsAll(a.gates().stream().map(g -> g.gate().id()).toList())
                .doesNotHaveDuplicates();
        assertThat(run.get("results")).isNotEmpty();
        for (JsonNode result : run.get("results")) {
            assertThat(ruleIds.get(result.get("ruleIndex").asInt()))
                    .isEqualTo(result.get("ruleId").asText());
            assertThat(result.get("partialFingerprints")
                            .get(SarifReport.FINGERPRINT)
                            .asText())
                    .matches("[0-9a-f]{64}");
            JsonNode artifact =
                    result.get("locations").get(0).get("physicalLocation").get("artifactLocation");
            assertThat(artifact.get("uriBaseId").asText()).isEqualTo("SRCROOT");
        }
        assertThat(run.get("originalUriBaseIds").has("SRCROOT")).isTrue();
    }

    @Test
    void blockingGatesAreErrorsAndNonBlockingOnesWarnings() throws Exception {
        JsonNode results = sarif(Assessments.real(), null).get("runs").get(0).get("results");
        List<String> levels = new ArrayList<>();
        results.forEach(
                r -> levels.add(r.get("ruleId").asText() + "=" + r.get("level").asText()));
        assertThat(levels)
                .contains("critical-component-coverage=error", "test-pass-rate=error")
                .contains("overall-test-coverage=warning", "system-compatibility=warning")
                .contains("flaky-test=note");
        // worst first
        assertThat(levels.indexOf("flaky-test=note")).isEqualTo(levels.size() - 1);
    }

    @Test
    void missedLinesGiveTheRegionAndTheFingerprintDoesNotDependOnThem() throws Exception {
        JsonNode results = sarif(Assessments.real(), null).get("runs").get(0).get("results");
        JsonNode controller = null;
        for (JsonNode r : results) {
            if (r.get("message").get("text").asText().startsWith("com.acme.control.Controller:")) {
                controller = r;
                break;
            }
        }
        assertThat(controller).isNotNull();
        JsonNode location = controller.get("locations").get(0).get("physicalLocation");
        assertThat(location.get("artifactLocation").get("uri").asText())
                .isEqualTo("src/main/java/com/acme/control/Controller.java");
        assertThat(location.get("region").get("startLine").asInt()).isEqualTo(12);
        // the identity of an uncovered class is gate + class: the same alert when its missed lines move
        assertThat(controller
                        .get("partialFingerprints")
                        .get(SarifReport.FINGERPRINT)
                        .asText())
                .isEqualTo(new dev.readiness.view.Finding(
                                "critical-component-coverage",
                                dev.readiness.view.Finding.Level.ERROR,
                                "uncovered-class",
                                "t",
                                "m",
                                null,
                                List.of(),
                                "uncovered-class|critical-component-coverage|com.acme.control.Controller")
                        .fingerprint());
    }

    @Test
    void pathsUnderTheProjectInMessagesAreRelative() throws Exception {
        String root = Path.of("").toAbsolutePath().toString();
        Assessment a = Assessments.allMissing();
        ReportModel m = ReportModel.of(a, Path.of("").toAbsolutePath(), GoldenFilesTest.LOCATOR);
        assertThat(m.findings()).anyMatch(f -> f.message().contains(root));
        assertThat(new SarifReport(null, Path.of("").toAbsolutePath()).render(m))
                .doesNotContain(root);
        assertThat(new CodeQualityReport(Path.of("").toAbsolutePath()).render(m))
                .doesNotContain(root);
        assertThat(GithubAnnotations.lines(
                        m, new GithubAnnotations.Budget(), "x", Path.of("").toAbsolutePath()))
                .noneMatch(l -> l.contains(root));
    }

    @Test
    void sameEvidenceGivesTheSameFile() throws Exception {
        assertThat(sarif(Assessments.real(), "1")).isEqualTo(sarif(Assessments.real(), "1"));
    }

    @Test
    void pathsArePercentEncodedAsUriReferences() {
        assertThat(SarifReport.uri("src/main/java/com/acme/Ünï code#1 %.java"))
                .isEqualTo("src/main/java/com/acme/%C3%9Cn%C3%AF%20code%231%20%25.java");
    }
}
