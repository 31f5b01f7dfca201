package dev.readiness.evidence.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reads reports written by real Surefire and Failsafe runs (see src/test/resources/surefire/README.md). */
class TestReportReaderTest {
    static final Path FIXTURES = Path.of("src/test/resources/surefire").toAbsolutePath();

    private final TestReportReader reader = new TestReportReader();

    @Test
    void readsJUnit5ReportOfSurefire361WithRerunsNestedParameterizedAndNonAsciiNames() throws Exception {
        TestEvidence evidence = reader.read(FIXTURES, List.of("junit5-surefire-3.6.1"));

        assertThat(evidence.hasReports()).isTrue();
        assertThat(evidence.reportFiles())
                .extracting(p -> p.getFileName().toString())
                .containsExactly("TEST-com.acme.calc.CalculatorTest.xml", "TEST-com.acme.calc.ÜberTest.xml");
        assertThat(evidence.malformedReports()).isEmpty();
        assertThat(evidence.duplicateReportFiles()).isEmpty();
        assertThat(evidence.counts()).isEqualTo(new TestCounts(17, 12, 2, 1, 2, 1));
        assertThat(evidence.cases())
                .filteredOn(c -> c.outcome() != TestOutcome.PASSED)
                .extracting(
                        TestCaseResult::className,
                        TestCaseResult::name,
                        TestCaseResult::outcome,
                        TestCaseResult::reruns,
                        TestCaseResult::message)
                .containsExactlyInAnyOrder(
                        tuple(
                                "com.acme.calc.CalculatorTest",
                                "skippedWithoutReason",
                                TestOutcome.SKIPPED,
                                0,
                                "void com.acme.calc.CalculatorTest.skippedWithoutReason() is @Disabled"),
                        tuple(
                                "com.acme.calc.CalculatorTest",
                                "skippedWithReason",
                                TestOutcome.SKIPPED,
                                0,
                                "not ready yet"),
                        tuple(
                                "com.acme.calc.CalculatorTest",
                                "flakyFirstRun",
                                TestOutcome.FLAKY,
                                1,
                                "fails on the first run only ==> expected: <true> but was: <false>"),
                        tuple("com.acme.calc.CalculatorTest", "failsOnPurpose", TestOutcome.FAILED, 2, "sum is wrong"),
                        tuple(
                                "com.acme.calc.CalculatorTest",
                                "errorsOnPurpose",
                                TestOutcome.ERROR,
                                2,
                                "boom: state is bad"),
                        tuple(
                                "com.acme.calc.CalculatorTest$WhenEmpty",
                                "nestedFails",
                                TestOutcome.FAILED,
                                2,
                                "nested failure"));
        assertThat(evidence.cases())
                .extracting(TestCaseResult::name)
                .contains("positive(int)[1]", "namedParams(int, int)[2]", "repeated()[2]", "größe");
        assertThat(evidence.cases())
                .filteredOn(c -> c.outcome() == TestOutcome.PASSED)
                .allSatisfy(c -> assertThat(c.message()).isNull());
    }

    @Test
    void countsEveryTestcaseElementOfEveryFixture() throws Exception {
        for (Path report : fixtureReports()) {
            TestEvidence evidence =
                    reader.read(report.getParent(), List.of(report.getFileName().toString()));

            assertThat(evidence.cases()).as(report.toString()).hasSize(countTestcaseElements(report));
        }
    }

    @Test
    void sumsCaseTimesAndIgnoresTheSuiteTime() throws Exception {
        TestEvidence evidence =
                reader.read(FIXTURES, List.of("junit5-surefire-3.6.1/TEST-com.acme.calc.CalculatorTest.xml"));

        // the suite says time="0.017"; its 16 cases add up to 0.054 s
        assertThat(evidence.cases().stream()
                        .mapToLong(TestCaseResult::timeMicros)
                        .sum())
                .isEqualTo(54_000);
        assertThat(evidence.cases())
                .filteredOn(c -> c.name().equals("nestedFails"))
                .singleElement()
                .extracting(TestCaseResult::timeMicros)
                .isEqualTo(5_000L);
    }

    @Test
    void readsJUnit4ReportOfSurefire2222WithRerunsAsFailedAndFlaky() throws Exception {
        TestEvidence evidence = reader.read(FIXTURES, List.of("junit4-surefire-2.22.2"));

        // the suite attribute says tests="11" (it counts reruns); the six <testcase> elements are the truth
        assertThat(evidence.counts()).isEqualTo(new TestCounts(6, 3, 1, 1, 1, 1));
        assertThat(evidence.cases())
                .extracting(TestCaseResult::name, TestCaseResult::outcome, TestCaseResult::reruns)
                .containsExactly(
                        tuple("errors", TestOutcome.ERROR, 2),
                        tuple("passes", TestOutcome.PASSED, 0),
                        tuple("fails", TestOutcome.FAILED, 2),
                        tuple("flaky", TestOutcome.FLAKY, 1),
                        tuple("printsALot", TestOutcome.PASSED, 0),
                        tuple("ignored", TestOutcome.SKIPPED, 0));
        assertThat(evidence.cases().get(2).message()).isEqualTo("expected value expected:<1> but was:<2>");
    }

