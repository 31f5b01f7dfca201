package dev.readiness.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-test part of a history record ({@code testRuns}): format, bounds, old records, hostile lines. */
class TestRunsHistoryTest {
    private static final String FINGERPRINT = "sha256:" + "ab".repeat(32);

    @TempDir
    Path dir;

    private static HistoryRecord withRuns(TestRuns runs) {
        return TestRecords.record("app", "1.0", 1).withTestRuns(runs);
    }

    private HistoryRead roundTrip(String... lines) throws IOException {
        Path file = dir.resolve("history.jsonl");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return new HistoryStore(file).read();
    }

    @Test
    void fingerprintAndTestIdsSurviveTheRoundTripInAFixedOrder() throws IOException {
        HistoryRecord record = withRuns(new TestRuns(
                FINGERPRINT,
                Map.of("b.T#two", "expected: <1> but was: <2>", "a.T#one", ""),
                Map.of("c.T#boom", "java.lang.IllegalStateException: no"),
                Map.of("d.T#sometimes", "timeout")));

        String json = record.toJson();
        HistoryRead read = roundTrip(json);

        assertThat(json)
                .endsWith(",\"branch\":\"main\",\"testRuns\":{\"fingerprint\":\"" + FINGERPRINT + "\","
                        + "\"failed\":{\"a.T#one\":\"\",\"b.T#two\":\"expected: <1> but was: <2>\"},"
                        + "\"errors\":{\"c.T#boom\":\"java.lang.IllegalStateException: no\"},"
                        + "\"flaky\":{\"d.T#sometimes\":\"timeout\"}}}");
        assertThat(read.warnings()).isEmpty();
        assertThat(read.records()).containsExactly(record);
    }

    @Test
    void recordWithoutPerTestInformationIsWrittenAsBeforeAndReadsAsNone() throws IOException {
        HistoryRecord old = TestRecords.record("app", "1.0", 1);

        assertThat(old.testRuns()).isSameAs(TestRuns.NONE);
        assertThat(old.toJson()).doesNotContain("testRuns");
        // a line exactly as 0.1.0 wrote it
        HistoryRead read = roundTrip("{\"v\":1,\"timestamp\":\"2026-11-22T10:00:01Z\",\"project\":{\"groupId\":\"g\","
                + "\"artifactId\":\"a\",\"version\":\"1.0\"},\"score\":90,\"level\":\"READY\",\"gates\":{},"
                + "\"tests\":{\"failed\":1,\"total\":3},\"coverage\":{},\"commit\":null,\"branch\":null}");
        assertThat(read.warnings()).isEmpty();
        assertThat(read.records().get(0).testRuns()).isEqualTo(TestRuns.NONE);
        assertThat(read.records().get(0).testRunsComplete()).isFalse();
    }

    @Test
    void eachOutcomeKeepsAtMostTheLimitOfIdsAndThenTheRecordIsIncomplete() {
        Map<String, String> many = new TreeMap<>();
        for (int i = 0; i < TestRuns.LIMIT + 7; i++) {
            many.put(String.format(java.util.Locale.ROOT, "a.T#t%03d", i), "x");
        }
        TestRuns runs = new TestRuns(null, many, Map.of(), Map.of());

        assertThat(runs.failed())
                .hasSize(TestRuns.LIMIT)
                .containsKey("a.T#t000")
                .doesNotContainKey("a.T#t056");
        HistoryRecord capped = HistoryRecord.of(
                        TestRecords.EPOCH,
                        "g",
                        "a",
                        "1",
                        null,
                        dev.readiness.policy.ReadinessLevel.NOT_READY,
                        Map.of(),
                        Map.of("failed", (long) many.size(), "errors", 0L, "flaky", 0L),
                        Map.of(),
                        null,
                        null)
                .withTestRuns(runs);
        assertThat(capped.testRunsComplete()).isFalse();
        HistoryRecord complete = capped.withTestRuns(new TestRuns(null, Map.of(), Map.of(), Map.of()));
        assertThat(complete.testRunsComplete()).isFalse(); // 57 failed, none named
        assertThat(withRuns(new TestRuns(null, Map.of(), Map.of(), Map.of("x.T#f", "")))
                        .testRunsComplete())
                .as("TestRecords has failed 0, errors 0, flaky 1")
                .isTrue();
    }

