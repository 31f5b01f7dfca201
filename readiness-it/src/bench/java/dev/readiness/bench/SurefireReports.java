package dev.readiness.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Deterministic Surefire report sets: {@code TEST-*.xml} files of 100 cases each, shaped like Surefire 3.x writes
 * them (suite properties, failures with stack traces, errors, skips, flaky cases with {@code flakyFailure}, failed
 * cases with {@code rerunFailure}, {@code system-out} on every case and a large block on every 50th).
 *
 * <p>Per 1000 cases, drawn from {@code new Random(seed)}: about 10 failures with two reruns, 10 failures, 10 errors,
 * 30 skipped and 15 flaky; the rest pass. {@code outputScale} multiplies every {@code system-out} block.
 */
final class SurefireReports {
    static final int CASES_PER_SUITE = 100;
    private static final String LOG_LINE =
            "12:00:00.000 [main] INFO  com.acme.service.OrderService - processed order %d of case %d in 3 ms\n";

    private SurefireReports() {}

    /** Expected counts of a generated set, as our reader and surefire-report-parser must see them. */
    record Expected(long total, long failed, long errors, long skipped, long flaky, long bytes) {}

    static Expected write(Path dir, int cases, int outputScale, long seed) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(seed);
        long failed = 0;
        long errors = 0;
        long skipped = 0;
        long flaky = 0;
        long bytes = 0;
        int suites = (cases + CASES_PER_SUITE - 1) / CASES_PER_SUITE;
        for (int s = 0; s < suites; s++) {
            String suite = String.format(Locale.ROOT, "com.acme.gen.pkg%02d.Generated%05dTest", s % 40, s);
            int inSuite = Math.min(CASES_PER_SUITE, cases - s * CASES_PER_SUITE);
            StringBuilder body = new StringBuilder(1 << 16);
            int suiteFailures = 0;
            int suiteErrors = 0;
            int suiteSkipped = 0;
            int suiteFlakes = 0;
            Path file = dir.resolve("TEST-" + suite + ".xml");
            try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
                for (int c = 0; c < inSuite; c++) {
                    int draw = random.nextInt(1000);
                    String name = c % 3 == 0 ? "case" + c + "(int)[" + (c % 7) + "]" : "case" + c;
                    body.append("  <testcase name=\"")
                            .append(name)
                            .append("\" classname=\"")
                            .append(suite)
                            .append("\" time=\"0.0")
                            .append(random.nextInt(90) + 10)
                            .append("\">\n");
                    if (draw < 10) {
                        failure(body, "failure", c);
                        failure(body, "rerunFailure", c);
                        failure(body, "rerunFailure", c);
                        failed++;
                        suiteFailures++;
                    } else if (draw < 20) {
                        failure(body, "failure", c);
                        failed++;
                        suiteFailures++;
                    } else if (draw < 30) {
                        body.append("    <error message=\"Connection refused\" type=\"java.net.ConnectException\">"
                                + "<![CDATA[java.net.ConnectException: Connection refused\n"
                                + "\tat com.acme.Client.connect(Client.java:42)\n]]></error>\n");
                        errors++;
                        suiteErrors++;
                    } else if (draw < 60) {
                        body.append("    <skipped message=\"disabled until ACME-")
                                .append(c)
                                .append("\"/>\n");
                        skipped++;
                        suiteSkipped++;
                    } else if (draw < 75) {
                        body.append("    <flakyFailure message=\"timing\" type=\"org.opentest4j.AssertionFailedError\">"
                                + "<stackTrace><![CDATA[org.opentest4j.AssertionFailedError: timing\n"
                                + "\tat com.acme.Timer.await(Timer.java:7)\n]]></stackTrace>"
                                + "<system-out><![CDATA[first run output\n]]></system-out></flakyFailure>\n");
                        flaky++;
                        suiteFlakes++;
                    }
                    int lines = (random.nextInt(8) + 1) * outputScale;
                    if (c % 50 == 7) {
                        lines += 200 * outputScale;
                    }
                    body.append("    <system-out><![CDATA[");
                    for (int l = 0; l < lines; l++) {
                        body.append(String.format(Locale.ROOT, LOG_LINE, l, c));
                    }
                    body.append("]]></system-out>\n  </testcase>\n");
                }
                out.write(header(suite, inSuite, suiteFailures, suiteErrors, suiteSkipped, suiteFlakes));
                out.write(body.toString());
                out.write("</testsuite>\n");
            }
            bytes += Files.size(file);
        }
        return new Expected(cases, failed, errors, skipped, flaky, bytes);
    }

    private static String header(String suite, int tests, int failures, int errors, int skipped, int flakes) {
        StringBuilder header = new StringBuilder();
        header.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<testsuite xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ")
                .append("xsi:noNamespaceSchemaLocation=\"https://maven.apache.org/surefire/maven-surefire-plugin/")
                .append("xsd/surefire-test-report-3.0.2.xsd\" version=\"3.0.2\" name=\"")
                .append(suite)
                .append(String.format(
                        Locale.ROOT,
                        "\" time=\"1.5\" tests=\"%d\" errors=\"%d\" skipped=\"%d\" failures=\"%d\" flakes=\"%d\">\n",
                        tests,
                        errors,
                        skipped,
                        failures,
                        flakes))
                .append("  <properties>\n");
        for (int p = 0; p < 40; p++) {
            header.append("    <property name=\"generated.property.")
                    .append(p)
                    .append("\" value=\"value of property ")
                    .append(p)
                    .append("\"/>\n");
        }
        return header.append("  </properties>\n").toString();
    }

    /** A {@code failure} (trace as text) or, as Surefire writes reruns, a {@code rerunFailure} with a stackTrace. */
    private static void failure(StringBuilder body, String element, int c) {
        boolean rerun = !"failure".equals(element);
        body.append("    <")
                .append(element)
                .append(" message=\"expected: &lt;")
                .append(c)
                .append("&gt; but was: &lt;")
                .append(c + 1)
                .append("&gt;\" type=\"org.opentest4j.AssertionFailedError\">")
                .append(rerun ? "<stackTrace>" : "")
                .append("<![CDATA[org.opentest4j.AssertionFailedError: expected: <")
                .append(c)
                .append("> but was: <")
                .append(c + 1)
                .append(">\n");
        for (int i = 0; i < 20; i++) {
            body.append("\tat com.acme.gen.Frame")
                    .append(i)
                    .append(".call(Frame.java:")
                    .append(i + 10)
                    .append(")\n");
        }
        body.append("]]>")
                .append(rerun ? "</stackTrace>" : "")
                .append("</")
                .append(element)
                .append(">\n");
    }
}
