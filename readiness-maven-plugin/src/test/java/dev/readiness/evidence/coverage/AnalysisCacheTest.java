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
import org.jacoco.core.JaCoCo;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.IClassCoverage;
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

    private List<Path> packs() throws Exception {
        if (!Files.isDirectory(cacheDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(cacheDir)) {
            return files.filter(f -> f.toString().endsWith(".pack")).sorted().toList();
        }
    }

    private static List<Path> classFiles() throws Exception {
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
    }

    @Test
    void warmRunEqualsColdRunAndTheUncachedAnalysis() throws Exception {
        AnalysisCache cold = AnalysisCache.at(cacheDir, LARGE);
        CoverageEvidence first = analyze(cold);
        List<Path> afterCold = packs();
        AnalysisCache warm = AnalysisCache.at(cacheDir, LARGE);
        CoverageEvidence second = analyze(warm);

        assertThat(first).isEqualTo(uncached);
        assertThat(second).isEqualTo(uncached);
        assertThat(cold.statistics().hits()).isZero();
        assertThat(cold.statistics().written()).isGreaterThan(150);
        assertThat(cold.statistics().unverified()).isZero();
        assertThat(warm.statistics().hits()).isEqualTo(cold.statistics().written());
        assertThat(warm.statistics().misses())
                .isEqualTo(cold.statistics().misses() - cold.statistics().written());
        assertThat(warm.statistics().written()).isZero();
        assertThat(afterCold).hasSize(1);
        assertThat(afterCold
                        .get(0)
                        .startsWith(cacheDir.resolve("analysis").resolve("jacoco-" + JaCoCo.VERSION + "-v3")))
                .isTrue();
        assertThat(packs()).isEqualTo(afterCold);
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
        assertThat(packs()).hasSize(1);
    }

    /** A pack holding the entries of these class files, written as an analysis writes it. */
    private AnalysisCache packOf(List<Path> files) throws Exception {
        AnalysisCache cache = AnalysisCache.at(cacheDir, LARGE);
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            AnalysisEntry entry = SymbolicAnalysis.analyze(bytes, CRC64.classId(bytes));
            assertThat(entry).as(file.toString()).isNotNull();
            cache.write(entry, bytes);
        }
        cache.finish();
        return cache;
    }

    @Test
    void everySingleBitFlipOfAPackIsDetected() throws Exception {
        // a small class with branches: every bit of its pack, header included, is flipped once
        Path file = null;
        for (Path candidate : classFiles()) {
            AnalysisEntry entry = entryOf(Files.readAllBytes(candidate));
            int size = entry == null ? 0 : entry.encode().length;
            boolean branches = entry != null
                    && entry.methods().stream()
                            .flatMap(m -> m.instructions().stream())
                            .anyMatch(i -> i.branches() >= 2);
            if (branches && size >= 150 && size <= 400) {
                file = candidate;
                break;
            }
        }
        assertThat(file).isNotNull();
        byte[] classBytes = Files.readAllBytes(file);
        long classId = CRC64.classId(classBytes);
        packOf(List.of(file));
        Path pack = packs().get(0);
        byte[] good = Files.readAllBytes(pack);
        IClassCoverage expected = AnalysisCache.at(cacheDir, LARGE).coverageOf(classBytes, null, false);
        assertThat(expected).isNotNull();
        assertThat(good.length).isGreaterThan(AnalysisCache.header().length + 150);

        for (int bit = 0; bit < good.length * 8; bit++) {
            byte[] flipped = good.clone();
            flipped[bit / 8] ^= (byte) (1 << (bit % 8));
            Files.write(pack, flipped);
            AnalysisCache cache = AnalysisCache.at(cacheDir, LARGE);
            assertThat(cache.read(classId, classBytes)).as("bit %d", bit).isNull();
            assertThat(cache.statistics().misses()).as("bit %d", bit).isEqualTo(1);
        }
        Files.write(pack, good);
        IClassCoverage again = AnalysisCache.at(cacheDir, LARGE).coverageOf(classBytes, null, false);
        assertThat(AnalysisEntry.difference(expected, again)).isNull();
    }

    /**
     * The Kotlin standard library, whose classes with an SMAP carry fragments of other classes: every class is stored
     * after the check against JaCoCo (none refused), and the warm run gives the uncached evidence.
     */
    @Test
    void kotlinClassesWithSmapsAreCachedAndWarmEqualsUncached(@TempDir Path kotlinProject) throws Exception {
        Path jar = Path.of(kotlin.Unit.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Path kotlinClasses = kotlinProject.resolve("target/classes");
        int count = SyntheticExec.extract(jar, kotlinClasses);
        assertThat(count).isGreaterThan(900);
        SyntheticExec.write(kotlinClasses, kotlinProject.resolve("target/jacoco.exec"), 23L);
        CoverageRequest request = new CoverageRequest(
                kotlinProject,
                List.of("target/jacoco.exec"),
                List.of(kotlinClasses),
                List.of(TagDefinition.of("collections", List.of("kotlin.collections.**"), List.of(), List.of())),
                2);
        CoverageEvidence without = new CoverageAnalyzer().analyze(request);
        AnalysisCache cold = AnalysisCache.at(cacheDir, LARGE);
        CoverageEvidence first = new CoverageAnalyzer(cold).analyze(request);
        AnalysisCache warm = AnalysisCache.at(cacheDir, LARGE);
        CoverageEvidence second = new CoverageAnalyzer(warm).analyze(request);

        assertThat(first).isEqualTo(without);
        assertThat(second).isEqualTo(without);
        assertThat(cold.statistics().unverified()).isZero();
        assertThat(cold.statistics().written())
                .isEqualTo(cold.statistics().misses())
                .isGreaterThan(900);
        assertThat(warm.statistics().hits()).isEqualTo(cold.statistics().written());
        assertThat(warm.statistics().misses()).isZero();
    }

    @Test
    void aPackOfTheOlderEntryFormatIsNotRead() throws Exception {
        analyze(AnalysisCache.at(cacheDir, LARGE));
        Path pack = packs().get(0);
        byte[] v2 = Files.readAllBytes(pack);
        v2[7] = 0x02; // the magic's format byte of the previous entry layout
        Files.write(pack, v2);
        Path oldDirectory = pack.getParent().resolveSibling("jacoco-" + JaCoCo.VERSION + "-v2");
        Files.createDirectories(oldDirectory);
        Path oldPack = Files.write(oldDirectory.resolve(pack.getFileName()), v2);

        AnalysisCache cache = AnalysisCache.at(cacheDir, LARGE);
        assertThat(analyze(cache)).isEqualTo(uncached);
        assertThat(cache.statistics().hits()).isZero();
        assertThat(cache.statistics().written()).isGreaterThan(150);
        assertThat(Files.readAllBytes(oldPack)).isEqualTo(v2);
    }

    @Test
    void aDamagedRecordCostsOnlyItsOwnClass() throws Exception {
        List<Path> three = classFiles().subList(10, 13);
        packOf(three);
        Path pack = packs().get(0);
        byte[] data = Files.readAllBytes(pack);
        // the middle record's last payload byte (just before its CRC): lengths and the other records intact
        byte[] first = Files.readAllBytes(three.get(0));
        byte[] second = Files.readAllBytes(three.get(1));
        int firstRecord = AnalysisCache.record(0, 0, 0, entryOf(first).encode()).length;
        int secondRecord = AnalysisCache.record(0, 0, 0, entryOf(second).encode()).length;
        data[AnalysisCache.header().length + firstRecord + secondRecord - 5] ^= 0x01;
        Files.write(pack, data);

        AnalysisCache cache = AnalysisCache.at(cacheDir, LARGE);
        assertThat(cache.read(CRC64.classId(first), first)).isNotNull();
        assertThat(cache.read(CRC64.classId(second), second)).isNull();
        byte[] third = Files.readAllBytes(three.get(2));
        assertThat(cache.read(CRC64.classId(third), third)).isNotNull();
        assertThat(cache.statistics().rejected()).isEqualTo(1);
    }

    private static AnalysisEntry entryOf(byte[] bytes) {
        return SymbolicAnalysis.analyze(bytes, CRC64.classId(bytes));
    }

    @Test
    void damagedTruncatedAndForeignPacksAreIgnoredAndTheirClassesRebuilt() throws Exception {
        analyze(AnalysisCache.at(cacheDir, LARGE));
        Path pack = packs().get(0);
        byte[] good = Files.readAllBytes(pack);
        byte[] bad = good.clone();
        bad[bad.length / 2] ^= 0x10;
        Files.write(pack, Arrays.copyOf(bad, bad.length * 3 / 4)); // damaged in the middle, and truncated
        Files.writeString(pack.resolveSibling("0000000000000-0000000000000000.pack"), "not a pack at all");

        AnalysisCache cache = AnalysisCache.at(cacheDir, LARGE);
        assertThat(analyze(cache)).isEqualTo(uncached);
        assertThat(cache.statistics().hits()).isPositive();
        assertThat(cache.statistics().written()).isPositive();
        AnalysisCache rebuilt = AnalysisCache.at(cacheDir, LARGE);
        assertThat(analyze(rebuilt)).isEqualTo(uncached);
        assertThat(rebuilt.statistics().written()).isZero();
        assertThat(rebuilt.statistics().rejected()).isZero();
        assertThat(rebuilt.statistics().hits())
                .isEqualTo(cache.statistics().hits() + cache.statistics().written());
    }

    @Test
    void anEntryOfOtherClassBytesIsNotUsedEvenUnderTheSameId() throws Exception {
        List<Path> two = classFiles().subList(20, 22);
        byte[] a = Files.readAllBytes(two.get(0));
        byte[] b = Files.readAllBytes(two.get(1));
        long idB = CRC64.classId(b);
        byte[] payloadA = entryOf(a).encode();
        Files.createDirectories(AnalysisCache.at(cacheDir, LARGE).root());
        // A's entry filed under B's id: once with A's class file check (a CRC64 collision, as the cache sees it), once
        // with B's (the record lies; the entry inside still names A)
        for (byte[] record : List.of(
                AnalysisCache.record(idB, a.length, crc32c(a), payloadA),
                AnalysisCache.record(idB, b.length, crc32c(b), payloadA))) {
            Files.write(
                    AnalysisCache.at(cacheDir, LARGE).root().resolve("9999999999999-0000000000000000.pack"),
                    concat(AnalysisCache.header(), record));
            AnalysisCache cache = AnalysisCache.at(cacheDir, LARGE);
            assertThat(cache.read(idB, b)).isNull();
            assertThat(cache.statistics().rejected()).isEqualTo(1);
        }
    }

    private static int crc32c(byte[] bytes) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes);
        return (int) crc.getValue();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void theSizeStaysWithinTheLimitAndResultsStayExact() throws Exception {
        long limit = 64L * 1024; // fewer than the library's classes fit
        AnalysisCache first = AnalysisCache.at(cacheDir, limit);
        assertThat(analyze(first)).isEqualTo(uncached);
        assertThat(first.statistics().evicted()).isPositive();
        long size = 0;
        for (Path pack : packs()) {
            size += Files.size(pack);
        }
        assertThat(packs()).hasSize(1);
        assertThat(size).isLessThanOrEqualTo(limit);
        AnalysisCache second = AnalysisCache.at(cacheDir, limit);
        assertThat(analyze(second)).isEqualTo(uncached);
        assertThat(second.statistics().hits()).isPositive();
    }

    @Test
    void theLimitCountsReadinesssOtherCachesToo() throws Exception {
        Path other = cacheDir.resolve("javadoc/some-entry");
        Files.createDirectories(other.getParent());
        Files.write(other, new byte[48 * 1024]);
        AnalysisCache cache = AnalysisCache.at(cacheDir, 64L * 1024);
        assertThat(analyze(cache)).isEqualTo(uncached);
        long size = 0;
        for (Path pack : packs()) {
            size += Files.size(pack);
        }
        assertThat(size).isLessThanOrEqualTo(16L * 1024);
        assertThat(Files.size(other)).isEqualTo(48L * 1024);
    }

    @Test
    void tooManyPacksAreMergedIntoOneThatHoldsThemAll() throws Exception {
        List<Path> files = classFiles().subList(0, AnalysisCache.MAX_PACKS + 1);
        for (int i = 0; i < files.size(); i++) {
            packOf(List.of(files.get(i)));
            assertThat(packs()).hasSize(i < AnalysisCache.MAX_PACKS ? i + 1 : 1);
        }
        AnalysisCache cache = AnalysisCache.at(cacheDir, LARGE);
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            assertThat(cache.read(CRC64.classId(bytes), bytes))
                    .as(file.toString())
                    .isNotNull();
        }
    }

    @Test
    void aReaderKeepsItsPacksWhenAnotherBuildMergesThemAway() throws Exception {
        List<Path> files = classFiles().subList(0, AnalysisCache.MAX_PACKS);
        for (Path file : files) {
            packOf(List.of(file));
        }
        AnalysisCache reader = AnalysisCache.at(cacheDir, LARGE);
        byte[] firstBytes = Files.readAllBytes(files.get(0));
        assertThat(reader.read(CRC64.classId(firstBytes), firstBytes)).isNotNull(); // the reader has mapped the packs
        List<Path> before = packs();
        packOf(List.of(classFiles().get(AnalysisCache.MAX_PACKS))); // another build: 9 packs, merged into one
        assertThat(packs()).hasSize(1).doesNotContainAnyElementsOf(before);

        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            assertThat(reader.read(CRC64.classId(bytes), bytes))
                    .as(file.toString())
                    .isNotNull();
        }
    }

    @Test
    void twoWritersMergingAndReadersMeanwhileStayExact() throws Exception {
        // the cache starts with MAX_PACKS small packs, so every writer's pack starts a merge
        for (Path file : classFiles().subList(0, AnalysisCache.MAX_PACKS)) {
            packOf(List.of(file));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<CoverageEvidence>> runs = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (int i = 0; i < 4; i++) {
                    runs.add(pool.submit(() -> analyze(AnalysisCache.at(cacheDir, LARGE))));
                }
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
        AnalysisCache last = AnalysisCache.at(cacheDir, LARGE);
        assertThat(analyze(last)).isEqualTo(uncached);
        assertThat(last.statistics().written()).isZero();
        assertThat(packs().size()).isLessThanOrEqualTo(AnalysisCache.MAX_PACKS);
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
}
