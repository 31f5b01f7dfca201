package dev.readiness.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assess.Assessment;
import dev.readiness.assess.AssessmentRequest;
import dev.readiness.assess.BenchmarkInput;
import dev.readiness.assess.DocumentationInput;
import dev.readiness.assess.ProjectInfo;
import dev.readiness.assess.ReadinessEngine;
import dev.readiness.history.HistoryStore;
import dev.readiness.policy.Policy;
import dev.readiness.policy.PolicyFactory;
import dev.readiness.policy.TagDefinition;
import dev.readiness.report.ReportFiles;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long-lived JVM (the Maven daemon {@code mvnd}, an IDE) runs the plugin again and again: consecutive full
 * evaluations (1,000 on demand, 250 in every build) — real fixtures, history appended to a file, every report file rendered — leave the retained heap flat,
 * start no thread that outlives them, and leave no file open.
 */
class LongLivedJvmTest {
    private static final Path RESOURCES = Path.of("src/test/resources").toAbsolutePath();
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final int WARM_UP = 50;

    /**
     * Full evaluations cost 24-96 ms each on the shared 2-core build machine (1,000 took 24 s alone, 81-96 s beside
     * other builds), too long for every build, so the suite runs 250 (measured from 50);
     * {@code -Dreadiness.hardening.evaluations=1000} runs the full 1,000 (measured from 100).
     */
    private static final int TOTAL = Integer.getInteger("readiness.hardening.evaluations", 250);

    /**
     * Allowed growth of the retained heap between the warm-up and the last evaluation. A leak of one assessment per run (its test
     * cases, coverage tree and rendered reports: tens of KB each) would add tens of MB over 900 runs (several MB over 200); 8 MB absorbs the
     * JIT, class-data and GC bookkeeping noise measured at well under 1 MB, while a per-run leak above ~9 KB (1,000 runs) or ~40 KB (250 runs) fails.
     */
    private static final long MAX_GROWTH_BYTES = 8L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void repeatedEvaluationsKeepHeapThreadsAndFileHandlesFlat() throws Exception {
        Path history = dir.resolve(".readiness/history.jsonl");
        Path output = dir.resolve("readiness");
        int warmUp = TOTAL >= 1000 ? 100 : WARM_UP;
        long heapAtWarmUp = 0;
        Set<String> threadsBefore = Set.of();
        long fdsBefore = -1;
        Assessment last = null;
        for (int i = 0; i < TOTAL; i++) {
            last = evaluate(i, history, output);
            if (i + 1 == warmUp) {
                // after the warm-up: classes loaded, their jars opened, JIT threads started
                heapAtWarmUp = settledUsedHeap();
                threadsBefore = liveThreads();
                fdsBefore = openFileDescriptors();
            }
        }
        long heapAtEnd = settledUsedHeap();
        System.out.printf(
                Locale.ROOT,
                "[long-lived] used heap after GC: %.1f MB at %d, %.1f MB at %d, growth %+.2f MB%n",
                heapAtWarmUp / 1048576.0,
                warmUp,
                heapAtEnd / 1048576.0,
                TOTAL,
                (heapAtEnd - heapAtWarmUp) / 1048576.0);

        assertThat(last.score()).as("the evaluations measured something").isNotNull();
        assertThat(new HistoryStore(history).read().records()).hasSize(TOTAL);
        assertThat(heapAtEnd - heapAtWarmUp)
                .as("retained heap growth from evaluation %d to %d", warmUp, TOTAL)
                .isLessThan(MAX_GROWTH_BYTES);
        assertThat(liveThreads())
                .as("threads alive after the evaluations")
                .isNotEmpty()
                .isSubsetOf(threadsBefore);
        if (fdsBefore >= 0) {
            assertThat(openFileDescriptors())
                    .as("open file descriptors (/proc/self/fd)")
                    .isLessThanOrEqualTo(fdsBefore);
        }
    }

    private static Assessment evaluate(int i, Path history, Path output) throws Exception {
        AssessmentRequest request = request(i, history);
        ReadinessEngine engine = new ReadinessEngine();
        Assessment assessment = engine.assess(request);
        ReportFiles.write(assessment, output, RESOURCES);
        engine.record(assessment, request);
        return assessment;
    }

    /** As in {@code ConcurrentAssessmentsTest}: four kinds of project from real tool output. */
    private static AssessmentRequest request(int i, Path history) throws Exception {
        Policy policy = new PolicyFactory()
                .build(
                        List.of(
                                TagDefinition.of("critical", List.of("com.acme.control.**"), List.of(), List.of()),
                                TagDefinition.of(
                                        "safety-critical", List.of(), List.of(), List.of("com.acme.SafetyCritical"))),
                        List.of(),
                        List.of(),
                        null,
                        null,
                        null,
                        null);
        String kind = List.of("basic", "split", "stale", "basic").get(i % 4);
        List<String> exec = kind.equals("split") ? List.of("jacoco/split/*.exec") : List.of("jacoco/basic/jacoco.exec");
        String classes = kind.equals("stale") ? "jacoco/stale/classes" : "jacoco/basic/classes";
        return AssessmentRequest.builder(policy, new ProjectInfo("com.acme", "project", "1.0"), RESOURCES)
                .surefireReports(
                        List.of(i % 2 == 0 ? "surefire/junit5-surefire-3.6.1" : "surefire/junit4-surefire-2.22.2"))
                .failsafeReports(List.of("surefire/junit5-failsafe-3.6.1"))
                .testClassesDirectories(List.of("surefire/classes/junit5"))
                .execFiles(exec)
                .classesDirectories(List.of(classes))
                .threads(1 + i % 3)
                .timestamp(NOW.plusSeconds(i))
                .historyFile(history)
                .benchmarks(new BenchmarkInput(
                        "jmh/real/current.json", "jmh/real/baseline.json", BigDecimal.valueOf(5 + i % 3), List.of()))
                // Javadoc analysis (JavaParser) triples the cost of an evaluation: every tenth one includes it
                .documentation(i % 10 == 0 ? new DocumentationInput(List.of("docs/api"), 17, List.of()) : null)
                .build();
    }

    /** Used heap after full collections, once it stops falling (lowest of the settled readings). */
    private static long settledUsedHeap() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        long lowest = Long.MAX_VALUE;
        for (int i = 0; i < 6; i++) {
            System.gc();
            Thread.sleep(50);
            lowest = Math.min(lowest, runtime.totalMemory() - runtime.freeMemory());
        }
        return lowest;
    }

    /**
     * Live threads by name, without the JVM's and the test framework's own ones, which may come and go on their own
     * (JIT, GC, reference handling, attach listener, Surefire's pumpers). A thread the engine starts and forgets (an
     * analysis pool not shut down) shows up under a name of its own.
     */
    private static Set<String> liveThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(t -> t.getName().replaceAll("\\d+", "#"))
                .filter(name -> !name.startsWith("C1 ")
                        && !name.startsWith("C2 ")
                        && !name.startsWith("Common-Cleaner")
                        && !name.startsWith("Attach Listener")
                        && !name.startsWith("surefire-")
                        && !name.equals("process reaper"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Entries of {@code /proc/self/fd}, or -1 where there is none (not Linux). */
    private static long openFileDescriptors() throws IOException {
        Path fds = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fds)) {
            return -1;
        }
        try (Stream<Path> entries = Files.list(fds)) {
            return entries.count();
        }
    }
}
