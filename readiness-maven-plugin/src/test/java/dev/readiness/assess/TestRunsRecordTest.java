package dev.readiness.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.history.HistoryRecord;
import dev.readiness.history.HistoryStore;
import dev.readiness.policy.GateSpec;
import dev.readiness.policy.Policy;
import dev.readiness.policy.PolicyFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine records each build's input fingerprint and failing ids, and the flaky gate reads them back. */
class TestRunsRecordTest {
    private static final Instant T0 = Instant.parse("2026-11-30T07:00:00Z");

    @TempDir
    Path project;

    private void build(String outcomeOfOrderTest) throws Exception {
        Files.createDirectories(project.resolve("target/classes/com/acme"));
        Files.write(project.resolve("target/classes/com/acme/Order.class"), new byte[] {(byte) 0xCA, (byte) 0xFE});
        Path reports = Files.createDirectories(project.resolve("target/surefire-reports"));
        Files.writeString(reports.resolve("TEST-com.acme.OrderTest.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuite name="com.acme.OrderTest" tests="3" failures="%d" errors="0" skipped="0">
                  <testcase name="totals" classname="com.acme.OrderTest" time="0.01">%s</testcase>
                  <testcase name="retries" classname="com.acme.OrderTest" time="0.01">
                    <flakyFailure message="timed out after 1 s" type="java.lang.AssertionError"/>
                  </testcase>
                  <testcase name="prints" classname="com.acme.OrderTest" time="0.01"/>
                </testsuite>
                """.formatted(
                outcomeOfOrderTest.isEmpty() ? 0 : 1,
                outcomeOfOrderTest.isEmpty()
                        ? ""
                        : "<failure message=\"" + outcomeOfOrderTest + "\" type=\"java.lang.AssertionError\"/>"));
    }

    private Assessment assessAndRecord(int minute) throws Exception {
        Policy policy = new PolicyFactory()
                .build(
                        List.of(),
                        List.of(),
                        List.of(GateSpec.builder("no-flaky-tests")
                                .metric("flaky")
                                .weight("0.05")
                                .maxFlaky("1")
                                .build()),
                        null,
                        null,
                        null,
                        null);
        AssessmentRequest request = Requests.mavenLayout(
                        policy, new ProjectInfo("com.acme", "orders", "1.0"), project, T0.plusSeconds(60L * minute))
                .historyFile(project.resolve(".readiness/history.jsonl"))
                .build();
        ReadinessEngine engine = new ReadinessEngine();
        Assessment a = engine.assess(request);
        engine.record(a, request);
        return a;
    }

    private static GateResult flakyGate(Assessment a) {
        return a.gates().stream()
                .filter(g -> g.gate().id().equals("no-flaky-tests"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theRecordKeepsTheFingerprintAndTheFailingIdsAndASecondRunOfTheSameInputRevealsAFlake() throws Exception {
        build("expected 3 but was 4");
        Assessment first = assessAndRecord(0);
        build("");
        Assessment second = assessAndRecord(1);

        List<HistoryRecord> records = new HistoryStore(project.resolve(".readiness/history.jsonl"))
                .read()
                .records();
        assertThat(records).hasSize(2);
        HistoryRecord r1 = records.get(0);
        assertThat(r1.testRuns().fingerprint()).matches("sha256:[0-9a-f]{64}");
        assertThat(r1.testRuns().fingerprint())
                .isEqualTo(records.get(1).testRuns().fingerprint());
        assertThat(r1.testRuns().failed())
                .containsExactly(java.util.Map.entry("com.acme.OrderTest#totals", "expected 3 but was 4"));
        assertThat(r1.testRuns().flaky()).containsOnlyKeys("com.acme.OrderTest#retries");
        assertThat(r1.testRunsComplete()).isTrue();

        assertThat(flakyGate(first).status()).isEqualTo(GateStatus.PASSED);
        assertThat(flakyGate(first).message()).contains("1 flaky of 3 tests in the last 1 build");
        assertThat(flakyGate(second).status()).isEqualTo(GateStatus.FAILED);
        assertThat(flakyGate(second).message()).contains("2 flaky of 3 tests in the last 2 builds");
        assertThat(flakyGate(second).details())
                .anyMatch(d -> d.startsWith("com.acme.OrderTest#totals — failed in 2026-11-30T07:00:00Z"
                        + " (\"expected 3 but was 4\"), passed in this build (same input "));
    }

    @Test
    void aChangedClassIsAnotherInputSoAFixIsNotAFlake() throws Exception {
        build("expected 3 but was 4");
        assessAndRecord(0);
        build("");
        Files.write(project.resolve("target/classes/com/acme/Order.class"), new byte[] {(byte) 0xCA, (byte) 0xFF});
        Assessment fixed = assessAndRecord(1);

        assertThat(flakyGate(fixed).status()).isEqualTo(GateStatus.PASSED);
        assertThat(flakyGate(fixed).message()).contains("1 flaky of 3 tests in the last 2 builds");
    }
}
