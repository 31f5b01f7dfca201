package dev.readiness.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.readiness.evidence.EvidenceException;
import dev.readiness.evidence.coverage.CoverageAnalyzer;
import dev.readiness.evidence.coverage.CoverageRequest;
import dev.readiness.evidence.tests.TestEvidence;
import dev.readiness.evidence.tests.TestReportReader;
import dev.readiness.history.HistoryRead;
import dev.readiness.history.HistoryRecord;
import dev.readiness.history.HistoryStore;
import dev.readiness.policy.GateSpec;
import dev.readiness.policy.PolicyException;
import dev.readiness.policy.PolicyFactory;
import dev.readiness.policy.ReadinessLevel;
import dev.readiness.report.Assessments;
import dev.readiness.report.ReportFiles;
import dev.readiness.text.SafeText;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input catalogue (DESIGN.md §9 robustness): one row per hostile or odd input, with the outcome it must
 * give — the {@link EvidenceException} message, the {@code MalformedReport} problem, or the correct counts. Issue 16
 * added the classes of problem found by an adversarial review: symbolic links in inputs and outputs, special files
 * (FIFOs, refused by their type before they are opened, so no row can hang), control characters, surrogates, extreme
 * numbers and poisoned history records. Inputs are
 * generated at test time (see {@code src/test/resources/hostile/README.md}); the well-formed reports are the real
 * Surefire 3.6.1 fixtures.
 */
class HostileInputCatalogueTest {
    private static final Path RESOURCES = Path.of("src/test/resources").toAbsolutePath();
    private static final Path REAL_REPORTS = RESOURCES.resolve("surefire/junit5-surefire-3.6.1");
    private static final String REFUSED = "contains a DOCTYPE declaration";
    private static final String MALFORMED = "Malformed test report";

    @TempDir
    Path dir;

    /** Builds one input under the temp directory and returns its outcome as text. */
    @FunctionalInterface
    interface Case {
        String run(Path dir) throws Exception;
    }

