package dev.readiness.bench;

import dev.readiness.evidence.coverage.AnalysisCache;
import dev.readiness.evidence.coverage.ClassIds;
import dev.readiness.evidence.coverage.CoverageAnalyzer;
import dev.readiness.evidence.coverage.CoverageEvidence;
import dev.readiness.evidence.coverage.CoverageRequest;
import dev.readiness.evidence.tests.TestCounts;
import dev.readiness.evidence.tests.TestEvidence;
import dev.readiness.evidence.tests.TestReportReader;
import dev.readiness.policy.CounterKind;
import dev.readiness.policy.TagDefinition;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.SurefireReportParser;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.tools.ExecFileLoader;

/**
 * One in-process measurement, run by the harness in a JVM of its own: times one call (cold, as in a build), and reads
 * the heap pools' peak usage (reset just before the call) and the heap still used after a GC while the result is
 * alive. Prints one line {@code RESULT nanos=..;peak=..;retained=..;<counts>} for the harness to parse.
 *
 * <pre>
 * java -cp ... dev.readiness.bench.Measure coverage-ours &lt;project dir&gt;
 * java -cp ... dev.readiness.bench.Measure coverage-jacoco &lt;project dir&gt;
 * java -cp ... dev.readiness.bench.Measure reports-ours &lt;reports dir&gt;
 * java -cp ... dev.readiness.bench.Measure reports-sequential|reports-woodstox|reports-jdk &lt;reports dir&gt;
 * java -cp ... dev.readiness.bench.Measure reports-parser &lt;reports dir&gt;
 * </pre>
 */
public final class Measure {
    /** The two tags of the coverage comparison: a package tag and an annotation tag (as in the generated POMs). */
    static final List<TagDefinition> TAGS = List.of(
            TagDefinition.of("critical", List.of("groovy.lang.**", "scala.collection.**"), List.of(), List.of()),
            TagDefinition.of("safety-critical", List.of(), List.of(), List.of("java.lang.Deprecated")));

