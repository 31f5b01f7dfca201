package dev.readiness.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.evidence.EvidenceException;
import dev.readiness.policy.GateSpec;
import dev.readiness.policy.PolicyFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quarantine file through the engine: pass-rate gates, expiry by the request's day, warnings, the cap. */
class QuarantineAssessmentTest {
    @TempDir
    Path project;

    @BeforeEach
    void reports() throws Exception {
        Path reports = Files.createDirectories(project.resolve("target/surefire-reports"));
        StringBuilder cases = new StringBuilder();
        for (int i = 0; i < 18; i++) {
            cases.append("<testcase name=\"ok").append(i).append("\" classname=\"com.acme.OrderTest\" time=\"0\"/>");
        }
        Files.writeString(
                reports.resolve("TEST-com.acme.OrderTest.xml"),
                "<testsuite name=\"com.acme.OrderTest\" tests=\"20\" failures=\"2\">" + cases
                        + "<testcase name=\"totals\" classname=\"com.acme.OrderTest\" time=\"0\"><failure"
                        + " message=\"races the clock\" type=\"java.lang.AssertionError\"/></testcase>"
                        + "<testcase name=\"rounding\" classname=\"com.acme.OrderTest\" time=\"0\"><failure"
                        + " message=\"off by one\" type=\"java.lang.AssertionError\"/></testcase></testsuite>");
    }

    private Assessment assess(String quarantine, String day, GateSpec... specs) throws Exception {
        Path file = project.resolve(".readiness/quarantine.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, quarantine);
        return new ReadinessEngine()
                .assess(Requests.mavenLayout(
                                new PolicyFactory().build(List.of(), List.of(), List.of(specs), null, null, null, null),
                                new ProjectInfo("com.acme", "orders", "1.0"),
                                project,
                                Instant.parse(day + "T23:59:59Z"))
                        .quarantineFile(file)
                        .build());
    }

    private static String entry(String test, String expires) {
        return "{\"test\": \"" + test + "\", \"owner\": \"team-orders\", \"reason\": \"flaky\", \"issue\":"
                + " \"https://tracker.example/ORD-12\", \"expires\": \"" + expires + "\"}";
    }

    private static GateResult passRate(Assessment a) {
        return a.gates().stream()
                .filter(g -> g.gate().id().equals("test-pass-rate"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aQuarantinedFailureDoesNotCountThroughItsExpiryDayButIsStillReported() throws Exception {
        Assessment a =
                assess("{\"quarantine\": [" + entry("com.acme.OrderTest#totals", "2026-11-30") + "]}", "2026-11-30");

        GateResult g = passRate(a);
        assertThat(g.numerator()).isEqualTo(18);
        assertThat(g.denominator()).as("19 counted: 20 cases, 1 quarantined").isEqualTo(19);
        assertThat(g.details())
                .contains("quarantined until 2026-11-30, not counted: com.acme.OrderTest.totals failed (owner"
                        + " team-orders, https://tracker.example/ORD-12)");
        assertThat(a.tests().all().failed())
                .as("the test still runs and is reported")
                .isEqualTo(2);
        assertThat(a.warnings()).noneMatch(w -> w.contains("Quarantine"));
    }

    @Test
    void theDayAfterItsExpiryTheTestCountsAgainAndTheWarningSaysSo() throws Exception {
        Assessment a =
                assess("{\"quarantine\": [" + entry("com.acme.OrderTest#totals", "2026-11-30") + "]}", "2026-12-01");

        assertThat(passRate(a).denominator()).isEqualTo(20);
        assertThat(a.warnings())
                .anyMatch(w -> w.startsWith("Quarantine of com.acme.OrderTest#totals (owner team-orders,"
                                + " https://tracker.example/ORD-12) expired on 2026-11-30: it counts against pass-rate"
                                + " gates again")
                        && w.contains("quarantine.json"));
    }

    @Test
    void anEntryNamingNoTestOfThisBuildIsAWarning() throws Exception {
        Assessment a = assess("{\"quarantine\": [" + entry("com.acme.GoneTest", "2027-01-01") + "]}", "2026-11-30");

        assertThat(a.warnings())
                .anyMatch(w -> w.startsWith("Quarantine entry com.acme.GoneTest (owner team-orders,")
                        && w.contains("names no test of this build"));
        assertThat(passRate(a).denominator()).isEqualTo(20);
    }

    @Test
    void aPassRateGateCapsTheQuarantinedTests() throws Exception {
        String both = "{\"quarantine\": [" + entry("com.acme.OrderTest#totals", "2027-01-01") + ", "
                + entry("com.acme.OrderTest#rounding", "2027-01-01") + "]}";

        Assessment capped = assess(
                both,
                "2026-11-30",
                GateSpec.builder("test-pass-rate").maxQuarantined("1").build());
        Assessment atCap = assess(
                both,
                "2026-11-30",
                GateSpec.builder("test-pass-rate").maxQuarantined("2").build());

        assertThat(passRate(capped).status()).isEqualTo(GateStatus.FAILED);
        assertThat(passRate(capped).message())
                .isEqualTo("test-pass-rate: 2 quarantined Surefire tests > allowed 1 (100.0 % passed (18 of 18))");
        assertThat(passRate(capped).details().get(0))
                .isEqualTo("fix 1 of the quarantined tests, or end their quarantine (1 allowed)");
        assertThat(passRate(atCap).status()).isEqualTo(GateStatus.PASSED);
    }

    @Test
    void aMalformedQuarantineFileStopsTheAssessmentNamingIt() {
        assertThatThrownBy(() -> assess("{\"quarantine\": [{\"test\": \"a.B\"}]}", "2026-11-30"))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining("Invalid quarantine file ")
                .hasMessageContaining("entry 1 has no \"owner\"");
    }
}
