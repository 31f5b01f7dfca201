package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.assess.Assessment;
import dev.readiness.assess.ScorePoint;
import dev.readiness.history.GateSnapshot;
import dev.readiness.history.HistoryName;
import dev.readiness.history.HistoryRecord;
import dev.readiness.history.SnapshotStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16: the views and report files when the evidence or the history is hostile or huge. */
class FailClosedReportsTest {
    private static final String EMOJI = "\uD83D\uDE00";

    @TempDir
    Path dir;

    /** Item 5: a failure message with an emoji at the evaluator's 160-character cut. */
    @Test
    void anEmojiAtTheTruncationPointIsKeptWholeAndTheReportsAreWritten() throws Exception {
        Assessment a = Assessments.failingTest("emoji", "x".repeat(158) + EMOJI + " and more text after the cut");

        ReportFiles.write(a, dir.resolve("out"), dir);

        for (String name : List.of(ReportFiles.JSON, ReportFiles.MARKDOWN, ReportFiles.HTML)) {
            assertThat(strictUtf8(dir.resolve("out").resolve(name))).as(name).contains(EMOJI);
        }
    }

    /** Item 5: a lone surrogate from the input (a JMH name, a test name) is replaced, not fatal. */
    @Test
    void aLoneSurrogateFromTheInputIsWrittenAsAReplacementCharacter() throws Exception {
        Assessment a = Assessments.failingTest("lone\ud800surrogate", "message \udc00 here");

        ReportFiles.write(a, dir.resolve("out"), dir);

        String markdown = strictUtf8(dir.resolve("out/readiness.md"));
        assertThat(markdown).contains("lone\uFFFDsurrogate");
        assertThat(strictUtf8(dir.resolve("out/readiness.json"))).isNotEmpty();
    }

    /** Item 6: a record's timestamp no formatter can show must not break the chart. */
    @Test
    void aTimestampBeyondYear9999RendersInsteadOfFailingTheRun() throws Exception {
        Assessment base = Assessments.withScores(Assessments.hostile(), "80");
        List<ScorePoint> points = new ArrayList<>(base.scoreHistory());
        points.set(0, new ScorePoint(Instant.MAX, new BigDecimal("80"), "CONDITIONAL_READY"));
        Assessment a = withPoints(base, points);

        ReportFiles.write(a, dir.resolve("out"), dir);

        assertThat(Files.readString(dir.resolve("out/readiness.html"))).contains("score-chart");
    }

    /** Item 6: the files of a run are replaced all together or not at all. */
    @Test
    void whenOneFileCannotBeWrittenNoReportIsReplaced() throws Exception {
        Files.writeString(dir.resolve("readiness.json"), "previous run");
        Map<String, String> contents = new LinkedHashMap<>();
        contents.put("readiness.json", "this run");
        contents.put("no-such-directory/readiness.md", "this run");

        assertThatThrownBy(() -> ReportFiles.writeAll(dir, contents)).isInstanceOf(IOException.class);

        assertThat(Files.readString(dir.resolve("readiness.json"))).isEqualTo("previous run");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("readiness.json");
        }
    }

    /** Item 10: report files get the mode any new file gets under the umask, not a temporary file's 0600. */
    @Test
    void reportFilesKeepTheUmasksModeSoAWebServerCanReadThem() throws Exception {
        Assumptions.assumeTrue(
                FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file modes");
        Path probe = dir.resolve("probe");
        try (OutputStream out = Files.newOutputStream(probe)) {
            out.write(1);
        }
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(probe);
        Assumptions.assumeTrue(usual.contains(PosixFilePermission.OTHERS_READ), "the umask lets others read new files");

        for (Path file : ReportFiles.write(Assessments.passing(), dir.resolve("out"), dir)) {
            assertThat(Files.getPosixFilePermissions(file)).as(file.toString()).isEqualTo(usual);
        }
    }

    /** Item 11: 7,000 duplicate-report warnings (CI shards downloaded twice). */
    @Test
    void everyListIsCappedSoTheSummaryFitsAPullRequestComment() throws Exception {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 7000; i++) {
            many.add("identical test report read twice, counted once: shard-" + i + "/TEST-com.acme.CalcTest.xml");
        }
        Assessment a = Assessments.failingTest("fails", "boom").withMoreWarnings(many);

        String markdown = new MarkdownReport().render(a);
        assertThat(markdown.length()).isLessThan(65_536);
        assertThat(markdown).contains("…and " + (a.warnings().size() - Cap.MARKDOWN) + " more warnings");
        assertThat(markdown).contains("see readiness.json");

        String html = new HtmlReport().render(a);
        assertThat(html).contains("more warnings, see readiness.json");
        assertThat(html.split("identical test report read twice", -1).length - 1)
                .isBetween(Cap.HTML - a.warnings().size() + 7000, Cap.HTML);

        assertThat(new JsonReport(dir).render(a).split("identical test report read twice", -1).length - 1)
                .as("readiness.json keeps every warning")
                .isEqualTo(7000);
    }

    /** Item 4: control characters in the console lines' sources (project coordinates, blocking issues). */
    @Test
    void consoleLinesCarryNoControlCharacters() {
        Assessment a = Assessments.hostile();
        Assessment evil = a.toBuilder()
                .project(new dev.readiness.assess.ProjectInfo(
                        "com.acme", "app\u001b]0;title\u0007", "1.0\rBUILD SUCCESS"))
                .blockingIssues(List.of("blocking \u001b[31missue"))
                .build();

        List<String> lines = ConsoleReport.lines(evil);

        assertThat(String.join("\n", lines)).doesNotContain("\u001b", "\u0007", "\r");
        assertThat(lines.get(0)).isEqualTo("Readiness of com.acme:app?]0;title?:1.0 BUILD SUCCESS");
        assertThat(lines).contains("  blocking ?[31missue");
    }

    /** Items 4 and 14: a history table from records with control characters and an empty gate id. */
    @Test
    void theHistoryTableSurvivesAnEmptyGateIdAndNeutralisesControlCharacters() {
        HistoryRecord record = new HistoryRecord(
                HistoryRecord.CURRENT_VERSION,
                Instant.parse("2026-11-22T10:00:00Z"),
                "dev.test",
                "app",
                "1.0",
                new BigDecimal("90"),
                new HistoryName<>(null, "PRODUCTION_READY\u001b[2J"),
                Map.of(
                        "",
                        new GateSnapshot(SnapshotStatus.PASSED, new BigDecimal("90")),
                        "g",
                        new GateSnapshot(SnapshotStatus.MISSING, null)),
                Map.of(),
                Map.of(),
                null,
                "main\u001b]0;pwned\u0007");

        List<String> table = HistoryReport.table(List.of(record), 10);

        assertThat(table).hasSize(3);
        assertThat(String.join("\n", table)).doesNotContain("\u001b", "\u0007");
        assertThat(table.get(1)).contains("main?]0;pwned?", "90.0");
    }

    private static String strictUtf8(Path file) throws IOException {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                .toString();
    }

    private static Assessment withPoints(Assessment a, List<ScorePoint> points) {
        return a.toBuilder().scoreHistory(points).build();
    }
}
