package dev.readiness.bench;

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
        long start = System.nanoTime();
        Object result = switch (mode) {
            case "coverage-ours" -> coverageOurs(path, counts);
            case "coverage-jacoco" -> coverageJacoco(path, counts);
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
