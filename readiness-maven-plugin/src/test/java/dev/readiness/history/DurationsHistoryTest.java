package dev.readiness.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test times of a history record ({@code testRuns.durations}): format, bound, old records, hostile lines. */
class DurationsHistoryTest {
    @TempDir
    Path dir;

    private HistoryRead roundTrip(String... lines) throws IOException {
        Path file = dir.resolve("history.jsonl");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return new HistoryStore(file).read();
    }

    private static HistoryRecord withDurations(Durations durations) {
        return TestRecords.record("app", "1.0", 1).withTestRuns(TestRuns.NONE.withDurations(durations));
    }

    @Test
    void suiteTotalsAndClassTimesSurviveTheRoundTripInMilliseconds() throws IOException {
        Durations.Suite surefire = Durations.suite(
                List.of(Map.entry("b.BTest", 1_499L), Map.entry("a.ATest", 250_000L), Map.entry("a.ATest", 500L)));
        HistoryRecord record = withDurations(new Durations(Map.of("surefire", surefire)));

        String json = record.toJson();
        HistoryRead read = roundTrip(json);

        // times summed in microseconds, rounded half up once: 250.5 ms -> 251, 1.499 ms -> 1, total 252
        assertThat(json)
                .endsWith("\"testRuns\":{\"durations\":{\"surefire\":{\"total\":252,\"count\":2,"
                        + "\"classes\":{\"a.ATest\":251,\"b.BTest\":1}}}}}");
        assertThat(read.warnings()).isEmpty();
        assertThat(read.records()).containsExactly(record);
    }

    @Test
    void aRecordKeepsOnlyTheSlowestClassesAndCountsThemAll() {
        List<Map.Entry<String, Long>> cases = new ArrayList<>();
        for (int i = 0; i < Durations.LIMIT + 50; i++) {
            cases.add(Map.entry(String.format(java.util.Locale.ROOT, "c.T%03d", i), 1000L * i));
        }
        Durations.Suite suite = Durations.suite(cases);

        assertThat(suite.classes())
                .hasSize(Durations.LIMIT)
                .containsKey("c.T249")
                .doesNotContainKey("c.T049");
        assertThat(suite.classCount()).isEqualTo(Durations.LIMIT + 50);
        assertThat(suite.complete()).isFalse();
        assertThat(suite.totalMillis()).isEqualTo(249L * 250 / 2);
    }

    @Test
    void aLineWithoutDurationsReadsAsNone() throws IOException {
        HistoryRead read = roundTrip(TestRecords.record("app", "1.0", 1)
                .withTestRuns(new TestRuns("sha256:" + "ab".repeat(32), Map.of(), Map.of(), Map.of()))
                .toJson());

        assertThat(read.warnings()).isEmpty();
        assertThat(read.records().get(0).testRuns().durations()).isEqualTo(Durations.NONE);
    }

    @Test
    void hostileDurationsMakeOnlyTheirLineBad() throws IOException {
        String good = withDurations(
                        new Durations(Map.of("surefire", new Durations.Suite(10, 1, Map.of("a.ATest", 10L)))))
                .toJson();
        StringBuilder tooMany = new StringBuilder();
        for (int i = 0; i <= Durations.LIMIT; i++) {
            tooMany.append(i == 0 ? "" : ",").append("\"c.T").append(i).append("\":1");
        }
        List<String> bad = List.of(
                good.replace("\"total\":10", "\"total\":-1"),
                good.replace("\"total\":10", "\"total\":1.5"),
                good.replace("\"total\":10", "\"total\":99999999999999999999999"),
                good.replace("\"total\":10,", ""),
                good.replace("\"count\":1", "\"count\":0"),
                good.replace("\"a.ATest\":10", "\"a.ATest\":\"10\""),
                good.replace("\"a.ATest\":10", "\"a.\\u0007Test\":10"),
                good.replace("\"a.ATest\":10", tooMany.toString()).replace("\"count\":1", "\"count\":999"),
                good.replace("{\"surefire\":{", "{\"surefire\":["));
        for (String line : bad) {
            HistoryRead read = roundTrip(good, line, good);

            assertThat(read.records()).as(line).hasSize(2);
            assertThat(read.warnings()).as(line).hasSize(1);
        }
    }

    @Test
    void aSourceOfANewerVersionIsSkipped() throws IOException {
        String line = withDurations(new Durations(Map.of("surefire", new Durations.Suite(10, 0, Map.of()))))
                .toJson()
                .replace("\"durations\":{", "\"durations\":{\"gradle\":{\"total\":[1]},");

        HistoryRead read = roundTrip(line);

        assertThat(read.warnings()).isEmpty();
        assertThat(read.records().get(0).testRuns().durations().sources()).containsOnlyKeys("surefire");
    }
}
