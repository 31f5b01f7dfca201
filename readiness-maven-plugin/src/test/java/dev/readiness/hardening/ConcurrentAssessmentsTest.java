package dev.readiness.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assess.AssessmentRequest;
import dev.readiness.assess.BenchmarkInput;
import dev.readiness.assess.DocumentationInput;
import dev.readiness.assess.ProjectInfo;
import dev.readiness.assess.ReadinessEngine;
import dev.readiness.history.HistoryStore;
import dev.readiness.policy.Policy;
import dev.readiness.policy.PolicyFactory;
import dev.readiness.policy.TagDefinition;
import dev.readiness.report.JsonReport;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100 assessments of different projects evaluated at once from a thread pool, as under {@code mvn -T} or in a daemon:
 * each equals its sequential result, nothing deadlocks, and the shared history files lose no record.
 */
class ConcurrentAssessmentsTest {
    private static final Path RESOURCES = Path.of("src/test/resources").toAbsolutePath();
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @TempDir
    Path dir;

    /** Four kinds of project, all from real tool output committed as fixtures. */
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
        return AssessmentRequest.builder(policy, new ProjectInfo("com.acme", "project-" + (i % 10), "1.0"), RESOURCES)
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
                .documentation(new DocumentationInput(List.of("docs/api"), 17, List.of()))
                .build();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void hundredConcurrentAssessmentsEqualTheirSequentialResults() throws Exception {
        JsonReport json = new JsonReport(RESOURCES);
        List<String> sequential = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            sequential.add(json.render(new ReadinessEngine().assess(request(i, null))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                int n = i;
                futures.add(pool.submit(() -> json.render(new ReadinessEngine().assess(request(n, null)))));
            }
            for (int i = 0; i < 100; i++) {
                assertThat(futures.get(i).get(60, TimeUnit.SECONDS))
                        .as("assessment %d", i)
                        .isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sequential.stream().distinct().count())
                .as("the inputs really differ")
                .isGreaterThan(4);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void concurrentAssessmentsSharingHistoryFilesLoseNoRecord() throws Exception {
        Path shared = dir.resolve("shared/history.jsonl");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                int n = i;
                Path history = n % 2 == 0 ? shared : dir.resolve("own-" + n + "/history.jsonl");
                futures.add(pool.submit(() -> {
                    AssessmentRequest r = request(n, history);
                    ReadinessEngine engine = new ReadinessEngine();
                    engine.record(engine.assess(r), r);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        var read = new HistoryStore(shared).read();
        assertThat(read.warnings()).isEmpty();
        assertThat(read.records()).hasSize(50);
        assertThat(read.records().stream().map(r -> r.timestamp()).distinct().count())
                .isEqualTo(50);
        for (int i = 1; i < 100; i += 2) {
            assertThat(new HistoryStore(dir.resolve("own-" + i + "/history.jsonl"))
                            .read()
                            .records())
                    .hasSize(1);
        }
    }
}
