package dev.readiness.evidence.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import dev.readiness.evidence.EvidenceException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuarantineTest {
    static final String VALID = """
            {"quarantine": [
              {"test": "com.acme.OrderTest#totals", "owner": "team-orders", "reason": "races the clock",
               "issue": "https://tracker.example/ORD-12", "expires": "2026-12-31"},
              {"test": "com.acme.SlowIT", "owner": "ops", "reason": "needs the staging DB", "expires": "2026-11-30",
               "note": "ignored"}
            ]}
            """;

    @TempDir
    Path dir;

    private Path write(String text) throws Exception {
        return Files.writeString(dir.resolve("quarantine.json"), text, StandardCharsets.UTF_8);
    }

    private static TestCaseResult testCase(String className, String name) {
        return new TestCaseResult(className, name, TestOutcome.FAILED, 0, 0, "boom", Path.of("TEST-x.xml"));
    }

    @Test
    void readsEntriesThatMatchAMethodOrAWholeClass() throws Exception {
        Quarantine q = Quarantine.read(write(VALID));

        assertThat(q.entries()).hasSize(2);
        Quarantine.Entry method = q.entries().get(0);
        assertThat(method.owner()).isEqualTo("team-orders");
        assertThat(method.issue()).isEqualTo("https://tracker.example/ORD-12");
        assertThat(method.covers(testCase("com.acme.OrderTest", "totals"))).isTrue();
        assertThat(method.covers(testCase("com.acme.OrderTest", "prints"))).isFalse();
        Quarantine.Entry wholeClass = q.entries().get(1);
        assertThat(wholeClass.issue()).isNull();
        assertThat(wholeClass.covers(testCase("com.acme.SlowIT", "anything"))).isTrue();
        assertThat(wholeClass.covers(testCase("com.acme.SlowITx", "anything"))).isFalse();
    }

    @Test
    void anEntryIsActiveThroughItsExpiryDayAndExpiredTheDayAfter() throws Exception {
        Quarantine q = Quarantine.read(write(VALID));
        Quarantine.Entry e = q.entries().get(1); // expires 2026-11-30

        assertThat(e.activeOn(LocalDate.parse("2026-11-29"))).isTrue();
        assertThat(e.activeOn(LocalDate.parse("2026-11-30"))).isTrue();
        assertThat(e.activeOn(LocalDate.parse("2026-12-01"))).isFalse();
        assertThat(q.activeOn(LocalDate.parse("2026-12-01")))
                .extracting(Quarantine.Entry::test)
                .containsExactly("com.acme.OrderTest#totals");
    }

    @Test
    void aMissingFileIsNoQuarantine() throws Exception {
        assertThat(Quarantine.read(dir.resolve("absent.json")).entries()).isEmpty();
    }

    @Test
    void malformedFilesAreOneClearErrorNamingTheFileAndTheFix() throws Exception {
        String[][] cases = {
            {"{\"quarantine\": [", "not valid JSON"},
            {"[]", "it is not a JSON object"},
            {"{}", "no \"quarantine\" array"},
            {"{\"quarantine\": {}}", "\"quarantine\" is not an array"},
            {"{\"quarantine\": [1]}", "an entry of \"quarantine\" is not an object"},
            {
                "{\"quarantine\": [{\"test\": \"a.B\", \"owner\": \"o\", \"reason\": \"r\"}]}",
                "entry 1 has no \"expires\""
            },
            {
                "{\"quarantine\": [{\"test\": \"a.B\", \"owner\": \"o\", \"reason\": \"r\", \"expires\": \"31.12.2026\"}]}",
                "entry 1 (a.B): \"expires\" '31.12.2026' is not an ISO date such as 2026-12-31"
            },
            {
                "{\"quarantine\": [{\"test\": 7, \"owner\": \"o\", \"reason\": \"r\", \"expires\": \"2026-12-31\"}]}",
                "entry 1: \"test\" is not a string"
            },
            {
                "{\"quarantine\": [{\"test\": \"a.B\\u0000\", \"owner\": \"o\", \"reason\": \"r\", \"expires\": \"2026-12-31\"}]}",
                "holds control characters"
            },
            {"{\"quarantine\": [], \"quarantine\": []}", "Duplicate field"},
            {"{\"quarantine\": []} {}", "more than one JSON value"},
            {"<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "not valid JSON"},
        };
        for (String[] c : cases) {
            Path file = write(c[0]);
            assertThatThrownBy(() -> Quarantine.read(file))
                    .as(c[0])
                    .isInstanceOf(EvidenceException.class)
                    .hasMessageStartingWith("Invalid quarantine file " + file + ": ")
                    .hasMessageContaining(c[1])
                    .hasMessageContaining("readiness.quarantineFile")
                    .hasMessageNotContaining("\n");
        }
    }

    @Test
    void aDirectoryOrAHugeFileIsRefused() throws Exception {
        Path directory = Files.createDirectories(dir.resolve("quarantine-dir"));
        assertThatThrownBy(() -> Quarantine.read(directory)).hasMessageContaining("not a regular file");
        Path huge = dir.resolve("huge.json");
        Files.write(huge, new byte[(int) Quarantine.MAX_BYTES + 1]);
        assertThatThrownBy(() -> Quarantine.read(huge)).hasMessageContaining("larger than");
    }

    @Test
    void theExampleIsValidAgainstThePublishedSchemaAndAnEntryWithoutOwnerIsNot() throws Exception {
        JsonSchema schema;
        try (InputStream in = QuarantineTest.class.getResourceAsStream("/META-INF/readiness/quarantine.schema.json")) {
            assertThat(in).isNotNull();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(
                            in,
                            SchemaValidatorsConfig.builder()
                                    .formatAssertionsEnabled(true)
                                    .build());
        }
        ObjectMapper mapper = new ObjectMapper();

        assertThat(schema.validate(mapper.readTree(VALID))).isEmpty();
        assertThat(schema.validate(mapper.readTree(
                        "{\"quarantine\": [{\"test\": \"a.B\", \"reason\": \"r\", \"expires\": \"2026-13-01\"}]}")))
                .hasSize(2);
    }
}