    @Test
    void readsJUnit4ReportOfSurefire2124WithoutRerunElements() throws Exception {
        TestEvidence evidence = reader.read(FIXTURES, List.of("junit4-surefire-2.12.4"));

        assertThat(evidence.counts()).isEqualTo(new TestCounts(6, 2, 2, 1, 1, 0));
        assertThat(evidence.cases()).extracting(TestCaseResult::className).containsOnly("com.acme.legacy.LegacyTest");
        assertThat(evidence.cases().stream()
                        .mapToLong(TestCaseResult::timeMicros)
                        .sum())
                .isEqualTo(31_000);
    }

    @Test
    void readsTestNgReportWithDataProviderCasesAndADependencySkip() throws Exception {
        TestEvidence evidence = reader.read(FIXTURES, List.of("testng-surefire-3.6.1"));

        assertThat(evidence.counts()).isEqualTo(new TestCounts(5, 3, 1, 0, 1, 0));
        assertThat(evidence.cases())
                .extracting(TestCaseResult::name, TestCaseResult::outcome, TestCaseResult::message)
                .containsExactly(
                        tuple("runsAt(int)[0]", TestOutcome.PASSED, null),
                        tuple("runsAt(int)[1]", TestOutcome.PASSED, null),
                        tuple("starts", TestOutcome.PASSED, null),
                        tuple("stops", TestOutcome.FAILED, "engine did not stop"),
                        // TestNG's skip has no message, only a type
                        tuple("skippedByDependency", TestOutcome.SKIPPED, "java.lang.Throwable"));
    }

    @Test
    void readsFailsafeReportsAndSummaryWithoutCountingTheSummaryAsTests() throws Exception {
        TestEvidence evidence = reader.read(FIXTURES, List.of("junit5-failsafe-3.6.1"));

        assertThat(evidence.reportFiles()).hasSize(1);
        assertThat(evidence.counts()).isEqualTo(new TestCounts(2, 1, 1, 0, 0, 0));
        assertThat(evidence.failsafeSummaries()).singleElement().satisfies(s -> {
            assertThat(s.result()).isEqualTo(255);
            assertThat(s.timeout()).isFalse();
            assertThat(s.completed()).isEqualTo(2);
            assertThat(s.failures()).isEqualTo(1);
            assertThat(s.errors()).isZero();
            assertThat(s.failureMessage()).isNull();
        });
    }

    @Test
    void readsPhrasedNamesOfTheJUnit5StatelessReporter() throws Exception {
        TestEvidence evidence = reader.read(FIXTURES, List.of("junit5-phrased-surefire-3.6.1"));

        assertThat(evidence.counts()).isEqualTo(new TestCounts(17, 11, 3, 1, 2, 0));
        assertThat(evidence.cases())
                .extracting(TestCaseResult::name)
                .contains("Ünïcödé ✓ größer als null", "repeated() repetition 2 of 2", "positive(int)[1] 1");
    }

    @Test
    void parallelReadingAndEveryParserGiveTheSameEvidenceInTheSameOrder(@TempDir Path dir) throws Exception {
        // every real fixture, twice (shard copies: duplicates), and a truncated report between them
        for (String shard : List.of("shard-a", "shard-b")) {
            try (Stream<Path> files = Files.walk(FIXTURES)) {
                for (Path p : files.filter(f -> f.getFileName().toString().startsWith("TEST-"))
                        .toList()) {
                    Path target =
                            dir.resolve(shard).resolve(FIXTURES.relativize(p).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target);
                }
            }
        }
        Files.writeString(dir.resolve("shard-a/TEST-m.xml"), "<testsuite name=\"m\"><testcase name=\"a\"");
        TestEvidence sequential =
                new TestReportReader(com.fasterxml.aalto.stax.InputFactoryImpl::new, 1).read(dir, List.of("."));
        assertThat(sequential.duplicateReportFiles()).isNotEmpty();
        assertThat(sequential.malformedReports()).hasSize(1);

        assertThat(new TestReportReader().read(dir, List.of(".")))
                .as("the default")
                .isEqualTo(sequential);
        for (int threads : List.of(2, 3, 8)) {
            assertThat(new TestReportReader(com.fasterxml.aalto.stax.InputFactoryImpl::new, threads)
                            .read(dir, List.of(".")))
                    .as("%d threads", threads)
                    .isEqualTo(sequential);
        }
        TestEvidence jdk =
                new TestReportReader(javax.xml.stream.XMLInputFactory::newDefaultFactory, 2).read(dir, List.of("."));
        TestEvidence woodstox =
                new TestReportReader(com.ctc.wstx.stax.WstxInputFactory::new, 1).read(dir, List.of("."));
        for (TestEvidence other : List.of(jdk, woodstox)) {
            // the malformed report's message is the parser's own; everything else is equal
            assertThat(other.cases()).isEqualTo(sequential.cases());
            assertThat(other.reportFiles()).isEqualTo(sequential.reportFiles());
            assertThat(other.duplicateReportFiles()).isEqualTo(sequential.duplicateReportFiles());
            assertThat(other.failsafeSummaries()).isEqualTo(sequential.failsafeSummaries());
            assertThat(other.malformedReports())
                    .extracting(MalformedReport::file)
                    .isEqualTo(sequential.malformedReports().stream()
                            .map(MalformedReport::file)
                            .toList());
        }
    }

