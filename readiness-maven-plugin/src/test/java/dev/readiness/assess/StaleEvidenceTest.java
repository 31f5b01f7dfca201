package dev.readiness.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.evidence.EvidenceException;
import dev.readiness.evidence.EvidenceWindow;
import dev.readiness.evidence.StaleEvidence;
import dev.readiness.evidence.coverage.CoverageAnalyzer;
import dev.readiness.evidence.coverage.CoverageRequest;
import dev.readiness.evidence.tests.TestCaseResult;
import dev.readiness.policy.CounterKind;
import dev.readiness.policy.Policy;
import dev.readiness.policy.PolicyFactory;
import dev.readiness.policy.ReadinessLevel;
import dev.readiness.policy.TagDefinition;
import dev.readiness.report.ConsoleReport;
import dev.readiness.report.JsonReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.jacoco.core.data.SessionInfo;
import org.jacoco.core.tools.ExecFileLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: evidence left by an earlier build never counts silently. The fixture {@code jacoco/appended} is real tool
 * output of two builds without {@code clean} (see its README): build 1 ran all three test classes, then
 * {@code AlarmTest} was deleted and build 2 ran {@code ControllerTest} only. Its exec file holds two sessions; its
 * report directory holds build 1's reports of {@code SaturationTest} and of the deleted {@code AlarmTest}.
 */
class StaleEvidenceTest {
    private static final Path RESOURCES = Path.of("src/test/resources").toAbsolutePath();
    private static final Path APPENDED = RESOURCES.resolve("jacoco/appended");
    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    @TempDir
    Path project;

    List<SessionInfo> sessions;

    @BeforeEach
    void lay_out_the_project_as_the_second_build_left_it() throws IOException {
        copy(RESOURCES.resolve("jacoco/basic/classes"), project.resolve("target/classes"));
        // stored as .class-file, or Surefire would try to run them as this module's tests
        copy(APPENDED.resolve("test-classes"), project.resolve("target/test-classes"));
        try (Stream<Path> files = Files.walk(project.resolve("target/test-classes"))) {
            for (Path f :
                    files.filter(f -> f.toString().endsWith(".class-file")).toList()) {
                Files.move(f, f.resolveSibling(f.getFileName().toString().replace(".class-file", ".class")));
            }
        }
        copy(APPENDED.resolve("surefire-reports"), project.resolve("target/surefire-reports"));
        Files.copy(APPENDED.resolve("jacoco.exec"), project.resolve("target/jacoco.exec"));
        ExecFileLoader loader = new ExecFileLoader();
        loader.load(APPENDED.resolve("jacoco.exec").toFile());
        sessions = loader.getSessionInfoStore().getInfos();
        // git does not keep modification times: give the reports those of the builds that wrote them
        touch("TEST-com.acme.alarm.AlarmTest.xml", sessions.get(0).getDumpTimeStamp());
        touch("TEST-com.acme.util.SaturationTest.xml", sessions.get(0).getDumpTimeStamp());
        touch("TEST-com.acme.control.ControllerTest.xml", sessions.get(1).getDumpTimeStamp());
    }

    @Test
    void theFixtureHoldsTwoBuildsOneAfterTheOther() {
        assertThat(sessions).hasSize(2);
        assertThat(sessions.get(0).getDumpTimeStamp())
                .isLessThan(sessions.get(1).getStartTimeStamp());
    }

