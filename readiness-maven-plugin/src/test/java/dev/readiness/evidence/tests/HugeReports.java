package dev.readiness.evidence.tests;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes a report with a huge {@code system-out}; its {@code main} reads a directory and prints the counts. */
final class HugeReports {
    static final String OUTPUT_MARKER = "OUTPUT-LINE";
    static final int CASES = 2;

    private HugeReports() {}

    /** Writes a report whose first case has at least {@code outputBytes} of CDATA system-out and escaped system-err. */
    static Path write(Path file, long outputBytes) throws IOException {
        String line = OUTPUT_MARKER + " 0123456789 abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ ünï\n";
        long lines = outputBytes / line.length() + 1;
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"com.acme.Noisy\">\n");
            out.write("<testcase name=\"prints\" classname=\"com.acme.Noisy\" time=\"1.5\"><system-out><![CDATA[");
            for (long i = 0; i < lines; i++) {
                out.write(line);
            }
            out.write("]]></system-out><system-err>");
            for (long i = 0; i < lines / 8; i++) {
                out.write("&lt;err&gt; " + line);
            }
            out.write("</system-err></testcase>\n");
            out.write("<testcase name=\"fails\" classname=\"com.acme.Noisy\" time=\"0.1\">"
                    + "<failure message=\"after the output\" type=\"java.lang.AssertionError\"><![CDATA[");
            for (long i = 0; i < 1000; i++) {
                out.write("\tat " + line);
            }
            out.write("]]></failure></testcase>\n</testsuite>\n");
        }
        return file;
    }

    public static void main(String[] args) throws Exception {
        TestEvidence evidence = new TestReportReader().read(Path.of(args[0]), List.of("."));
        System.out.println("cases=" + evidence.cases().size() + " malformed="
                + evidence.malformedReports().size() + " maxHeapMB="
                + Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
}