    static Stream<Arguments> catalogue() {
        return Stream.of(
                row(
                        "XXE, file URL",
                        d -> reports(
                                d,
                                "<?xml version=\"1.0\"?>\n<!DOCTYPE testsuite [<!ENTITY x SYSTEM"
                                        + " \"file:///etc/passwd\">]>\n<testsuite name=\"&x;\"><testcase name=\"a\"/></testsuite>"),
                        REFUSED),
                row(
                        "XXE, network URL",
                        d -> reports(
                                d,
                                "<?xml version=\"1.0\"?>\n<!DOCTYPE testsuite SYSTEM"
                                        + " \"http://127.0.0.1:9/evil.dtd\">\n<testsuite><testcase name=\"a\"/></testsuite>"),
                        REFUSED),
                row("entity expansion (billion laughs)", d -> reports(d, billionLaughs()), REFUSED),
                row(
                        "200 MB system-out, child JVM with -Xmx64m",
                        HostileInputCatalogueTest::hugeSystemOut,
                        "cases=2 passed=1 flaky=0 failed=1"),
                row("1,000,000 test cases in one file", HostileInputCatalogueTest::millionCases, "cases=1000000"),
                row("100,000 nested elements", HostileInputCatalogueTest::deeplyNested, "cases=1 passed=1"),
                row(
                        "invalid UTF-8",
                        d -> {
                            byte[] head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite><testcase name=\""
                                    .getBytes(StandardCharsets.US_ASCII);
                            byte[] tail = "\"/></testsuite>".getBytes(StandardCharsets.US_ASCII);
                            return reports(d, concat(head, new byte[] {(byte) 0xC3, (byte) 0x28}, tail));
                        },
                        MALFORMED + " "),
                row(
                        "UTF-8 BOM",
                        d -> reports(d, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(suite("\n")))),
                        "cases=3 passed=2 flaky=0 failed=1"),
                row("CRLF line ends", d -> reports(d, utf8(suite("\r\n"))), "cases=3 passed=2 flaky=0 failed=1"),
                row("empty file", d -> reports(d, new byte[0]), "Unexpected End-of-input"),
                row(
                        "directory named TEST-x.xml",
                        d -> {
                            Files.createDirectories(d.resolve("reports/TEST-x.xml"));
                            return read(d.resolve("reports"));
                        },
                        "reports=0 cases=0"),
                row(
                        "symlink loop in the report directory",
                        d -> {
                            Path reports = copyOfRealReports(d.resolve("reports"));
                            Files.createSymbolicLink(reports.resolve("loop"), reports);
                            Files.createSymbolicLink(reports.resolve("self"), reports.resolve("self"));
                            return read(reports);
                        },
                        "reports=2 cases=17 passed=11 flaky=1 failed=2 error=1 skipped=2"),
                row(
                        "exec file of a future JaCoCo format version",
                        d -> {
                            // block type 0x01 (header), magic 0xC0C0, format version 0x1008 (0.8.15 writes 0x1007)
                            Files.write(
                                    d.resolve("jacoco.exec"), new byte[] {0x01, (byte) 0xC0, (byte) 0xC0, 0x10, 0x08});
                            Files.createDirectories(d.resolve("classes"));
                            return coverage(d);
                        },
                        "has format version 0x1008"),
                row(
                        "unreadable class file",
                        d -> {
                            Assumptions.assumeFalse(
                                    "root".equals(System.getProperty("user.name")),
                                    "root reads files without read permission: the unreadable-class case cannot be"
                                            + " built");
                            Files.copy(RESOURCES.resolve("jacoco/basic/jacoco.exec"), d.resolve("jacoco.exec"));
                            Path cls = d.resolve("classes/com/acme/Locked.class");
                            Files.createDirectories(cls.getParent());
                            Files.write(cls, new byte[] {(byte) 0xCA, (byte) 0xFE});
                            Files.setPosixFilePermissions(cls, PosixFilePermissions.fromString("---------"));
                            return coverage(d);
                        },
                        "Cannot read class file"),
                row(
                        "non-ASCII and space-containing path",
                        d -> read(copyOfRealReports(d.resolve("Prüf berichte/測試 reports"))),
                        "reports=2 cases=17 passed=11 flaky=1 failed=2 error=1 skipped=2"),
                row(
                        "default charset Cp1252 (child JVM)",
                        d -> sameInChildJvm(d, "-Dfile.encoding=Cp1252"),
                        "same in both JVMs: reports=2 cases=17 passed=11"),
                row(
                        "default charset COMPAT (child JVM)",
                        d -> sameInChildJvm(d, "-Dfile.encoding=COMPAT"),
                        "same in both JVMs: reports=2 cases=17 passed=11"),
                // --- issue 16: symbolic links in inputs and outputs
                row(
                        "history file that is a symbolic link out of the project",
                        d -> {
                            Path outside = Files.writeString(d.resolve("outside.txt"), "root:x:0:0\n");
                            Path project = Files.createDirectories(d.resolve("project/.readiness"))
                                    .getParent();
                            Files.createSymbolicLink(project.resolve(".readiness/history.jsonl"), outside);
                            return outcome(() -> new HistoryStore(project.resolve(".readiness/history.jsonl"), project)
                                            .append(HistoryRecord.of(
                                                    Instant.EPOCH,
                                                    "g",
                                                    "a",
                                                    "1",
                                                    null,
                                                    ReadinessLevel.NOT_READY,
                                                    Map.of(),
                                                    Map.of(),
                                                    Map.of(),
                                                    null,
                                                    null)))
                                    + "; outside file "
                                    + (Files.readString(outside).equals("root:x:0:0\n") ? "unchanged" : "WRITTEN");
                        },
                        "is a symbolic link: refused"),
                row(
                        "report file that is a symbolic link out of the output directory",
                        d -> {
                            Path outside = Files.writeString(d.resolve("outside.txt"), "keep");
                            Path out = Files.createDirectories(d.resolve("out"));
                            Files.createSymbolicLink(out.resolve("readiness.json"), outside);
                            ReportFiles.write(Assessments.passing(), out, d);
                            return "outside " + Files.readString(outside) + ", readiness.json regular: "
                                    + Files.isRegularFile(out.resolve("readiness.json"), LinkOption.NOFOLLOW_LINKS);
                        },
                        "outside keep, readiness.json regular: true"),
                // --- special files
                row(
                        "history file that is a FIFO",
                        d -> {
                            Path fifo = d.resolve("history.jsonl");
                            mkfifo(fifo);
                            return assertTimeoutPreemptively(
                                    Duration.ofSeconds(60), () -> outcome(() -> new HistoryStore(fifo).read()));
                        },
                        "is not a regular file"),
                row(
                        "FIFO named like a test report",
                        d -> {
                            Path reports = copyOfRealReports(d.resolve("reports"));
                            mkfifo(reports.resolve("TEST-com.acme.FifoTest.xml"));
                            return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> read(reports));
                        },
                        "reports=2 cases=17 passed=11 flaky=1 failed=2 error=1 skipped=2"),
                // --- control characters
                row(
                        "escape sequences in a committed history record",
                        d -> {
                            Path file = d.resolve("history.jsonl");
                            Files.writeString(
                                    file,
                                    "{\"v\":1,\"timestamp\":\"2026-11-22T10:00:00Z\",\"project\":{\"groupId\":\"g\","
                                            + "\"artifactId\":\"a\",\"version\":\"1\"},\"score\":90,\"level\":"
                                            + "\"NOT_READY\",\"branch\":\"main\\u001b]0;pwned\\u0007\"}\n");
                            HistoryRead read = new HistoryStore(file).read();
                            String warning = read.warnings().get(0);
                            return "records=" + read.records().size() + " controls in warning="
                                    + SafeText.hasUnsafe(warning) + " " + warning;
                        },
                        "records=0 controls in warning=false"),
                // --- surrogates
                row(
                        "emoji cut by the failure message's truncation",
                        d -> {
                            ReportFiles.write(
                                    Assessments.failingTest("emoji", "x".repeat(158) + "\uD83D\uDE00 after"),
                                    d.resolve("out"),
                                    d);
                            return "written " + Files.size(d.resolve("out/readiness.md"));
                        },
                        "written "),
                row(
                        "lone surrogate in a test name",
                        d -> {
                            ReportFiles.write(Assessments.failingTest("a\ud800b", "boom"), d.resolve("out"), d);
                            return Files.readString(d.resolve("out/readiness.md"))
                                            .contains("a\uFFFDb")
                                    ? "replaced"
                                    : "missing";
                        },
                        "replaced"),
                // --- extreme numbers
                row(
                        "threshold 1e-10000",
                        d -> outcome(() -> policyWith("overall-test-coverage", "1e-10000", null)),
                        "has more than 9 decimal places"),
                row(
                        "weight 1e10000",
                        d -> outcome(() -> policyWith("overall-test-coverage", null, "1e10000")),
                        "is larger than 10000000000"),
                // --- poisoned history
                row(
                        "poisoned history: year 1000000000, empty gate id, lone surrogate level",
                        d -> {
                            Path file = d.resolve("history.jsonl");
                            String good = "{\"v\":1,\"timestamp\":\"2026-11-22T10:00:00Z\",\"project\":{\"groupId\":"
                                    + "\"g\",\"artifactId\":\"a\",\"version\":\"1\"},\"score\":90,\"level\":"
                                    + "\"NOT_READY\",\"gates\":{\"id\":{\"status\":\"PASSED\",\"value\":90}}}";
                            Files.writeString(
                                    file,
                                    String.join(
                                                    "\n",
                                                    good.replace("2026-11-22T10:00:00Z", "+1000000000-12-31T23:59:59Z"),
                                                    good.replace("\"id\"", "\"\""),
                                                    good.replace("\"NOT_READY\"", "\"\\ud800\""),
                                                    good)
                                            + "\n");
                            HistoryRead read = new HistoryStore(file).read();
                            return "records=" + read.records().size() + " warnings="
                                    + read.warnings().size();
                        },
                        "records=1 warnings=3"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void hostileInputGivesAClearOutcome(String name, Case input, String expected) throws Exception {
        String outcome;
        try {
            outcome = input.run(dir);
        } catch (EvidenceException e) {
            assertThat(e.file()).as("the exception names the file").isPresent();
            outcome = e.getMessage();
        }
        assertThat(outcome).as("outcome of %s", name).contains(expected);
    }

    /** An outcome that is an exception of the engine (not an evidence file's): its message. */
    @FunctionalInterface
    interface Action {
        void run() throws Exception;
    }

    private static String outcome(Action action) throws Exception {
        try {
            action.run();
            return "accepted";
        } catch (IOException | PolicyException e) {
            return e.getMessage();
        }
    }

    private static void policyWith(String id, String threshold, String weight) throws PolicyException {
        new PolicyFactory()
                .build(
                        List.of(),
                        List.of(),
                        List.of(GateSpec.builder(id)
                                .threshold(threshold)
                                .weight(weight)
                                .build()),
                        null,
                        null,
                        null,
                        null);
    }

    private static void mkfifo(Path fifo) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            Assumptions.abort("mkfifo is not available: " + e.getMessage());
            return;
        }
        Assumptions.assumeTrue(p.waitFor() == 0 && Files.exists(fifo), "mkfifo could not create a FIFO");
    }

    private static Arguments row(String name, Case input, String expected) {
        return Arguments.of(name, input, expected);
    }

    // --- outcomes ------------------------------------------------------------------------------------------

    private static String read(Path reports) throws Exception {
        TestEvidence evidence = new TestReportReader().read(reports, List.of("."));
        if (!evidence.malformedReports().isEmpty()) {
            return evidence.malformedReports().get(0).problem();
        }
        return ReportCounter.summary(evidence);
    }

    private static String reports(Path d, String xml) throws Exception {
        return reports(d, utf8(xml));
    }

    private static String reports(Path d, byte[] content) throws Exception {
        Path reports = Files.createDirectories(d.resolve("reports"));
        Files.write(reports.resolve("TEST-com.acme.HostileTest.xml"), content);
        return read(reports);
    }

    private static String coverage(Path d) throws EvidenceException {
        var evidence = new CoverageAnalyzer()
                .analyze(new CoverageRequest(d, List.of("jacoco.exec"), List.of(Path.of("classes")), List.of(), 1));
        return "classes=" + evidence.analyzedClasses();
    }

    // --- inputs --------------------------------------------------------------------------------------------

    /** Three cases (two passed, one failed with a multi-line message), lines ended by {@code eol}. */
    private static String suite(String eol) {
        return String.join(
                eol,
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<testsuite name=\"com.acme.GrößeTest\" tests=\"3\" failures=\"1\">",
                "  <testcase name=\"größe\" classname=\"com.acme.GrößeTest\" time=\"0.001\"/>",
                "  <testcase name=\"測試\" classname=\"com.acme.GrößeTest\" time=\"0.001\"/>",
                "  <testcase name=\"fails\" classname=\"com.acme.GrößeTest\" time=\"0.001\">",
                "    <failure message=\"expected 1" + eol + "but was 2\" type=\"AssertionError\"/>",
                "  </testcase>",
                "</testsuite>",
                "");
    }

    private static String billionLaughs() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE testsuite [\n");
        xml.append("<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            xml.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                xml.append("&lol").append(i - 1).append(';');
            }
            xml.append("\">\n");
        }
        return xml.append("]>\n<testsuite name=\"&lol9;\"><testcase name=\"a\"/></testsuite>\n")
                .toString();
    }

    /**
     * A 200 MB {@code system-out} (streamed to disk, never held in memory), read by a child JVM whose heap is 64 MB:
     * reading it in this JVM would prove nothing, its default heap is a quarter of the machine's memory.
     */
    private static String hugeSystemOut(Path d) throws Exception {
        Path reports = Files.createDirectories(d.resolve("reports"));
        char[] line = ("x".repeat(1023) + "\n").toCharArray();
        try (Writer w =
                Files.newBufferedWriter(reports.resolve("TEST-com.acme.LoudTest.xml"), StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"com.acme.LoudTest\">\n");
            w.write("<testcase name=\"loud\" classname=\"com.acme.LoudTest\" time=\"1\"><system-out><![CDATA[");
            for (int i = 0; i < 200 * 1024; i++) {
                w.write(line);
            }
            w.write("]]></system-out></testcase>\n");
            w.write("<testcase name=\"after\" classname=\"com.acme.LoudTest\"><failure message=\"boom\"/>");
            w.write("<system-err>");
            for (int i = 0; i < 1024; i++) {
                w.write("&lt;escaped&gt; text\n");
            }
            w.write("</system-err></testcase>\n</testsuite>\n");
        }
        assertThat(Files.size(reports.resolve("TEST-com.acme.LoudTest.xml"))).isGreaterThan(200L * 1024 * 1024);
        return childJvm(reports, "-Xmx64m");
    }

    private static String millionCases(Path d) throws Exception {
        Path reports = Files.createDirectories(d.resolve("reports"));
        Path file = reports.resolve("TEST-com.acme.ManyTest.xml");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"com.acme.ManyTest\">\n");
            for (int i = 0; i < 1_000_000; i++) {
                w.write("  <testcase name=\"case");
                w.write(Integer.toString(i));
                w.write("()\" classname=\"com.acme.ManyTest\" time=\"0.001\"/>\n");
            }
            w.write("</testsuite>\n");
        }
        return read(reports);
    }

    private static String deeplyNested(Path d) throws Exception {
        Path reports = Files.createDirectories(d.resolve("reports"));
        try (Writer w =
                Files.newBufferedWriter(reports.resolve("TEST-com.acme.DeepTest.xml"), StandardCharsets.UTF_8)) {
            w.write("<testsuite name=\"com.acme.DeepTest\"><testcase name=\"deep\" classname=\"com.acme.DeepTest\">");
            w.write("<system-out>");
            for (int i = 0; i < 100_000; i++) {
                w.write("<x>");
            }
            for (int i = 0; i < 100_000; i++) {
                w.write("</x>");
            }
            w.write("</system-out></testcase></testsuite>");
        }
        return read(reports);
    }

    private static Path copyOfRealReports(Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(REAL_REPORTS)) {
            for (Path f : files.toList()) {
                Files.copy(f, target.resolve(f.getFileName().toString()));
            }
        }
        return target;
    }

    /** The real reports (with the non-ASCII {@code ÜberTest}) read here and in a child JVM with another charset. */
    private static String sameInChildJvm(Path d, String charsetOption) throws Exception {
        Path reports = copyOfRealReports(d.resolve("reports"));
        String here = read(reports);
        String child = childJvm(reports, charsetOption);
        assertThat(child).as("the child JVM (%s) reads the same", charsetOption).isEqualTo(here);
        return "same in both JVMs: " + child;
    }

    private static String childJvm(Path reports, String option) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(
                java.toString(),
                option,
                "-cp",
                System.getProperty("java.class.path"),
                ReportCounter.class.getName(),
                reports.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String text = new String(out, StandardCharsets.US_ASCII).strip();
        assertThat(process.exitValue()).as("child JVM output: %s", text).isZero();
        return text;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        var out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
