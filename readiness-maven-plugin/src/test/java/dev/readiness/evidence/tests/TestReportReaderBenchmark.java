package dev.readiness.evidence.tests;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Throughput benchmark of {@link TestReportReader} (a {@code main}, not a unit test): generates reports, reads them
 * three times and prints MB/s and cases/s of the best run.
 *
 * <p>Run after {@code ./mvnw -B -q install -pl readiness-maven-plugin}:
 *
 * <pre>
 * java -cp readiness-maven-plugin/target/classes:readiness-maven-plugin/target/test-classes \
 *     dev.readiness.evidence.tests.TestReportReaderBenchmark [files] [casesPerFile] [outputLinesPerCase]
 * </pre>
 */
public final class TestReportReaderBenchmark {
    private TestReportReaderBenchmark() {}

    public static void main(String[] args) throws Exception {
        int files = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int casesPerFile = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int outputLines = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Path dir = Files.createTempDirectory("readiness-bench");
        try {
            long bytes = generate(dir, files, casesPerFile, outputLines);
            TestReportReader reader = new TestReportReader();
            long best = Long.MAX_VALUE;
            TestEvidence evidence = null;
            for (int run = 0; run < 3; run++) {
                long start = System.nanoTime();
                evidence = reader.read(dir, List.of("."));
                best = Math.min(best, System.nanoTime() - start);
            }
            double seconds = best / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "%d files, %d cases, %.1f MB: best of 3 %.3f s = %.1f MB/s, %.0f cases/s; counts %s%n",
                    files,
                    evidence.cases().size(),
                    bytes / 1e6,
                    seconds,
                    bytes / 1e6 / seconds,
                    evidence.cases().size() / seconds,
                    evidence.counts());
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static long generate(Path dir, int files, int casesPerFile, int outputLines) throws IOException {
        long bytes = 0;
        for (int f = 0; f < files; f++) {
            String suite = "com.acme.generated.pkg" + (f % 50) + ".Generated" + f + "Test";
            Path file = dir.resolve("TEST-" + suite + ".xml");
            try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
                out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"" + suite + "\" tests=\""
                        + casesPerFile + "\">\n  <properties>\n");
                for (int p = 0; p < 60; p++) {
                    out.write("    <property name=\"prop." + p + "\" value=\"some value " + p + "\"/>\n");
                }
                out.write("  </properties>\n");
                for (int c = 0; c < casesPerFile; c++) {
                    out.write("  <testcase name=\"case" + c + "(int)[" + c + "]\" classname=\"" + suite
                            + "\" time=\"0.00" + (c % 10) + "\">\n");
                    if (c % 50 == 7) {
                        out.write("    <failure message=\"expected: &lt;1&gt; but was: &lt;2&gt;\" "
                                + "type=\"org.opentest4j.AssertionFailedError\"><![CDATA[trace\n\tat a.b.C.d(C.java:1)\n"
                                + "]]></failure>\n");
                    }
                    out.write("    <system-out><![CDATA[");
                    for (int l = 0; l < outputLines; l++) {
                        out.write("12:00:00.000 [main] INFO  com.acme.Service - processing item " + l + " of case " + c
                                + "\n");
                    }
                    out.write("]]></system-out>\n  </testcase>\n");
                }
                out.write("</testsuite>\n");
            }
            bytes += Files.size(file);
        }
        return bytes;
    }
}
