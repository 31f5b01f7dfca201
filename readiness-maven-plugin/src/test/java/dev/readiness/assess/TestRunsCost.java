package dev.readiness.assess;

import dev.readiness.policy.PolicyFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Measures what the per-test history costs on a Surefire report set (e.g. the benchmark harness's 70k- and 100k-case
 * sets): the bytes of the history record written with and without {@code testRuns}, and the time the assessment takes
 * with history on (fingerprint, per-test ids and durations) and off, and the bytes of the durations alone. Not a test: run it by hand. Arguments: report directory,
 * classes directory (may be absent), rounds.
 */
public final class TestRunsCost {
    private TestRunsCost() {}

    public static void main(String[] args) throws Exception {
        Path reports = Path.of(args[0]).toAbsolutePath();
        Path classes = Path.of(args[1]).toAbsolutePath();
        int rounds = Integer.parseInt(args[2]);
        Path work = Files.createTempDirectory("testruns-cost");
        AssessmentRequest.Builder base = AssessmentRequest.builder(
                        new PolicyFactory().build(List.of(), List.of(), List.of(), null, null, null, null),
                        new ProjectInfo("com.acme", "gen", "1.0"),
                        work)
                .surefireReports(List.of(reports.toString()))
                .classesDirectories(List.of(classes.toString()))
                .threads(1)
                .timestamp(Instant.parse("2026-11-30T07:00:00Z"));
        ReadinessEngine engine = new ReadinessEngine();
        long off = Long.MAX_VALUE;
        long on = Long.MAX_VALUE;
        Assessment last = null;
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            engine.assess(base.historyFile(null).build());
            off = Math.min(off, System.nanoTime() - t0);
            Path history = work.resolve("history-" + i + ".jsonl");
            long t1 = System.nanoTime();
            last = engine.assess(base.historyFile(history).build());
            on = Math.min(on, System.nanoTime() - t1);
        }
        byte[] with = ReadinessEngine.toRecord(last).toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] without = ReadinessEngine.toRecord(last)
                .withTestRuns(dev.readiness.history.TestRuns.NONE)
                .toJson()
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] noDurations = ReadinessEngine.toRecord(last)
                .withTestRuns(
                        ReadinessEngine.toRecord(last).testRuns().withDurations(dev.readiness.history.Durations.NONE))
                .toJson()
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        System.out.printf(
                Locale.ROOT,
                "durations (suite total and the %d slowest classes): %d bytes of the record%n",
                dev.readiness.history.Durations.LIMIT,
                with.length - noDurations.length);
        Files.write(work.resolve("record.json"), with);
        System.out.println("record: " + work.resolve("record.json"));
        System.out.printf(
                Locale.ROOT,
                "cases=%d failed=%d errors=%d flaky=%d%nrecord bytes: %d with testRuns, %d without (+%d)%n"
                        + "assess, best of %d: history off %.1f ms, on (fingerprint, ids) %.1f ms%n",
                last.tests().all().total(),
                last.tests().all().failed(),
                last.tests().all().errors(),
                last.tests().all().flaky(),
                with.length,
                without.length,
                with.length - without.length,
                rounds,
                off / 1e6,
                on / 1e6);
    }
}
