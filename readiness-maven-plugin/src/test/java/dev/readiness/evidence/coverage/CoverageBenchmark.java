package dev.readiness.evidence.coverage;

import dev.readiness.policy.CounterKind;
import dev.readiness.policy.TagDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.tools.ExecFileLoader;

/**
 * Not a unit test: measures {@link CoverageAnalyzer} on the classes of a large jar with synthetic execution data,
 * sequential versus parallel.
 *
 * <pre>
 * ./mvnw -B -q -o test-compile -pl readiness-maven-plugin
 * ./mvnw -B -q -o dependency:build-classpath -pl readiness-maven-plugin -Dmdep.outputFile=/tmp/cp.txt
 * java -cp readiness-maven-plugin/target/classes:readiness-maven-plugin/target/test-classes:$(cat /tmp/cp.txt) \
 *     dev.readiness.evidence.coverage.CoverageBenchmark ~/.m2/repository/org/apache/groovy/groovy/4.0.31/groovy-4.0.31.jar
 * </pre>
 *
 * The probe count of each class is learned the way the JaCoCo agent counts them (ClassProbesAdapter), and about 60 %
 * of the probes are set from a fixed seed, so the data is valid for every class (no "no match").
 */
public final class CoverageBenchmark {
    private CoverageBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: CoverageBenchmark <jar> [rounds]");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path work = Files.createTempDirectory("readiness-bench");
        Path classes = work.resolve("classes");
        int classCount = SyntheticExec.extract(jar, classes);
        Path exec = work.resolve("jacoco.exec");
        SyntheticExec.write(classes, exec, 20261122L);
        List<TagDefinition> tags = List.of(
                TagDefinition.of("critical", List.of("groovy.lang.**"), List.of(), List.of()),
                TagDefinition.of("annotated", List.of(), List.of(), List.of("java.lang.Deprecated")));
        System.out.printf(
                Locale.ROOT,
                "%s: %d class files, exec %d bytes, %d processors%n",
                jar.getFileName(),
                classCount,
                Files.size(exec),
                Runtime.getRuntime().availableProcessors());
        baseline("warm-up", exec, classes, 2);
        baseline("JaCoCo alone", exec, classes, rounds);
        CoverageAnalyzer analyzer = new CoverageAnalyzer();
        CoverageEvidence reference = null;
        for (int threads : new int[] {1, Runtime.getRuntime().availableProcessors(), 1, 4}) {
            long best = Long.MAX_VALUE;
            long total = 0;
            for (int round = 0; round < rounds; round++) {
                long start = System.nanoTime();
                CoverageEvidence evidence = analyzer.analyze(
                        new CoverageRequest(work, List.of("jacoco.exec"), List.of(classes), tags, threads));
                long elapsed = System.nanoTime() - start;
                best = Math.min(best, elapsed);
                total += elapsed;
                if (reference == null) {
                    reference = evidence;
                    System.out.printf(
                            Locale.ROOT,
                            "analysed %d classes, line %s, noMatch %d, tag critical %d classes%n",
                            evidence.analyzedClasses(),
                            evidence.overall().get(CounterKind.LINE),
                            evidence.noMatchClasses().size(),
                            evidence.tags().get("critical").matchedClasses());
                } else if (!reference.equals(evidence)) {
                    throw new IllegalStateException("threads=" + threads + " gave a different result");
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "threads=%d: best %.0f ms, mean %.0f ms over %d rounds%n",
                    threads,
                    best / 1e6,
                    total / 1e6 / rounds,
                    rounds);
        }
        baseline("JaCoCo alone, again", exec, classes, rounds);
    }

    /** What jacoco:report and jacoco:check do: load the exec file, analyse the directory sequentially. */
    private static void baseline(String label, Path exec, Path classes, int rounds) throws IOException {
        long best = Long.MAX_VALUE;
        long total = 0;
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            ExecFileLoader loader = new ExecFileLoader();
            loader.load(exec.toFile());
            CoverageBuilder builder = new CoverageBuilder();
            new Analyzer(loader.getExecutionDataStore(), builder).analyzeAll(classes.toFile());
            builder.getBundle("baseline");
            long elapsed = System.nanoTime() - start;
            best = Math.min(best, elapsed);
            total += elapsed;
        }
        System.out.printf(
                Locale.ROOT,
                "%s (ExecFileLoader + Analyzer.analyzeAll, sequential): best %.0f ms, mean %.0f ms over %d rounds%n",
                label,
                best / 1e6,
                total / 1e6 / rounds,
                rounds);
    }
}