    @Test
    void hostileOrForgedTestRunsMakeTheLineBadAndTheOthersStillRead() throws IOException {
        String good = withRuns(TestRuns.NONE).toJson();
        String base = good.substring(0, good.length() - 1);
        StringBuilder tooMany = new StringBuilder("{");
        for (int i = 0; i <= TestRuns.LIMIT; i++) {
            tooMany.append(i == 0 ? "" : ",").append("\"a.T#t").append(i).append("\":\"\"");
        }
        tooMany.append('}');

        HistoryRead read = roundTrip(
                base + ",\"testRuns\":{\"fingerprint\":\"md5:1234\"}}",
                base + ",\"testRuns\":{\"failed\":" + tooMany + "}}",
                base + ",\"testRuns\":{\"failed\":{\"a.T#x\":null}}}",
                base + ",\"testRuns\":{\"failed\":{\"a.T#x\\u0000\":\"\"}}}",
                base + ",\"testRuns\":{\"failed\":{\"a.T#x\":\"\",\"a.T#x\":\"\"}}}",
                base + ",\"testRuns\":[]}",
                base + ",\"testRuns\":{\"future\":{\"a\":[1]},\"flaky\":{\"a.T#y\":\"line\"}}}");

        assertThat(read.warnings()).hasSize(6);
        assertThat(read.warnings().get(0)).contains("testRuns.fingerprint");
        assertThat(read.warnings().get(1)).contains("more than " + TestRuns.LIMIT + " tests");
        assertThat(read.warnings().get(2)).contains("is null");
        assertThat(read.warnings().get(3)).contains("control characters");
        assertThat(read.warnings().get(4)).contains("Duplicate field");
        assertThat(read.warnings().get(5)).contains("'testRuns' is not an object");
        assertThat(read.records()).hasSize(1);
        assertThat(read.records().get(0).testRuns().flaky()).containsExactly(Map.entry("a.T#y", "line"));
    }

    @Test
    void aTestIdIsOneSafeLineOfBoundedLength() {
        assertThat(TestRuns.id("a.T", "one")).isEqualTo("a.T#one");
        assertThat(TestRuns.id("a.T", "two\nlines")).doesNotContain("\n");
        String longId = TestRuns.id("a.T", "x".repeat(2000));
        assertThat(longId.codePointCount(0, longId.length())).isEqualTo(TestRuns.ID);
    }

    @Test
    void fingerprintOtherThanSha256IsRejected() {
        assertThatThrownBy(() -> new TestRuns("abc", Map.of(), Map.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sha256");
    }

    @Test
    void fingerprintIsTheSameForTheSameClassesAndTestsAndChangesWithEitherOne() throws IOException {
        Path main = Files.createDirectories(dir.resolve("classes/com/acme"));
        Path test = Files.createDirectories(dir.resolve("test-classes/com/acme"));
        Files.write(main.resolve("A.class"), new byte[] {1, 2, 3});
        Files.write(test.resolve("ATest.class"), new byte[] {4, 5});
        List<Path> dirs = List.of(dir.resolve("classes"), dir.resolve("test-classes"), dir.resolve("missing"));

        String first = BuildFingerprint.of(dirs, List.of("ATest#a", "ATest#b")).orElseThrow();
        String again = BuildFingerprint.of(List.of(dirs.get(1), dirs.get(0)), List.of("ATest#b", "ATest#a"))
                .orElseThrow();
        Files.write(main.resolve("A.class"), new byte[] {1, 2, 4});
        String changedClass =
                BuildFingerprint.of(dirs, List.of("ATest#a", "ATest#b")).orElseThrow();
        String otherSelection = BuildFingerprint.of(dirs, List.of("ATest#a")).orElseThrow();

        assertThat(first).matches("sha256:[0-9a-f]{64}").isEqualTo(again);
        assertThat(changedClass).isNotEqualTo(first);
        assertThat(otherSelection).isNotEqualTo(changedClass);
        assertThat(BuildFingerprint.of(List.of(dir.resolve("missing")), List.of()))
                .isEmpty();
    }
}
