package dev.readiness.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.evidence.coverage.Counter;
import dev.readiness.evidence.coverage.Coverage;
import dev.readiness.evidence.coverage.CoverageAnalyzer;
import dev.readiness.evidence.coverage.CoverageEvidence;
import dev.readiness.evidence.coverage.CoverageRequest;
import dev.readiness.evidence.tests.TestReportReader;
import dev.readiness.policy.CounterKind;
import dev.readiness.policy.Policy;
import dev.readiness.policy.PolicyFactory;
import dev.readiness.policy.TagDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reactor verdict over modules laid out like a Maven build, from real tool output: the committed JaCoCo fixture
 * classes split between two modules, the unit-test exec file in one and the integration-test exec file in the other,
 * Surefire reports in one and Failsafe reports in the other.
 */
class ReactorAssessmentTest {
    private static final Path RESOURCES = Path.of("src/test/resources").toAbsolutePath();
    private static final Path CLASSES = RESOURCES.resolve("jacoco/basic/classes");
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @TempDir
    Path root;

    Path control;
    Path util;

    @BeforeEach
    void lay_out_two_modules() throws IOException {
        control = root.resolve("control");
        util = root.resolve("util");
        // module "control": com/acme/control/** and the unit-test data; Surefire reports
        copy(CLASSES.resolve("com/acme/control"), control.resolve("target/classes/com/acme/control"));
        Files.copy(RESOURCES.resolve("jacoco/split/jacoco-unit.exec"), control.resolve("target/jacoco.exec"));
        copy(RESOURCES.resolve("surefire/junit5-surefire-3.6.1"), control.resolve("target/surefire-reports"));
        // module "util": every other class and the integration-test data; Failsafe reports
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path rel = CLASSES.relativize(f);
                if (!rel.startsWith(Path.of("com/acme/control"))) {
                    Path to = util.resolve("target/classes").resolve(rel);
                    Files.createDirectories(to.getParent());
                    Files.copy(f, to);
                }
            }
        }
        Files.copy(RESOURCES.resolve("jacoco/split/jacoco-it.exec"), util.resolve("target/jacoco-it.exec"));
        copy(RESOURCES.resolve("surefire/junit5-failsafe-3.6.1"), util.resolve("target/failsafe-reports"));
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

    private static ModuleInput module(String name, Path dir, String excluded) {
        return ModuleInput.builder(name, name, dir)
                .packaging("jar")
                .surefireReports(List.of("target/surefire-reports"))
                .failsafeReports(List.of("target/failsafe-reports"))
                .testClassesDirectories(List.of("target/test-classes"))
                .execFiles(List.of("target/jacoco*.exec"))
                .classesDirectories(List.of("target/classes"))
                .excludedReason(excluded)
                .build();
    }

    private ReactorRequest reactor(List<String> shardReports, List<ModuleInput> modules, List<String> notInBuild)
            throws Exception {
        AssessmentRequest rootRequest = AssessmentRequest.builder(
                        policy(), new ProjectInfo("com.acme", "root", "1.0"), root)
                .surefireReports(shardReports)
                .threads(2)
                .timestamp(NOW)
                .build();
        return new ReactorRequest(rootRequest, modules, notInBuild);
    }

    private static Coverage analysed(List<Path> classDirectories) throws Exception {
        CoverageEvidence e = new CoverageAnalyzer()
                .analyze(new CoverageRequest(
                        RESOURCES,
                        List.of("jacoco/split/jacoco-unit.exec", "jacoco/split/jacoco-it.exec"),
                        classDirectories,
                        List.of(),
                        1));
        return e.overall();
    }

    @Test
    void execDataOfEveryModuleCoversTheClassesOfEveryModule() throws Exception {
        Assessment a = new ReadinessEngine()
                .assessReactor(reactor(
                        List.of(), List.of(module("control", control, null), module("util", util, null)), List.of()));

        // overall = the whole class set analysed with both exec files, as one project would be
        assertThat(a.coverage().overall()).isEqualTo(analysed(List.of(CLASSES)));
        ModuleSummary controlSummary = a.reactor().modules().get(0);
        ModuleSummary utilSummary = a.reactor().modules().get(1);
        assertThat(controlSummary.coverage())
                .isEqualTo(analysed(List.of(control.resolve("target/classes"))))
                .isNotEqualTo(Coverage.empty());
        assertThat(utilSummary.coverage()).isEqualTo(analysed(List.of(util.resolve("target/classes"))));
        assertThat(controlSummary.coverage().plus(utilSummary.coverage()))
                .isEqualTo(a.coverage().overall());
        assertThat(a.coverage().tags().get("critical").coverage()).isEqualTo(controlSummary.coverage());
    }

    @Test
    void testCasesAreCountedOncePerModuleAndInTotal() throws Exception {
        Assessment a = new ReadinessEngine()
                .assessReactor(reactor(
                        List.of(), List.of(module("control", control, null), module("util", util, null)), List.of()));

        long unit = new TestReportReader()
                .read(RESOURCES, List.of("surefire/junit5-surefire-3.6.1"))
                .counts()
                .total();
        long it = new TestReportReader()
                .read(RESOURCES, List.of("surefire/junit5-failsafe-3.6.1"))
                .counts()
                .total();
        assertThat(unit).isPositive();
        assertThat(it).isPositive();
        assertThat(a.tests().surefire().total()).isEqualTo(unit);
        assertThat(a.tests().failsafe().total()).isEqualTo(it);
        assertThat(a.reactor().modules().get(0).unitTests().total()).isEqualTo(unit);
        assertThat(a.reactor().modules().get(0).integrationTests().total()).isZero();
        assertThat(a.reactor().modules().get(1).integrationTests().total()).isEqualTo(it);
        assertThat(a.reactor().modules().get(1).notes()).isEmpty();
        assertThat(a.reactor().modules().get(0).notes()).isEmpty();
        assertThat(a.reactor().partial()).isFalse();
    }

    @Test
    void reportsCollectedFromCiShardsAreNotCountedTwice() throws Exception {
        // a CI job downloaded the control module's reports again, into shards/job-1
        copy(control.resolve("target/surefire-reports"), root.resolve("shards/job-1/control/surefire-reports"));
        List<ModuleInput> modules = List.of(module("control", control, null), module("util", util, null));
        Assessment local = new ReadinessEngine().assessReactor(reactor(List.of(), modules, List.of()));
        Assessment sharded = new ReadinessEngine()
                .assessReactor(reactor(List.of("shards/*/*/surefire-reports"), modules, List.of()));

        assertThat(sharded.tests().all()).isEqualTo(local.tests().all());
        assertThat(sharded.tests().duplicateReports()).isEqualTo(local.tests().duplicateReports() + 2);
    }

    @Test
    void shardReportsOnlyReachableThroughTheRootAreCounted() throws Exception {
        // the util module ran no tests locally; its Failsafe reports come from a CI shard
        Files.walk(util.resolve("target/failsafe-reports"))
                .sorted(java.util.Comparator.reverseOrder())
                .forEach(p -> p.toFile().delete());
        copy(RESOURCES.resolve("surefire/junit5-failsafe-3.6.1"), root.resolve("shards/job-2/util/failsafe-reports"));
        AssessmentRequest base = reactor(List.of(), List.of(), List.of()).root();
        AssessmentRequest rootRequest = base.toBuilder()
                .failsafeReports(List.of("shards/*/*/failsafe-reports"))
                .build();
        Assessment a = new ReadinessEngine()
                .assessReactor(new ReactorRequest(
                        rootRequest, List.of(module("control", control, null), module("util", util, null)), List.of()));

        assertThat(a.tests().failsafe().total()).isPositive();
        assertThat(a.reactor().modules().get(1).integrationTests().total()).isZero();
        assertThat(a.reactor().modules().get(1).notes())
                .containsExactly("no test reports; its classes are covered by other modules' tests");
    }

    @Test
    void skippedModulesAndModulesOutsideTheBuildAreListedNotRead() throws Exception {
        Assessment a = new ReadinessEngine()
                .assessReactor(reactor(
                        List.of(),
                        List.of(module("control", control, null), module("util", util, "readiness.skip is true")),
                        List.of("api")));

        ModuleSummary skipped = a.reactor().modules().get(1);
        assertThat(skipped.notes()).containsExactly("readiness.skip is true");
        assertThat(skipped.coverage()).isNull();
        assertThat(skipped.unitTests().total()).isZero();
        assertThat(a.tests().failsafe().total()).isZero(); // util's Failsafe reports are not read
        assertThat(a.coverage().overall())
                .isEqualTo(a.reactor().modules().get(0).coverage());
        assertThat(a.reactor().partial()).isTrue();
        assertThat(a.reactor().notInBuild()).containsExactly("api");
        assertThat(a.warnings())
                .anySatisfy(w -> assertThat(w).startsWith("Partial build: the reactor verdict covers 1 module(s)"));
    }

    @Test
    void aModuleWithoutExecutionDataOfItsOwnIsCoveredByTheOthersAndSaysSo() throws Exception {
        Files.delete(util.resolve("target/jacoco-it.exec"));
        Files.copy(RESOURCES.resolve("jacoco/split/jacoco-it.exec"), control.resolve("target/jacoco-it.exec"));
        Assessment a = new ReadinessEngine()
                .assessReactor(reactor(
                        List.of(), List.of(module("control", control, null), module("util", util, null)), List.of()));

        ModuleSummary utilSummary = a.reactor().modules().get(1);
        assertThat(utilSummary.ownExecutionData()).isFalse();
        assertThat(utilSummary.notes())
                .anySatisfy(n -> assertThat(n).startsWith("no JaCoCo execution data of its own"));
        assertThat(utilSummary.coverage()).isEqualTo(analysed(List.of(util.resolve("target/classes"))));
    }

    @Test
    void inAModuleOfAReactorATagWhoseClassesAreElsewhereIsNotApplicableNotMissing() throws Exception {
        AssessmentRequest alone = AssessmentRequest.builder(policy(), new ProjectInfo("com.acme", "util", "1.0"), util)
                .surefireReports(List.of("target/surefire-reports"))
                .failsafeReports(List.of("target/failsafe-reports"))
                .execFiles(List.of("target/jacoco*.exec"))
                .classesDirectories(List.of("target/classes"))
                .threads(1)
                .timestamp(NOW)
                .build();
        AssessmentRequest module = AssessmentRequest.builder(policy().asModuleOfReactor(), alone.project(), util)
                .surefireReports(alone.surefireReports())
                .failsafeReports(alone.failsafeReports())
                .execFiles(alone.execFiles())
                .classesDirectories(alone.classesDirectories())
                .threads(1)
                .timestamp(NOW)
                .build();

        GateResult single = critical(new ReadinessEngine().assess(alone));
        GateResult inReactor = critical(new ReadinessEngine().assess(module));

        assertThat(single.status()).isEqualTo(GateStatus.MISSING); // a single project: probably a selector typo
        assertThat(inReactor.status()).isEqualTo(GateStatus.NOT_CONFIGURED);
        assertThat(inReactor.message()).contains("matches no class of this module");
    }

    private static GateResult critical(Assessment a) {
        return a.gates().stream()
                .filter(r -> r.gate().id().equals("critical-component-coverage"))
                .findFirst()
                .orElseThrow();
    }

    /** Issue 17: the reactor verdict printed "no Failsafe reports (TEST-*.xml) in ; bind …". */
    @Test
    void aFailsafeGateWithoutReportsInAnyModuleNamesTheDirectoriesItSearched() throws Exception {
        deleteTree(util.resolve("target/failsafe-reports"));
        Assessment a = new ReadinessEngine()
                .assessReactor(reactor(
                        List.of(), List.of(module("control", control, null), module("util", util, null)), List.of()));

        GateResult compatibility = a.gates().stream()
                .filter(r -> r.gate().id().equals("system-compatibility"))
                .findFirst()
                .orElseThrow();
        assertThat(compatibility.status()).isEqualTo(GateStatus.MISSING);
        assertThat(compatibility.message())
                .contains("no Failsafe reports (TEST-*.xml) in control/target/failsafe-reports,"
                        + " util/target/failsafe-reports;")
                .doesNotContain(" in ;");
    }

    @Test
    void coverageWithoutExecutionDataInAnyModuleNamesThePatternsItSearched() throws Exception {
        Files.delete(control.resolve("target/jacoco.exec"));
        Files.delete(util.resolve("target/jacoco-it.exec"));
        Assessment a = new ReadinessEngine()
                .assessReactor(reactor(
                        List.of(), List.of(module("control", control, null), module("util", util, null)), List.of()));

        assertThat(a.coverage().available()).isFalse();
        assertThat(a.coverage().missingReason())
                .startsWith("No JaCoCo execution data: nothing matches control/target/jacoco*.exec,"
                        + " util/target/jacoco*.exec in " + root);
    }

    @Test
    void searchedLocationsAreNamedOnceRelativeToTheRootAndNeverEmpty() {
        ModuleInput a = module("a", root.resolve("a"), null);
        ModuleInput b = module("b", root.resolve("b"), null);

        assertThat(ReactorModules.searched(
                        root, List.of("shards/*/failsafe"), List.of(a, b), ModuleInput::failsafeReports))
                .containsExactly("shards/*/failsafe", "a/target/failsafe-reports", "b/target/failsafe-reports");
        assertThat(PassRateGate.searchedIn(List.of(), "failsafe-reports"))
                .isEqualTo("(no failsafe-reports location configured)");
        assertThat(PassRateGate.searchedIn(List.of("1", "2", "3", "4", "5", "6"), "x"))
                .isEqualTo("in 1, 2, 3, 4 …and 2 more");
    }

    /** Issue 17: module notes that are true in the reactor, not the advice a module alone would get. */
    @Test
    void moduleNotesSayWhatIsTrueInTheReactor() {
        ModuleInput m = module("core", root.resolve("core"), null);
        Coverage covered = lines(7, 3);
        Coverage uncovered = lines(0, 10);

        // no tests of its own, covered by another module's tests (javaparser-core): fine, no "attach the agent"
        assertThat(ReactorModules.notes(m, false, false, covered, true))
                .containsExactly("no test reports; its classes are covered by other modules' tests");
        // no tests and nothing covers it
        assertThat(ReactorModules.notes(m, false, false, uncovered, true))
                .containsExactly("no test reports, and no other module's tests cover its classes");
        // test-only (javaparser-core-testing): no "compile your classes"
        assertThat(ReactorModules.notes(m, true, true, null, true))
                .containsExactly(
                        "test-only module: no main classes; its tests count for the classes of the other modules");
        // tests that ran without the agent: that advice is true
        assertThat(ReactorModules.notes(m, true, false, uncovered, true))
                .singleElement()
                .asString()
                .startsWith("no JaCoCo execution data of its own (target/jacoco*.exec)");
        assertThat(ReactorModules.notes(m, true, true, null, false)).containsExactly("coverage not measured");
        assertThat(ReactorModules.notes(m, true, true, covered, true)).isEmpty();
    }

    private static Coverage lines(long covered, long missed) {
        EnumMap<CounterKind, Counter> counters = new EnumMap<>(CounterKind.class);
        for (CounterKind kind : CounterKind.values()) {
            counters.put(kind, kind == CounterKind.LINE ? new Counter(covered, missed) : Counter.ZERO);
        }
        return new Coverage(counters);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
