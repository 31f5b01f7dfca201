package dev.readiness.evidence.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Not a unit test: measures {@link BenchmarkAnalyzer} on two large generated JMH results files (many benchmarks, each
 * with many raw samples), to show that they are streamed: run it with a heap smaller than the files.
 *
 * <pre>
 * ./mvnw -B -q -o test-compile -pl readiness-maven-plugin
 * ./mvnw -B -q -o dependency:build-classpath -pl readiness-maven-plugin -Dmdep.outputFile=/tmp/cp.txt
 * java -Xmx64m -cp readiness-maven-plugin/target/classes:readiness-maven-plugin/target/test-classes:$(cat /tmp/cp.txt) \
 *     dev.readiness.evidence.bench.BenchmarkAnalyzerBenchmark 10000 2000
 * </pre>
 */
public final class BenchmarkAnalyzerBenchmark {
    private BenchmarkAnalyzerBenchmark() {}

    public static void main(String[] args) throws Exception {
        int benchmarks = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int samples = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        Path work = Files.createTempDirectory("readiness-jmh-bench");
        Path baseline = generate(work.resolve("baseline.json"), benchmarks, samples, 100);
        Path current = generate(work.resolve("current.json"), benchmarks, samples, 105);
        BenchmarkRequest request =
                new BenchmarkRequest(work, "current.json", "baseline.json", null, List.of("gc.alloc.rate.norm"));
        BenchmarkAnalyzer analyzer = new BenchmarkAnalyzer();
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            BenchmarkEvidence evidence = analyzer.analyze(request);
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf(
                    Locale.ROOT,
                    "round %d: 2 files of %d MB, %d benchmarks x %d samples: %d compared, %d not regressed, %d ms,"
                            + " max heap %d MB%n",
                    round,
                    Files.size(baseline) >> 20,
                    benchmarks,
                    samples,
                    evidence.compared(),
                    evidence.notRegressed(),
                    millis,
                    Runtime.getRuntime().maxMemory() >> 20);
        }
        Files.delete(baseline);
        Files.delete(current);
        Files.delete(work);
    }

    private static Path generate(Path file, int benchmarks, int samples, int score) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("[\n");
            for (int i = 0; i < benchmarks; i++) {
                if (i > 0) {
                    out.write(",\n");
                }
                out.write("{ \"jmhVersion\" : \"1.37\", \"benchmark\" : \"com.acme.Bench.m" + i
                        + "\", \"mode\" : \"avgt\", \"params\" : { \"size\" : \"" + (i % 7) + "\" },"
                        + " \"primaryMetric\" : " + metric(score + (i % 3), samples, "ns/op")
                        + ", \"secondaryMetrics\" : { \"gc.alloc.rate.norm\" : " + metric(16, samples, "B/op")
                        + " } }");
            }
            out.write("\n]\n");
        }
        return file;
    }

    private static String metric(int score, int samples, String unit) {
        StringBuilder raw = new StringBuilder();
        for (int s = 0; s < samples; s++) {
            raw.append(s == 0 ? "" : ", ").append(score).append(".0");
        }
        return "{ \"score\" : " + score + ".0, \"scoreError\" : 0.5, \"scoreUnit\" : \"" + unit + "\","
                + " \"rawData\" : [ [ " + raw + " ] ] }";
    }
}