    @Test
    void onlyTestStarXmlFilesAreReports(@TempDir Path dir) throws Exception {
        Files.copy(
                FIXTURES.resolve("testng-surefire-3.6.1/TEST-com.acme.ng.EngineTest.xml"), dir.resolve("TEST-a.xml"));
        Files.writeString(dir.resolve("testng-results.xml"), "<testng-results><testcase name='x'/></testng-results>");
        Files.writeString(dir.resolve("testng-failed.xml"), "not even xml");
        Files.writeString(dir.resolve("com.acme.ng.EngineTest.txt"), "Tests run: 5");
        Files.writeString(dir.resolve("TEST-a.txt"), "not xml");

        TestEvidence evidence = reader.read(dir, List.of("*.xml", "."));

        assertThat(evidence.reportFiles())
                .containsExactly(dir.resolve("TEST-a.xml").toAbsolutePath().normalize());
        assertThat(evidence.malformedReports()).isEmpty();
        assertThat(evidence.counts().total()).isEqualTo(5);
    }

    @Test
    void aLocationThatDoesNotExistIsAbsentEvidence(@TempDir Path dir) throws Exception {
        TestEvidence evidence = reader.read(dir, List.of("target/surefire-reports", "shards/*/reports"));

        assertThat(evidence.hasReports()).isFalse();
        assertThat(evidence.cases()).isEmpty();
        assertThat(evidence.counts()).isEqualTo(TestCounts.NONE);
    }

    @Test
    void anEmptyReportDirectoryHasNoReports(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("target/surefire-reports"));

