package dev.readiness.evidence.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.readiness.evidence.EvidenceException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hand-made edge cases: hostile, truncated, empty and odd-but-valid reports. Run with the default reader (Aalto,
 * files read in parallel); the subclasses run the same cases with the other parsers measured and on one thread.
 */
class TestReportReaderHardeningTest {
    private static final String SECRET = "TOP-SECRET-4711";

    private final TestReportReader reader = reader();

    /** The reader under test. */
    TestReportReader reader() {
        return new TestReportReader();
    }

    @TempDir
    Path dir;

    @Test
    void refusesAnExternalEntityAndNeverReadsTheFileItPointsAt() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        Path report = write(
                "TEST-xxe.xml",
                "<?xml version=\"1.0\"?>\n<!DOCTYPE testsuite [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                        + "<testsuite name=\"x\"><testcase name=\"&xxe;\" classname=\"c\"/></testsuite>");

        assertThatThrownBy(() -> reader.read(dir, List.of(".")))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining(report.toString())
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining(SECRET)
                .satisfies(e -> assertThat(((EvidenceException) e).file()).contains(report));
    }

    @Test
    void refusesAParameterEntityPointingAtAFile() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.dtd"), "<!ENTITY leak \"" + SECRET + "\">");
        Path report = write(
                "TEST-param.xml",
                "<?xml version=\"1.0\"?>\n<!DOCTYPE testsuite [<!ENTITY % p SYSTEM \"" + secret.toUri() + "\"> %p;]>\n"
                        + "<testsuite name=\"x\"><testcase name=\"&leak;\" classname=\"c\"/></testsuite>");

        assertThatThrownBy(() -> reader.read(dir, List.of(".")))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining(report.toString())
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void refusesBillionLaughsBeforeExpandingAnything() throws Exception {
        StringBuilder doc = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i < 10; i++) {
            doc.append("<!ENTITY lol").append(i).append(" \"");
            doc.append(("&lol" + (i - 1) + ";").repeat(10));
            doc.append("\">\n");
        }
        doc.append("]>\n<testsuite name=\"&lol9;\"><testcase name=\"a\" classname=\"&lol9;\"/></testsuite>");
        Path report = write("TEST-lol.xml", doc.toString());

        assertThatThrownBy(() -> reader.read(dir, List.of(".")))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining(report.toString())
                .hasMessageContaining("entity-expansion");
    }

    @Test
    void refusesADoctypeInAFailsafeSummary() throws Exception {
        Path summary = write(
                "failsafe-summary.xml",
                "<!DOCTYPE failsafe-summary [<!ENTITY e \"x\">]><failsafe-summary><completed>&e;</completed>"
                        + "</failsafe-summary>");

        assertThatThrownBy(() -> reader.read(dir, List.of(".")))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining(summary.toString());
    }

    @Test
    void aTruncatedReportIsMalformedWithFileAndLineAndItsCasesAreNotCounted() throws Exception {
        byte[] full = Files.readAllBytes(
                TestReportReaderTest.FIXTURES.resolve("junit4-surefire-2.22.2/TEST-com.acme.legacy.LegacyTest.xml"));
        String text = new String(full, StandardCharsets.UTF_8);
        int cut = text.indexOf("<testcase name=\"printsALot\"");
        Path truncated = write("TEST-truncated.xml", text.substring(0, cut + 20));
        Files.copy(
                TestReportReaderTest.FIXTURES.resolve("testng-surefire-3.6.1/TEST-com.acme.ng.EngineTest.xml"),
                dir.resolve("TEST-ok.xml"));

        TestEvidence evidence = reader.read(dir, List.of("."));

        assertThat(evidence.hasReports()).isTrue();
        assertThat(evidence.reportFiles()).contains(truncated);
        assertThat(evidence.counts().total()).isEqualTo(5);
        long expectedLine = text.substring(0, cut + 20).lines().count();
        assertThat(evidence.malformedReports()).singleElement().satisfies(m -> {
            assertThat(m.file()).isEqualTo(truncated);
            assertThat(m.line()).isEqualTo(expectedLine);
            assertThat(m.problem())
                    .contains(truncated.toString())
                    .contains("line " + expectedLine)
                    .contains("Re-run the tests");
        });
    }

    @Test
    void anEmptyFileIsMalformed() throws Exception {
        Path empty = write("TEST-empty.xml", "");

        TestEvidence evidence = reader.read(dir, List.of("."));

        assertThat(evidence.hasReports()).isTrue();
        assertThat(evidence.cases()).isEmpty();
        assertThat(evidence.malformedReports())
                .singleElement()
                .extracting(MalformedReport::file)
                .isEqualTo(empty);
    }

    @Test
    void aWellFormedFileThatIsNotAReportIsMalformed() throws Exception {
        Path other = write("TEST-other.xml", "<project><testcase name='x'/></project>");

        TestEvidence evidence = reader.read(dir, List.of("."));

        assertThat(evidence.cases()).isEmpty();
        assertThat(evidence.malformedReports())
                .singleElement()
                .satisfies(
                        m -> assertThat(m.problem()).contains(other.toString()).contains("<project>"));
    }

    @Test
    void invalidUtf8IsMalformedNotAnIoError() throws Exception {
        Files.write(dir.resolve("TEST-bytes.xml"), new byte[] {
            '<', 't', 'e', 's', 't', 's', 'u', 'i', 't', 'e', ' ', 'n', '=', '"', (byte) 0xC3, 0x28, '"', '/', '>'
        });

        TestEvidence evidence = reader.read(dir, List.of("."));

        assertThat(evidence.malformedReports()).hasSize(1);
    }

    @Test
    void readsAUtf8ByteOrderMarkAndCrlfLineEnds() throws Exception {
        String crlf = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"com.acme.BomTest\">\n"
                        + "  <testcase name=\"ä\" classname=\"com.acme.BomTest\" time=\"0.5\">\n"
                        + "    <failure message=\"first line&#13;&#10;second line\" type=\"java.lang.AssertionError\">trace\n"
                        + "</failure>\n  </testcase>\n</testsuite>\n")
                .replace("\n", "\r\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write(crlf.getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("TEST-bom.xml"), bytes.toByteArray());

        TestEvidence evidence = reader.read(dir, List.of("."));

        assertThat(evidence.malformedReports()).isEmpty();
        assertThat(evidence.cases())
                .extracting(TestCaseResult::name, TestCaseResult::outcome, TestCaseResult::message, c -> c.timeMicros())
                .containsExactly(tuple("ä", TestOutcome.FAILED, "first line", 500_000L));
    }

    @Test
    void readsAnIso88591EncodedReport() throws Exception {
        String doc = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><testsuite name=\"s\">"
                + "<testcase name=\"größe\" classname=\"Ü\"/></testsuite>";
        Files.write(dir.resolve("TEST-latin1.xml"), doc.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(reader.read(dir, List.of(".")).cases())
                .extracting(TestCaseResult::className, TestCaseResult::name)
                .containsExactly(tuple("Ü", "größe"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "0.004|4000",
                "12|12000000",
                "1,234.5|1234500000",
                "12,345,678.001|12345678001000",
                "0,004|4000",
                "1.234,5|1234500000",
                "''|-1",
                "-1|-1",
                "abc|-1",
                "NaN|-1",
                "1e3|1000000000",
                "0.0000005|1"
            })
    void parsesCurrentAndLegacyTimeFormats(String time, long micros) {
        assertThat(TestReportReader.parseTimeMicros(time)).isEqualTo(micros);
    }

    @Test
    void aCaseWithoutATimeIsNotMeasuredNeverZeroSeconds() throws Exception {
        Files.writeString(
                dir.resolve("TEST-untimed.xml"),
                "<testsuite name=\"s\"><testcase name=\"a\" classname=\"c\"/>"
                        + "<testcase name=\"b\" classname=\"c\" time=\"0\"/></testsuite>");

        assertThat(reader.read(dir, List.of(".")).cases())
                .extracting(TestCaseResult::name, TestCaseResult::timeMicros, TestCaseResult::timeMeasured)
                .containsExactly(tuple("a", TestCaseResult.TIME_NOT_MEASURED, false), tuple("b", 0L, true));
        assertThat(TestReportReader.parseTimeMicros(null)).isEqualTo(TestCaseResult.TIME_NOT_MEASURED);
    }

    @Test
    void readsALegacyGroupedTimeInAReport() throws Exception {
        write(
                "TEST-legacy.xml",
                "<testsuite name=\"com.acme.Slow\" time=\"1,235\"><testcase name=\"soak\" classname=\"com.acme.Slow\""
                        + " time=\"1,234.5\"/><testcase name=\"quick\" classname=\"com.acme.Slow\" time=\"0.5\"/>"
                        + "</testsuite>");

        TestEvidence evidence = reader.read(dir, List.of("."));

        assertThat(evidence.cases()).extracting(TestCaseResult::timeMicros).containsExactly(1_234_500_000L, 500_000L);
    }

    @Test
    void outcomeSemanticsOfRerunElements() throws Exception {
        write(
                "TEST-reruns.xml",
                "<testsuite name=\"R\">"
                        + "<testcase name=\"flakyError\" classname=\"R\"><flakyError message=\"npe\" type=\"NPE\"/>"
                        + "<flakyFailure type=\"AssertionError\"/></testcase>"
                        + "<testcase name=\"alwaysFails\" classname=\"R\"><failure type=\"AssertionError\"/>"
                        + "<rerunFailure message=\"again\"/><rerunError message=\"and again\"/></testcase>"
                        + "<testcase name=\"errorAndFailure\" classname=\"R\"><failure message=\"f\"/>"
                        + "<error message=\"e\"/></testcase>"
                        + "<testcase name=\"skippedNoMessage\" classname=\"R\"><skipped/></testcase>"
                        + "<testcase name=\"blankFirstLine\" classname=\"R\"><error message=\"&#10;  &#10;real\"/>"
                        + "</testcase>"
                        + "<testcase name=\"noClassname\"/>"
                        + "</testsuite>");

        TestEvidence evidence = reader.read(dir, List.of("."));

        assertThat(evidence.cases())
                .extracting(
                        TestCaseResult::className,
                        TestCaseResult::name,
                        TestCaseResult::outcome,
                        TestCaseResult::reruns,
                        TestCaseResult::message)
                .containsExactly(
                        tuple("R", "flakyError", TestOutcome.FLAKY, 2, "npe"),
                        tuple("R", "alwaysFails", TestOutcome.FAILED, 2, "AssertionError"),
                        tuple("R", "errorAndFailure", TestOutcome.ERROR, 0, "e"),
                        tuple("R", "skippedNoMessage", TestOutcome.SKIPPED, 0, null),
                        tuple("R", "blankFirstLine", TestOutcome.ERROR, 0, "real"),
                        tuple("R", "noClassname", TestOutcome.PASSED, 0, null));
    }

    @Test
    void cutsVeryLongMessages() throws Exception {
        write(
                "TEST-long.xml",
                "<testsuite name=\"L\"><testcase name=\"a\" classname=\"L\"><failure message=\"" + "x".repeat(5000)
                        + "\"/></testcase></testsuite>");

        String message = reader.read(dir, List.of(".")).cases().get(0).message();

        assertThat(message).hasSize(TestReportReader.MAX_MESSAGE_CHARS + 3).endsWith("...");
    }

    @Test
    void streamsPastAHugeSystemOutWithoutKeepingIt() throws Exception {
        Path report = HugeReports.write(dir.resolve("TEST-huge.xml"), 50L * 1024 * 1024);

        TestEvidence evidence = reader.read(dir, List.of("."));

        assertThat(Files.size(report)).isGreaterThan(50L * 1024 * 1024);
        assertThat(evidence.malformedReports()).isEmpty();
        assertThat(evidence.cases()).hasSize(HugeReports.CASES);
        // no String the result holds carries any of the output
        assertThat(evidence.cases())
                .allSatisfy(c -> assertThat(String.valueOf(c.message()) + c.name() + c.className())
                        .doesNotContain(HugeReports.OUTPUT_MARKER));
        assertThat(evidence.cases().get(1).message()).isEqualTo("after the output");
    }

    @Test
    void readsAHugeReportInAJvmWithAHeapSmallerThanItsSystemOut() throws Exception {
        // The real proof of O(1) memory per report: a child JVM with -Xmx32m reads a report with 64 MB of system-out
        // in one CDATA section (a non-chunking parser would need over 128 MB for that one String).
        Path report = HugeReports.write(dir.resolve("TEST-huge.xml"), 64L * 1024 * 1024);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(
                        java.toString(),
                        "-Xmx32m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        HugeReports.class.getName(),
                        report.getParent().toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).as(output).isZero();
        assertThat(output).contains("cases=" + HugeReports.CASES + " malformed=0");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
