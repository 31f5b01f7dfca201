package dev.readiness.evidence.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assess.AssessmentRequest;
import dev.readiness.assess.ProjectInfo;
import dev.readiness.assess.ReadinessEngine;
import dev.readiness.policy.Policy;
import dev.readiness.policy.PolicyFactory;
import dev.readiness.policy.TagDefinition;
import dev.readiness.report.JsonReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.internal.data.CRC64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysis cache on the classes of a real library (org.jacoco.core) with agent-shaped execution data: a warm run
 * gives exactly the cold run's and the uncached result, down to the bytes of readiness.json; damaged, truncated,
 * foreign or mismatched entries are never used and are rebuilt; the size stays bounded; concurrent analyses share
 * one directory safely.
 */
class AnalysisCacheTest {
    private static final long LARGE = 512L * 1024 * 1024;
    private static final Instant NOW = Instant.parse("2026-11-30T07:00:00Z");

    @TempDir
    static Path project;

    @TempDir
    Path cacheDir;

    private static Path classes;
    private static CoverageEvidence uncached;

    @BeforeAll
    static void libraryAndData() throws Exception {
        Path jar = Path.of(Analyzer.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        classes = project.resolve("target/classes");
        assertThat(SyntheticExec.extract(jar, classes)).isGreaterThan(150);
        SyntheticExec.write(classes, project.resolve("target/jacoco.exec"), 11L);
        uncached = new CoverageAnalyzer().analyze(request());
    }

    private static CoverageRequest request() {
        return new CoverageRequest(
                project,
                List.of("target/jacoco.exec"),
                List.of(classes),
                List.of(TagDefinition.of("critical", List.of("org.jacoco.core.internal.**"), List.of(), List.of())),
                2);
    }

    private CoverageEvidence analyze(AnalysisCache cache) throws Exception {
        return new CoverageAnalyzer(cache).analyze(request());
    }

    private List<Path> entries() throws Exception {
        try (Stream<Path> files = Files.walk(cacheDir)) {
            return files.filter(f -> f.toString().endsWith(".entry")).sorted().toList();
        }
    }

    @Test
    void warmRunEqualsColdRunAndTheUncachedAnalysis() throws Exception {
        AnalysisCache cold = AnalysisCache.at(cacheDir, LARGE);
        CoverageEvidence first = analyze(cold);
        AnalysisCache warm = AnalysisCache.at(cacheDir, LARGE);
        CoverageEvidence second = analyze(warm);

        assertThat(first).isEqualTo(uncached);
        assertThat(second).isEqualTo(uncached);
        assertThat(cold.statistics().hits()).isZero();
        assertThat(cold.statistics().written()).isGreaterThan(150);
        assertThat(cold.statistics().unverified()).isZero();
        assertThat(warm.statistics().hits()).isEqualTo(cold.statistics().written());
        assertThat(warm.statistics().written()).isZero();
        assertThat(entries()).hasSize(cold.statistics().written());
    }

    @Test
    void readinessJsonIsByteIdenticalColdWarmAndWithoutCache() throws Exception {
        Policy policy = new PolicyFactory()
                .build(
                        List.of(TagDefinition.of(
                                "critical", List.of("org.jacoco.core.internal.**"), List.of(), List.of())),
                        List.of(),
                        List.of(),
                        null,
                        null,
                        null,
                        null);
        JsonReport json = new JsonReport(project);
        List<String> out = new ArrayList<>();
        for (AnalysisCache cache :
                Arrays.asList(null, AnalysisCache.at(cacheDir, LARGE), AnalysisCache.at(cacheDir, LARGE))) {
            AssessmentRequest request = AssessmentRequest.builder(
                            policy, new ProjectInfo("org.jacoco", "org.jacoco.core", "0.8.15"), project)
                    .execFiles(List.of("target/jacoco.exec"))
                    .classesDirectories(List.of("target/classes"))
                    .timestamp(NOW)
                    .analysisCache(cache)
                    .build();
            out.add(json.render(new ReadinessEngine().assess(request)));
        }

        assertThat(out.get(0)).contains("\"overall\"");
        assertThat(out.get(1)).isEqualTo(out.get(0));
        assertThat(out.get(2)).isEqualTo(out.get(0));
        assertThat(entries()).isNotEmpty();
    }

    @Test
    void everySingleBitFlipOfAnEntryIsDetected() throws Exception {
        analyze(AnalysisCache.at(cacheDir, LARGE));
        Path entry = entries().get(0);
        byte[] good = Files.readAllBytes(entry);
        String hex = entry.getFileName().toString().replace(".entry", "");
        long classId = Long.parseUnsignedLong(hex, 16);
        byte[] classBytes = classBytesWithId(classId);
        AnalysisCache cache = AnalysisCache.at(cacheDir, LARGE);
        assertThat(cache.read(classId, classBytes)).isNotNull();

        for (int bit = 0; bit < good.length * 8; bit++) {
            byte[] flipped = good.clone();
            flipped[bit / 8] ^= (byte) (1 << (bit % 8));
            Files.write(entry, flipped);
            assertThat(cache.read(classId, classBytes)).as("bit %d", bit).isNull();
        }
        assertThat(cache.statistics().rejected()).isEqualTo(good.length * 8);
    }

    @Test
    void aDamagedEntryIsIgnoredAndRebuilt() throws Exception {
        analyze(AnalysisCache.at(cacheDir, LARGE));
        List<Path> all = entries();
        Path flipped = all.get(all.size() / 2);
        byte[] good = Files.readAllBytes(flipped);
        byte[] bad = good.clone();
        bad[bad.length / 2] ^= 0x10;
        Files.write(flipped, bad);
        Path truncated = all.get(0);
        Files.write(truncated, Arrays.copyOf(Files.readAllBytes(truncated), 20));
        Path foreign = all.get(all.size() - 1);
        Files.writeString(foreign, "not an entry at all");

        AnalysisCache cache = AnalysisCache.at(cacheDir, LARGE);
        CoverageEvidence evidence = analyze(cache);

        assertThat(evidence).isEqualTo(uncached);
        assertThat(cache.statistics().rejected()).isEqualTo(3);
        assertThat(cache.statistics().written()).isEqualTo(3);
        assertThat(Files.readAllBytes(flipped)).isEqualTo(good);
    }

    @Test
    void anEntryOfOtherClassBytesIsNotUsedEvenUnderTheSameId() throws Exception {
        analyze(AnalysisCache.at(cacheDir, LARGE));
        List<Path> all = entries();
        // the entry of one class put where another class's entry belongs: a CRC64 collision, as seen by the cache
        Files.copy(all.get(0), all.get(1), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        AnalysisCache cache = AnalysisCache.at(cacheDir, LARGE);
        assertThat(analyze(cache)).isEqualTo(uncached);
        assertThat(cache.statistics().rejected()).isEqualTo(1);
    }

    @Test
    void theSizeStaysWithinTheLimitAndResultsStayExact() throws Exception {
        long limit = 256L * 2048; // 2 KB per shard: fewer than the library's classes fit
        AnalysisCache first = AnalysisCache.at(cacheDir, limit);
        assertThat(analyze(first)).isEqualTo(uncached);
        assertThat(first.statistics().evicted()).isPositive();
        try (Stream<Path> shards = Files.list(first.root())) {
            for (Path shard : shards.toList()) {
                long size = 0;
                try (Stream<Path> files = Files.list(shard)) {
                    for (Path f : files.toList()) {
                        size += Files.size(f);
                    }
                }
                assertThat(size).as(shard.toString()).isLessThanOrEqualTo(limit / 256);
            }
        }
        AnalysisCache second = AnalysisCache.at(cacheDir, limit);
        assertThat(analyze(second)).isEqualTo(uncached);
        assertThat(second.statistics().hits()).isPositive();
    }

    @Test
    void concurrentAnalysesShareOneDirectory() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<CoverageEvidence>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> analyze(AnalysisCache.at(cacheDir, LARGE))));
            }
            for (Future<CoverageEvidence> run : runs) {
                assertThat(run.get()).isEqualTo(uncached);
            }
        } finally {
            pool.shutdownNow();
        }
        try (Stream<Path> files = Files.walk(cacheDir)) {
            assertThat(files.filter(f -> f.toString().endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void anUnwritableCacheOnlyCostsTheCache() throws Exception {
        Path blocked = cacheDir.resolve("blocked");
        Files.writeString(blocked, "a file where the cache directory should be");
        AnalysisCache cache = AnalysisCache.at(blocked, LARGE);

        assertThat(analyze(cache)).isEqualTo(uncached);
        assertThat(cache.statistics().written()).isZero();
    }

    @Test
    void classesWithoutExecutionDataOrWithAnotherBuildsDataAreExactFromTheCache() throws Exception {
        CoverageRequest stale =
                Fixtures.request(Fixtures.BASIC, List.of("jacoco.exec"), List.of(Fixtures.STALE_CLASSES), List.of());
        CoverageEvidence expected = new CoverageAnalyzer().analyze(stale);
        new CoverageAnalyzer(AnalysisCache.at(cacheDir, LARGE)).analyze(stale);
        AnalysisCache warm = AnalysisCache.at(cacheDir, LARGE);

        assertThat(new CoverageAnalyzer(warm).analyze(stale)).isEqualTo(expected);
        assertThat(warm.statistics().hits()).isPositive();
        assertThat(expected.noMatchClasses()).isNotEmpty();
    }

    private static byte[] classBytesWithId(long classId) throws Exception {
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                if (CRC64.classId(bytes) == classId) {
                    return bytes;
                }
            }
        }
        throw new AssertionError("no class with id " + Long.toHexString(classId));
    }
}