    @Test
    void inTheSameBuildOnlySessionsAndReportsWrittenAfterItsStartCount() throws Exception {
        Instant buildStart = Instant.ofEpochMilli(sessions.get(1).getStartTimeStamp() - 1);

        Assessment a = assess(EvidenceWindow.sameBuild(buildStart, StaleEvidence.EXCLUDE));

        // coverage of build 2 alone = the fixture recorded by a clean build of ControllerTest alone
        assertThat(a.coverage().overall().get(CounterKind.LINE)).isEqualTo(controllerTestAlone());
        assertThat(a.coverage().countedSessions()).hasSize(1);
        assertThat(a.coverage().staleSessions()).hasSize(1);
        assertThat(a.tests().all().total()).isEqualTo(caseCount("TEST-com.acme.control.ControllerTest.xml"));
        assertThat(a.scope().staleReports())
                .extracting(r -> r.file().getFileName().toString(), r -> r.reason())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "TEST-com.acme.alarm.AlarmTest.xml",
                                "its test class com.acme.alarm.AlarmTest no longer exists in "
                                        + project.resolve("target/test-classes")),
                        org.assertj.core.groups.Tuple.tuple(
                                "TEST-com.acme.util.SaturationTest.xml",
                                "last written "
                                        + Instant.ofEpochMilli(sessions.get(0).getDumpTimeStamp())
                                        + ", before this build started (" + buildStart + ")"));
        assertThat(a.warnings())
                .anySatisfy(w -> assertThat(w)
                        .startsWith("1 JaCoCo session in " + project.resolve("target/jacoco.exec"))
                        .contains("left out of the coverage numbers (readiness.staleEvidence=exclude)"))
                .anySatisfy(w -> assertThat(w).startsWith("2 test reports are from an earlier build: left out"));
        String json = new JsonReport(project).render(a);
        assertThat(json)
                .contains("\"rule\" : \"build-start\"")
                .contains("\"file\" : \"target/surefire-reports/TEST-com.acme.alarm.AlarmTest.xml\"");
        assertThat(ConsoleReport.lines(a))
                .anySatisfy(l -> assertThat(l)
                        .startsWith("Evidence of this build (started " + buildStart + "): 1 JaCoCo session")
                        .endsWith("left out as stale: 1 session, 2 report files"));
    }

    @Test
    void onItsOwnTheNewestRunOfEachExecFileCounts() throws Exception {
        Assessment a = assess(EvidenceWindow.newestRun(StaleEvidence.EXCLUDE));

        assertThat(a.coverage().overall().get(CounterKind.LINE)).isEqualTo(controllerTestAlone());
        assertThat(a.scope().rule()).isEqualTo("newest-run");
        assertThat(a.scope().runStart())
                .isEqualTo(Instant.ofEpochMilli(sessions.get(1).getStartTimeStamp()));
        assertThat(a.scope().staleReports()).hasSize(2);
        assertThat(a.tests().all().total()).isEqualTo(caseCount("TEST-com.acme.control.ControllerTest.xml"));
    }

    @Test
    void aReportOfADeletedTestClassNeverCountsWhateverItsTime() throws Exception {
        long now = System.currentTimeMillis();
        for (String report : List.of(
                "TEST-com.acme.alarm.AlarmTest.xml",
                "TEST-com.acme.util.SaturationTest.xml",
                "TEST-com.acme.control.ControllerTest.xml")) {
            touch(report, now);
        }

        Assessment a = assess(EvidenceWindow.newestRun(StaleEvidence.EXCLUDE));

        assertThat(a.scope().staleReports())
                .singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("com.acme.alarm.AlarmTest no longer exists"));
        assertThat(a.tests().all().total())
                .isEqualTo(caseCount("TEST-com.acme.control.ControllerTest.xml")
                        + caseCount("TEST-com.acme.util.SaturationTest.xml"));
    }

    @Test
    void warnCountsTheStaleEvidenceAndSaysSo() throws Exception {
        Instant buildStart = Instant.ofEpochMilli(sessions.get(1).getStartTimeStamp() - 1);

        Assessment a = assess(EvidenceWindow.sameBuild(buildStart, StaleEvidence.WARN));

        assertThat(a.coverage().countedSessions()).hasSize(2);
        assertThat(a.coverage().overall().get(CounterKind.LINE).covered())
                .isGreaterThan(controllerTestAlone().covered());
        assertThat(a.tests().all().total())
                .isEqualTo(caseCount("TEST-com.acme.control.ControllerTest.xml")
                        + caseCount("TEST-com.acme.util.SaturationTest.xml")
                        + caseCount("TEST-com.acme.alarm.AlarmTest.xml"));
        assertThat(a.warnings())
                .anySatisfy(w -> assertThat(w).contains("COUNTED anyway in the coverage numbers"))
                .anySatisfy(w -> assertThat(w).contains("COUNTED anyway in the test numbers"));
    }

    @Test
    void failStopsTheEvaluationNamingTheStaleEvidence() {
        Instant buildStart = Instant.ofEpochMilli(sessions.get(1).getStartTimeStamp() - 1);

        assertThatThrownBy(() -> assess(EvidenceWindow.sameBuild(buildStart, StaleEvidence.FAIL)))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining("Stale evidence from an earlier build (readiness.staleEvidence=fail")
                .hasMessageContaining("1 JaCoCo session(s) in " + project.resolve("target/jacoco.exec"))
                .hasMessageContaining("TEST-com.acme.alarm.AlarmTest.xml (its test class")
                .hasMessageContaining("Run mvn clean verify");
    }

    @Test
    void execDataOnlyFromEarlierBuildsIsNoCoverageOfThisBuild() throws Exception {
        // the agent was removed: this build's tests wrote no session, the file holds the earlier builds' only
        Instant buildStart = Instant.ofEpochMilli(sessions.get(1).getDumpTimeStamp() + 1);

        Assessment a = assess(EvidenceWindow.sameBuild(buildStart, StaleEvidence.EXCLUDE));

        assertThat(a.coverage().available()).isFalse();
        assertThat(a.coverage().missingReason())
                .startsWith("No JaCoCo execution data of this build: the 2 sessions in ")
                .contains("before this build started at " + buildStart);
        assertThat(gate(a, "critical-component-coverage").status()).isEqualTo(GateStatus.MISSING);
        assertThat(a.level()).isEqualTo(ReadinessLevel.BLOCKED);
        assertThat(a.tests().all().total()).isZero(); // every report is older than the build, too
        assertThat(gate(a, "test-pass-rate").status()).isEqualTo(GateStatus.MISSING);
    }

    @Test
    void acceptedLocationsCountWhateverTheirAge() throws Exception {
        Instant buildStart = Instant.ofEpochMilli(sessions.get(1).getDumpTimeStamp() + 1);
        EvidenceWindow window = EvidenceWindow.sameBuild(buildStart, StaleEvidence.FAIL)
                .accepting(List.of(project.resolve("target/jacoco.exec"), project.resolve("target/surefire-reports")));

        Assessment a = assess(window);

        assertThat(a.coverage().countedSessions()).hasSize(2);
        assertThat(a.coverage().staleSessions()).isEmpty();
        assertThat(a.scope().staleReports()).isEmpty();
    }

    @Test
    void skippedTestsAreNotMeasuredNotScoredAndNotRecorded() throws Exception {
        Path history = project.resolve(".readiness/history.jsonl");
        AssessmentRequest request =
                request(EvidenceWindow.sameBuild(NOW, StaleEvidence.FAIL), "skipTests", "skipTests", history);

        Assessment a = new ReadinessEngine().assess(request);
        new ReadinessEngine().record(a, request);

        // stale evidence is not even read (fail would have thrown): the user chose not to produce any
        for (String id : List.of(
                "overall-test-coverage",
                "critical-component-coverage",
                "test-pass-rate",
                "system-compatibility",
                "numerical-stability")) {
            assertThat(gate(a, id).status()).as(id).isEqualTo(GateStatus.SKIPPED);
            assertThat(gate(a, id).blocking()).isFalse();
            assertThat(gate(a, id).value()).isNull();
        }
        assertThat(gate(a, "test-pass-rate").message())
                .isEqualTo("test-pass-rate: SKIPPED — not measured in this build: this build skipped the Surefire"
                        + " tests (skipTests); evidence of earlier builds is not used. Run mvn verify without"
                        + " skipTests for a verdict");
        assertThat(a.score()).isNull();
        assertThat(a.level()).isEqualTo(ReadinessLevel.NOT_READY);
        assertThat(a.deploymentApproved()).isFalse();
        assertThat(a.tests().all().total()).isZero();
        assertThat(ReadinessEngine.recorded(a, request)).isFalse();
        assertThat(history).doesNotExist();
        assertThat(a.warnings())
                .anySatisfy(w -> assertThat(w)
                        .startsWith(
                                "This build skipped tests (skipTests): overall-test-coverage, critical-component-coverage")
                        .contains("no history record is written"));
    }

    @Test
    void skipItsSkipsOnlyTheFailsafeGate() throws Exception {
        Instant buildStart = Instant.ofEpochMilli(sessions.get(1).getStartTimeStamp() - 1);

        Assessment a = new ReadinessEngine()
                .assess(request(EvidenceWindow.sameBuild(buildStart, StaleEvidence.EXCLUDE), null, "skipITs"));

        assertThat(gate(a, "system-compatibility").status()).isEqualTo(GateStatus.SKIPPED);
        assertThat(gate(a, "test-pass-rate").status()).isEqualTo(GateStatus.PASSED);
        assertThat(gate(a, "overall-test-coverage").status().measured()).isTrue();
        assertThat(a.level()).isNotEqualTo(ReadinessLevel.NOT_READY); // system-compatibility is not critical
    }

    @Test
    void failingTestsAreNamedOnTheConsoleEvenWhenThePassRateGatePasses() throws Exception {
        Path reports = project.resolve("target/surefire-reports");
        try (Stream<Path> files = Files.list(reports)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        copy(RESOURCES.resolve("surefire/junit5-surefire-3.6.1"), reports);
        Policy lenient = new PolicyFactory()
                .build(
                        List.of(),
                        List.of(),
                        List.of(dev.readiness.policy.GateSpec.builder("test-pass-rate")
                                .threshold("10")
                                .build()),
                        null,
                        null,
                        null,
                        null);

        Assessment a = new ReadinessEngine()
                .assess(mavenLayout(lenient)
                        .testClassesDirectories(List.of("target/no-test-classes"))
                        .build());

        assertThat(gate(a, "test-pass-rate").status()).isEqualTo(GateStatus.PASSED);
        List<TestCaseResult> failing = a.tests().notPassed();
        assertThat(failing).isNotEmpty();
        List<String> console = ConsoleReport.lines(a);
        assertThat(console)
                .anySatisfy(l ->
                        assertThat(l).startsWith("Tests: " + a.tests().all().total()));
        for (TestCaseResult c : failing) {
            assertThat(console)
                    .anySatisfy(l -> assertThat(l)
                            .startsWith("  " + c.outcome().name() + " " + c.displayName())
                            .contains(c.message() == null ? "" : c.message()));
        }
    }

    @Test
    void jmhResultsOlderThanTheBuildAreNotItsMeasurement() throws Exception {
        Path results = project.resolve("target/jmh-result.json");
        Files.copy(RESOURCES.resolve("jmh/real/current.json"), results);
        Files.setLastModifiedTime(results, FileTime.from(NOW.minusSeconds(60)));
        AssessmentRequest request = mavenLayout(policy())
                .benchmarks(new BenchmarkInput(
                        "target/jmh-result.json",
                        RESOURCES.resolve("jmh/real/baseline.json").toString(),
                        java.math.BigDecimal.TEN,
                        List.of()))
                .thisBuild(new ThisBuild(EvidenceWindow.sameBuild(NOW, StaleEvidence.EXCLUDE), null, null))
                .build();

        GateResult stale = gate(new ReadinessEngine().assess(request), "performance-benchmarks");
        Files.setLastModifiedTime(results, FileTime.from(NOW.plusSeconds(60)));
        GateResult fresh = gate(new ReadinessEngine().assess(request), "performance-benchmarks");

        assertThat(stale.status()).isEqualTo(GateStatus.MISSING);
        assertThat(stale.message())
                .contains("The JMH results " + results + " were last written " + NOW.minusSeconds(60)
                        + ", before this build started (" + NOW + ")");
        assertThat(fresh.status()).isEqualTo(GateStatus.INCONCLUSIVE); // measured here; the baseline records no machine
    }

    private static GateResult gate(Assessment a, String id) {
        return a.gates().stream()
                .filter(r -> r.gate().id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private Assessment assess(EvidenceWindow window) throws Exception {
        return new ReadinessEngine().assess(request(window, null, null));
    }

    private AssessmentRequest request(EvidenceWindow window, String surefireSkippedBy, String failsafeSkippedBy)
            throws Exception {
        return request(window, surefireSkippedBy, failsafeSkippedBy, null);
    }

    private AssessmentRequest request(
            EvidenceWindow window, String surefireSkippedBy, String failsafeSkippedBy, Path history) throws Exception {
        return mavenLayout(policy())
                .historyFile(history)
                .thisBuild(new ThisBuild(window, surefireSkippedBy, failsafeSkippedBy))
                .build();
    }

    private AssessmentRequest.Builder mavenLayout(Policy policy) {
        return Requests.mavenLayout(policy, new ProjectInfo("com.acme", "appended", "1.0"), project, NOW);
    }

    private static Policy policy() throws Exception {
        return new PolicyFactory()
                .build(
                        List.of(TagDefinition.of("critical", List.of("com.acme.control.**"), List.of(), List.of())),
                        List.of(),
                        List.of(),
                        null,
                        null,
                        null,
                        null);
    }

    private static dev.readiness.evidence.coverage.Counter controllerTestAlone() throws Exception {
        return new CoverageAnalyzer()
                .analyze(new CoverageRequest(
                        RESOURCES,
                        List.of("jacoco/split/jacoco-unit.exec"),
                        List.of(RESOURCES.resolve("jacoco/basic/classes")),
                        List.of(),
                        1))
                .overall()
                .get(CounterKind.LINE);
    }

    private long caseCount(String report) throws IOException {
        String xml = Files.readString(APPENDED.resolve("surefire-reports").resolve(report));
        return xml.split("<testcase ", -1).length - 1L;
    }

    private void touch(String report, long millis) throws IOException {
        Files.setLastModifiedTime(
                project.resolve("target/surefire-reports").resolve(report), FileTime.fromMillis(millis));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(f -> {
                try {
                    Path target = to.resolve(from.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(f, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