        assertThat(reader.read(dir, List.of("target/surefire-reports")).hasReports())
                .isFalse();
    }

    @Test
    void theSameReportCopiedIntoTwoShardFoldersIsCountedOnce(@TempDir Path dir) throws Exception {
        Path report = FIXTURES.resolve("junit4-surefire-2.22.2/TEST-com.acme.legacy.LegacyTest.xml");
        Files.createDirectories(dir.resolve("shard-1"));
        Files.createDirectories(dir.resolve("shard-2/copy"));
        Files.copy(report, dir.resolve("shard-1/TEST-com.acme.legacy.LegacyTest.xml"));
        Files.copy(report, dir.resolve("shard-2/copy/TEST-com.acme.legacy.LegacyTest.xml"));

        TestEvidence evidence = reader.read(dir, List.of("shard-*"));

        assertThat(evidence.reportFiles()).containsExactly(dir.resolve("shard-1/TEST-com.acme.legacy.LegacyTest.xml"));
        assertThat(evidence.duplicateReportFiles())
                .containsExactly(dir.resolve("shard-2/copy/TEST-com.acme.legacy.LegacyTest.xml"));
        assertThat(evidence.counts().total()).isEqualTo(6);
    }

    /** The checksum only preselects: files that share it are compared byte for byte before one is dropped. */
    @Test
    void reportsSharingAChecksumAreDuplicatesOnlyWhenTheirBytesAreEqual(@TempDir Path dir) throws Exception {
        Path first = Files.writeString(dir.resolve("TEST-a.xml"), suite("de", "0.010"));
        Path different = Files.writeString(dir.resolve("TEST-b.xml"), suite("fr", "0.010"));
        Path copy = Files.copy(first, dir.resolve("TEST-c.xml"));
        List<Path> sameChecksum = new ArrayList<>();

        assertThat(TestReportReader.seenBefore(sameChecksum, first)).isFalse();
        assertThat(TestReportReader.seenBefore(sameChecksum, different)).isFalse();
        assertThat(TestReportReader.seenBefore(sameChecksum, copy)).isTrue();
        assertThat(sameChecksum).containsExactly(first, different);
    }

    @Test
    void theSameDirectoryNamedTwiceIsReadOnceAndIsNoDuplicate() throws Exception {
        TestEvidence evidence =
                reader.read(FIXTURES, List.of("testng-surefire-3.6.1", "testng-*", "./testng-surefire-3.6.1/"));

        assertThat(evidence.reportFiles()).hasSize(1);
        assertThat(evidence.duplicateReportFiles()).isEmpty();
        assertThat(evidence.counts().total()).isEqualTo(5);
    }

    @Test
    void sameNamedCasesOfDistinctExecutionsAreAllCounted(@TempDir Path dir) throws Exception {
        // the same class run once per locale (or in two modules): same names, different content
        Files.createDirectories(dir.resolve("locale-de"));
        Files.createDirectories(dir.resolve("locale-fr"));
        Files.writeString(dir.resolve("locale-de/TEST-com.acme.I18nTest.xml"), suite("de", "0.010"));
        Files.writeString(dir.resolve("locale-fr/TEST-com.acme.I18nTest.xml"), suite("fr", "0.020"));

        TestEvidence evidence = reader.read(dir, List.of("locale-de", "locale-fr"));

        assertThat(evidence.duplicateReportFiles()).isEmpty();
        assertThat(evidence.cases())
                .extracting(TestCaseResult::className, TestCaseResult::name)
                .containsExactly(tuple("com.acme.I18nTest", "formats"), tuple("com.acme.I18nTest", "formats"));
        assertThat(evidence.cases())
                .extracting(TestCaseResult::reportFile)
                .containsExactly(
                        dir.resolve("locale-de/TEST-com.acme.I18nTest.xml"),
                        dir.resolve("locale-fr/TEST-com.acme.I18nTest.xml"));
    }

    @Test
    void readsReportsInNonAsciiDirectories(@TempDir Path dir) throws Exception {
        Path nonAscii = Files.createDirectories(dir.resolve("prüfung/报告"));
        Files.writeString(nonAscii.resolve("TEST-Ünï.xml"), suite("x", "1"), StandardCharsets.UTF_8);

        TestEvidence evidence = reader.read(dir, List.of("prüfung/**"));

        assertThat(evidence.cases()).singleElement().satisfies(c -> {
            assertThat(c.reportFile()).isEqualTo(nonAscii.resolve("TEST-Ünï.xml"));
            assertThat(c.timeMicros()).isEqualTo(1_000_000);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"<testsuites>", "<testsuites name='all'>"})
    void readsCasesInsideATestsuitesWrapper(String wrapper, @TempDir Path dir) throws Exception {
        Files.writeString(
                dir.resolve("TEST-wrapped.xml"),
                wrapper + "<testsuite name='com.acme.A'><testcase name='a'/><testcase name='b'><skipped/>"
                        + "</testcase></testsuite></testsuites>");

        TestEvidence evidence = reader.read(dir, List.of("."));

        assertThat(evidence.cases())
                .extracting(TestCaseResult::className, TestCaseResult::outcome, TestCaseResult::message)
                .containsExactly(
                        tuple("com.acme.A", TestOutcome.PASSED, null), tuple("com.acme.A", TestOutcome.SKIPPED, null));
    }

    @Test
    void oneReaderInstanceGivesEqualResultsFromConcurrentThreads() throws Exception {
        TestEvidence expected = reader.read(FIXTURES, List.of("*-surefire-*", "*-failsafe-*"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<TestEvidence>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> reader.read(FIXTURES, List.of("*-surefire-*", "*-failsafe-*"))));
            }
            for (Future<TestEvidence> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected.counts().total()).isEqualTo(17 + 17 + 6 + 6 + 5 + 2);
    }

    static String suite(String locale, String time) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"com.acme.I18nTest\" tests=\"1\">"
                + "<properties><property name=\"user.language\" value=\"" + locale + "\"/></properties>"
                + "<testcase name=\"formats\" classname=\"com.acme.I18nTest\" time=\"" + time + "\"/></testsuite>\n";
    }

    static List<Path> fixtureReports() throws IOException {
        try (Stream<Path> walk = Files.walk(FIXTURES)) {
            List<Path> reports = walk.filter(p ->
                            TestReportReader.isReportFileName(p.getFileName().toString()))
                    .sorted()
                    .toList();
            assertThat(reports).hasSizeGreaterThanOrEqualTo(8);
            return reports;
        }
    }

    static int countTestcaseElements(Path report) throws IOException {
        Matcher m = Pattern.compile("<testcase[\\s>]").matcher(Files.readString(report, StandardCharsets.UTF_8));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