    private Measure() {}

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path path = Path.of(args[1]);
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        Map<String, Long> counts = new LinkedHashMap<>();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        Object result = switch (mode) {
            case "coverage-nocache" -> coverageCached(path, counts, null, TAGS);
            case "coverage-ours" -> coverageOurs(path, counts);
            case "coverage-jacoco" -> coverageJacoco(path, counts);
            case "coverage-cold" -> coverageCached(path, counts, Boolean.TRUE, TAGS);
            case "coverage-warm" -> coverageCached(path, counts, Boolean.FALSE, TAGS);
            case "coverage-warm-untagged" -> coverageCached(path, counts, Boolean.FALSE, List.of());
            case "coverage-crosscheck" -> coverageCrossCheck(path, counts);
            case "coverage-floor" -> coverageFloor(path, counts);
            case "reports-ours" -> reportsOurs(new TestReportReader(), path, counts);
            case "reports-sequential" ->
                reportsOurs(new TestReportReader(com.fasterxml.aalto.stax.InputFactoryImpl::new, 1), path, counts);
            case "reports-woodstox" ->
                reportsOurs(new TestReportReader(com.ctc.wstx.stax.WstxInputFactory::new, 1), path, counts);
            case "reports-jdk" ->
                reportsOurs(new TestReportReader(javax.xml.stream.XMLInputFactory::newDefaultFactory, 1), path, counts);
            case "reports-parser" -> reportsParser(path, counts);
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        };
        long nanos = System.nanoTime() - start;
        counts.put("cpuNanos", os.getProcessCpuTime() - cpuStart); // all threads, JIT and GC included
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.gc();
        long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        Reference.reachabilityFence(result);
        StringBuilder line = new StringBuilder("RESULT nanos=" + nanos + ";peak=" + peak + ";retained=" + retained);
        counts.forEach((k, v) -> line.append(';').append(k).append('=').append(v));
        System.out.println(line);
    }

    private static Object coverageOurs(Path project, Map<String, Long> counts) throws Exception {
        CoverageEvidence evidence = new CoverageAnalyzer()
                .analyze(new CoverageRequest(
                        project, List.of("target/jacoco.exec"), List.of(project.resolve("target/classes")), TAGS, 0));
        if (!evidence.available()) {
            throw new IllegalStateException("no coverage evidence: " + evidence.missingReason());
        }
        counts.put("classes", (long) evidence.analyzedClasses());
        counts.put("lineCovered", evidence.overall().get(CounterKind.LINE).covered());
        counts.put("lineMissed", evidence.overall().get(CounterKind.LINE).missed());
        counts.put("noMatch", (long) evidence.noMatchClasses().size());
        return evidence;
    }

    /** The analysis cache of a generated project: beside it, never in the user's cache directory. */
    static Path cacheOf(Path project) {
        return project.resolveSibling(project.getFileName() + "-analysis-cache");
    }

    /** readiness with the analysis cache: {@code cold} empties it first, warm expects it filled by a cold run. */
    private static Object coverageCached(Path project, Map<String, Long> counts, Boolean cold, List<TagDefinition> tags)
            throws Exception {
        Path dir = cacheOf(project);
        if (Boolean.TRUE.equals(cold)) {
            BenchmarkHarness.deleteRecursively(dir);
        } else if (Boolean.FALSE.equals(cold) && !java.nio.file.Files.isDirectory(dir)) {
            throw new IllegalStateException("no warm cache in " + dir + ": run coverage-cold first");
        }
        AnalysisCache cache = cold == null ? null : AnalysisCache.at(dir, 4096L << 20);
        CoverageEvidence evidence = new CoverageAnalyzer(cache)
                .analyze(new CoverageRequest(
                        project, List.of("target/jacoco.exec"), List.of(project.resolve("target/classes")), tags, 0));
        if (!evidence.available()) {
            throw new IllegalStateException("no coverage evidence: " + evidence.missingReason());
        }
        counts.put("classes", (long) evidence.analyzedClasses());
        for (CounterKind kind : CounterKind.values()) {
            String name = kind.name().toLowerCase(java.util.Locale.ROOT);
            counts.put(name + "Covered", evidence.overall().get(kind).covered());
            counts.put(name + "Missed", evidence.overall().get(kind).missed());
        }
        counts.put("noMatch", (long) evidence.noMatchClasses().size());
        if (cache == null) {
            return evidence;
        }
        AnalysisCache.Statistics stats = cache.statistics();
        counts.put("cacheHits", (long) stats.hits());
        counts.put("cacheMisses", (long) stats.misses());
        counts.put("cacheWritten", (long) stats.written());
        counts.put("cacheUnverified", (long) stats.unverified());
        counts.put("cacheRejected", (long) stats.rejected());
        return evidence;
    }

    /**
     * Every class of the set, one by one: JaCoCo's {@link Analyzer} against the coverage built from the warm cache
     * entry, in every counter of the class, of each method and of each line. Counts the classes compared, those with a
     * difference, and those without an entry (JaCoCo analyses them every time).
     */
    private static Object coverageCrossCheck(Path project, Map<String, Long> counts) throws Exception {
        ExecFileLoader loader = new ExecFileLoader();
        loader.load(project.resolve("target/jacoco.exec").toFile());
        ExecutionDataStore store = loader.getExecutionDataStore();
        AnalysisCache cache = AnalysisCache.at(cacheOf(project), 4096L << 20);
        long compared = 0;
        long differ = 0;
        long notCached = 0;
        List<String> firstDifferences = new java.util.ArrayList<>();
        List<Path> files;
        try (var walk = java.nio.file.Files.walk(project.resolve("target/classes"))) {
            files = walk.filter(f -> f.toString().endsWith(".class")).sorted().toList();
        }
        for (Path file : files) {
            byte[] bytes = java.nio.file.Files.readAllBytes(file);
            IClassCoverage[] jacoco = new IClassCoverage[1];
            new Analyzer(store, c -> jacoco[0] = c).analyzeClass(bytes, file.toString());
            if (jacoco[0] == null) {
                continue; // module-info, package-info: JaCoCo reports nothing
            }
            ExecutionData data = store.get(jacoco[0].getId());
            IClassCoverage warm =
                    cache.coverageOf(bytes, data == null ? null : data.getProbes(), jacoco[0].isNoMatch());
            if (warm == null) {
                notCached++;
                continue;
            }
            compared++;
            String difference = ClassComparison.difference(jacoco[0], warm);
            if (difference != null) {
                differ++;
                if (firstDifferences.size() < 5) {
                    firstDifferences.add(difference);
                }
            }
        }
        firstDifferences.forEach(d -> System.out.println("DIFFERENCE " + d));
        counts.put("classesCompared", compared);
        counts.put("classesDiffering", differ);
        counts.put("classesNotCached", notCached);
        return counts;
    }

    /**
     * The floor of any analysis keyed by class content: load the execution data, list the class files, read each one
     * and compute its class id, on as many threads as readiness uses, and nothing else (no analysis, no cache lookup).
     */
    private static Object coverageFloor(Path project, Map<String, Long> counts) throws Exception {
        ExecFileLoader loader = new ExecFileLoader();
        loader.load(project.resolve("target/jacoco.exec").toFile());
        List<Path> files;
        try (var walk = java.nio.file.Files.walk(project.resolve("target/classes"))) {
            files = walk.filter(f -> f.toString().endsWith(".class")).toList();
        }
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicLong found = new java.util.concurrent.atomic.AtomicLong();
        ExecutionDataStore store = loader.getExecutionDataStore();
        List<Thread> workers = new java.util.ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        for (int t = 0; t < Runtime.getRuntime().availableProcessors(); t++) {
            Thread worker = new Thread(() -> {
                ClassIds ids = new ClassIds();
                try {
                    for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                        byte[] content = java.nio.file.Files.readAllBytes(files.get(i));
                        bytes.addAndGet(content.length);
                        if (store.get(ids.classId(content)) != null) {
                            found.incrementAndGet();
                        }
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("reading the classes failed", failures.get(0));
        }
        counts.put("classFiles", (long) files.size());
        counts.put("classBytes", bytes.get());
        counts.put("withExecutionData", found.get());
        return store;
    }

    private static Object coverageJacoco(Path project, Map<String, Long> counts) throws Exception {
        ExecFileLoader loader = new ExecFileLoader();
        loader.load(project.resolve("target/jacoco.exec").toFile());
        CoverageBuilder builder = new CoverageBuilder();
        new Analyzer(loader.getExecutionDataStore(), builder)
                .analyzeAll(project.resolve("target/classes").toFile());
        IBundleCoverage bundle = builder.getBundle("benchmark");
        // the class rows of jacoco:report: classes with code (as readiness's analyzedClasses counts them)
        counts.put(
                "classes",
                builder.getClasses().stream().filter(c -> c.containsCode()).count());
        counts.put("lineCovered", (long) bundle.getLineCounter().getCoveredCount());
        counts.put("lineMissed", (long) bundle.getLineCounter().getMissedCount());
        counts.put("noMatch", (long) builder.getNoMatchClasses().size());
        return bundle;
    }

    private static Object reportsOurs(TestReportReader reader, Path dir, Map<String, Long> counts) throws Exception {
        TestEvidence evidence = reader.read(dir, List.of("."));
        if (!evidence.malformedReports().isEmpty()) {
            throw new IllegalStateException("malformed reports: " + evidence.malformedReports());
        }
        TestCounts c = evidence.counts();
        counts.put("total", c.total());
        counts.put("failed", c.failed());
        counts.put("errors", c.errors());
        counts.put("skipped", c.skipped());
        counts.put("flaky", c.flaky());
        return evidence;
    }

    private static Object reportsParser(Path dir, Map<String, Long> counts) {
        List<ReportTestSuite> suites = new SurefireReportParser(
                        List.of(new File(dir.toString())), new NullConsoleLogger())
                .parseXMLReportFiles();
        List<ReportTestCase> cases =
                suites.stream().flatMap(s -> s.getTestCases().stream()).toList();
        counts.put("total", (long) cases.size());
        counts.put("failed", cases.stream().filter(ReportTestCase::hasFailure).count());
        counts.put("errors", cases.stream().filter(ReportTestCase::hasError).count());
        counts.put("skipped", cases.stream().filter(ReportTestCase::hasSkipped).count());
        counts.put(
                "flaky",
                cases.stream()
                        .filter(c -> c.hasFlakes() && !c.hasError() && !c.hasFailure())
                        .count());
        return suites;
    }
}
