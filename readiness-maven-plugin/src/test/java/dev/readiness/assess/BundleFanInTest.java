package dev.readiness.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.evidence.EvidenceException;
import dev.readiness.evidence.bundle.BundleCollector;
import dev.readiness.evidence.bundle.BundleManifest;
import dev.readiness.evidence.bundle.CollectRequest;
import dev.readiness.evidence.bundle.GitState;
import dev.readiness.evidence.bundle.IncompleteBundles;
import dev.readiness.evidence.bundle.Shard;
import dev.readiness.evidence.tests.TestOutcome;
import dev.readiness.policy.Policy;
import dev.readiness.policy.TagDefinition;
import dev.readiness.report.JsonReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fan-in of evidence bundles through the real engine: two shards of the JaCoCo fixture project (the same tests as
 * {@code jacoco/basic}, split in two JVMs: {@code jacoco/split}) give the numbers of the one build; a missing shard,
 * other class bytes, another commit, a tampered or unlisted file each give their explicit outcome.
 */
class BundleFanInTest {
    private static final Path RESOURCES = Path.of("src/test/resources").toAbsolutePath();
    private static final Path REPORTS = RESOURCES.resolve("jacoco/appended/surefire-reports");
    private static final ProjectInfo PROJECT = new ProjectInfo("com.acme", "fixture", "1.0");
    private static final BundleManifest.Module MODULE = new BundleManifest.Module("com.acme", "fixture", "1.0");
    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final String COMMIT = "a".repeat(40);
    private static final TagDefinition CRITICAL =
            TagDefinition.of("critical", List.of("com.acme.control.**"), List.of(), List.of());
    private static final TagDefinition SAFETY =
            TagDefinition.of("safety-critical", List.of(), List.of(), List.of("com.acme.SafetyCritical"));

    @TempDir
    Path dir;

    /** Collects one shard: the given exec file and Surefire reports, as a build of {@code COMMIT} would leave them. */
    private Path shard(Path bundles, String name, int index, int total, String commit, String exec, String... reports)
            throws Exception {
        Path project = dir.resolve("projects").resolve(bundles.getFileName() + "-" + name);
        Files.createDirectories(project.resolve("target/surefire-reports"));
        Files.copy(RESOURCES.resolve(exec), project.resolve("target/jacoco.exec"));
        for (String r : reports) {
            Path source = r.startsWith("<") ? null : REPORTS.resolve(r);
            if (source == null) {
                Files.writeString(project.resolve("target/surefire-reports/TEST-hand.xml"), r, StandardCharsets.UTF_8);
            } else {
                Files.copy(source, project.resolve("target/surefire-reports").resolve(r));
            }
        }
        Path bundle = bundles.resolve(name);
        new BundleCollector()
                .collect(new CollectRequest(
                        project,
                        bundle,
                        null,
                        new GitState(commit, false),
                        MODULE,
                        new Shard(index, total, null),
                        Map.of("readiness", "test"),
                        Map.of(),
                        List.of("target/surefire-reports"),
                        List.of("target/failsafe-reports"),
                        List.of("target/jacoco*.exec"),
                        List.of("target/pit-reports"),
                        "target/jmh-result.json"));
        return bundle;
    }

    private Path twoShards(String root, String first, String second) throws Exception {
        Path bundles = dir.resolve(root);
        shard(
                bundles,
                first,
                1,
                2,
                COMMIT,
                "jacoco/split/jacoco-unit.exec",
                "TEST-com.acme.control.ControllerTest.xml");
        shard(
                bundles,
                second,
                2,
                2,
                COMMIT,
                "jacoco/split/jacoco-it.exec",
                "TEST-com.acme.util.SaturationTest.xml",
                "TEST-com.acme.alarm.AlarmTest.xml");
        return bundles;
    }

    private static Policy policy() throws Exception {
        // no Failsafe tests in the fixture: its gate's message names where it looked, which differs by design
        return GateFixtures.policy(List.of(CRITICAL, SAFETY), GateFixtures.disabled("system-compatibility"));
    }

    private Assessment fanIn(
            Path baseDir, List<String> bundles, Integer expected, IncompleteBundles policy, String classes)
            throws Exception {
        return new ReadinessEngine()
                .assess(AssessmentRequest.builder(policy(), PROJECT, baseDir)
                        .classesDirectories(List.of(RESOURCES.resolve(classes).toString()))
                        .bundles(new BundleInput(bundles, expected, policy))
                        .threads(1)
                        .timestamp(NOW)
                        .build());
    }

    private Assessment fanIn(Path bundles) throws Exception {
        return fanIn(dir, List.of(bundles.toString()), null, IncompleteBundles.FAIL, "jacoco/basic/classes");
    }

    private static Map<String, GateResult> gates(Assessment a) {
        return a.gates().stream().collect(Collectors.toMap(g -> g.gate().id(), Function.identity()));
    }

    @Test
    void twoShardsGiveTheNumbersOfTheOneBuild() throws Exception {
        Assessment single = new ReadinessEngine()
                .assess(AssessmentRequest.builder(policy(), PROJECT, RESOURCES)
                        .surefireReports(List.of(REPORTS.toString()))
                        .execFiles(List.of("jacoco/basic/jacoco.exec"))
                        .classesDirectories(List.of("jacoco/basic/classes"))
                        .threads(1)
                        .timestamp(NOW)
                        .build());
        Assessment sharded = fanIn(twoShards("bundles", "one", "two"));

        assertThat(sharded.tests()).isEqualTo(single.tests());
        assertThat(sharded.coverage().overall()).isEqualTo(single.coverage().overall());
        assertThat(sharded.coverage().tags()).isEqualTo(single.coverage().tags());
        assertThat(sharded.gates())
                .extracting(GateResult::status, GateResult::value, GateResult::message)
                .isEqualTo(single.gates().stream()
                        .map(g -> org.assertj.core.groups.Tuple.tuple(g.status(), g.value(), g.message()))
                        .toList());
        assertThat(sharded.score()).isEqualTo(single.score());
        assertThat(dev.readiness.view.ReportModel.of(sharded, dir).toString())
                .contains("Evidence of the bundles of 2 of 2 shards (commit aaaaaaaaaaaa): 2 JaCoCo sessions");
        assertThat(sharded.level()).isEqualTo(single.level());
        assertThat(sharded.warnings())
                .contains("Evidence bundles: The commit of the evidence bundles could not be compared with this"
                        + " build's (this build is not in a git checkout); the class ids of the execution data are"
                        + " still checked against the classes analysed.");
    }

    @Test
    void theSameBundlesInAnyOrderAndUnderAnyNamesGiveTheSameReadinessJson() throws Exception {
        Path a = twoShards("a", "first", "second");
        Path b = twoShards("b", "zz-second-is-first", "aa-first-is-second");
        // the same bundle given twice (a copy) counts once
        copyTree(b.resolve("aa-first-is-second"), b.resolve("copy"));

        String one = json(fanIn(dir, List.of(a.toString()), null, IncompleteBundles.FAIL, "jacoco/basic/classes"));
        List<String> reversed = new ArrayList<>(List.of(
                b.resolve("copy").toString(),
                b.resolve("aa-first-is-second").toString(),
                b.resolve("zz-second-is-first").toString()));
        String two = json(fanIn(dir, reversed, 2, IncompleteBundles.FAIL, "jacoco/basic/classes"));
        Collections.reverse(reversed);
        String three = json(fanIn(dir, reversed, null, IncompleteBundles.FAIL, "jacoco/basic/classes"));

        assertThat(withoutNames(two)).isEqualTo(withoutNames(three));
        // beside the note on the copy, only the names of the exec files read differ from the first set
        assertThat(withoutNames(two)
                        .replace(
                                "\"Evidence bundles: The bundle of shard 2/2 was given twice (the same manifest):"
                                        + " counted once.\", ",
                                ""))
                .isEqualTo(withoutNames(one));
    }

    /** readiness.json without the timestamp and with the bundle directories' names replaced by their shard. */
    private static String withoutNames(String json) {
        return json.replaceAll("\"timestamp\" : \"[^\"]*\"", "")
                .replaceAll(
                        "\"[^\"]*/(?:first|second|zz-second-is-first|aa-first-is-second|copy)/jacoco/jacoco.exec\"",
                        "\"EXEC\"");
    }

    private String json(Assessment a) {
        return new JsonReport(dir).render(a);
    }

    @Test
    void aMissingShardMakesTheGatesFedByTheTestsMissingNamingIt() throws Exception {
        Path bundles = twoShards("bundles", "one", "two");
        Assessment a = fanIn(
                dir, List.of(bundles.resolve("one").toString()), null, IncompleteBundles.FAIL, "jacoco/basic/classes");

        Map<String, GateResult> gates = gates(a);
        for (String id : List.of(
                "overall-test-coverage", "critical-component-coverage", "safety-critical-coverage", "test-pass-rate")) {
            assertThat(gates.get(id).status()).as(id).isEqualTo(GateStatus.MISSING);
            assertThat(gates.get(id).message()).as(id).contains("shard 2/2 missing: no bundle in ");
            assertThat(gates.get(id).details()).containsExactly("arrived: shard 1/2");
        }
        assertThat(a.level()).hasToString("BLOCKED");
    }

    @Test
    void withIncompleteBundlesWarnTheShardsThatArrivedAreJudgedWithAWarning() throws Exception {
        Path bundles = twoShards("bundles", "one", "two");
        Assessment a = fanIn(
                dir, List.of(bundles.resolve("one").toString()), null, IncompleteBundles.WARN, "jacoco/basic/classes");

        assertThat(gates(a).get("test-pass-rate").status()).isEqualTo(GateStatus.PASSED);
        assertThat(a.tests().surefire().total()).isEqualTo(2); // ControllerTest only
        assertThat(a.warnings())
                .anyMatch(w -> w.startsWith("Evidence bundles: shard 2/2 missing")
                        && w.endsWith("are judged (readiness.incompleteBundles=warn)."));
    }

    @Test
    void noBundleAtAllMakesTheGatesMissingWhateverThePolicy() throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        Assessment a = fanIn(dir, List.of("empty"), null, IncompleteBundles.WARN, "jacoco/basic/classes");
        assertThat(gates(a).get("test-pass-rate").status()).isEqualTo(GateStatus.MISSING);
        assertThat(gates(a).get("test-pass-rate").message())
                .contains("no evidence bundle (manifest.json) found in empty");
    }

    @Test
    void executionDataOfOtherClassBytesIsAnEvidenceMismatchNeverAWrongNumber() throws Exception {
        // stale/classes: Alarm.clear() changed after the tests ran (its class id differs)
        Assessment a = fanIn(
                dir,
                List.of(twoShards("bundles", "one", "two").toString()),
                null,
                IncompleteBundles.FAIL,
                "jacoco/stale/classes");

        Map<String, GateResult> gates = gates(a);
        GateResult overall = gates.get("overall-test-coverage");
        assertThat(overall.status()).isEqualTo(GateStatus.MISSING);
        assertThat(overall.value()).isNull();
        assertThat(overall.message())
                .contains("EVIDENCE_MISMATCH: the execution data of shard 2/2 was recorded on other class bytes"
                        + " than this build analyses (1 class(es))");
        assertThat(overall.details())
                .singleElement()
                .asString()
                .startsWith("com.acme.alarm.Alarm: shard 2/2 recorded class id ");
        // the tags hold no class of other bytes: their coverage is exact, as in the one build
        assertThat(gates.get("critical-component-coverage").status()).isEqualTo(GateStatus.FAILED);
        assertThat(gates.get("critical-component-coverage").value()).isEqualByComparingTo("69.230769");
        assertThat(gates.get("safety-critical-coverage").status()).isEqualTo(GateStatus.PASSED);
        assertThat(gates.get("test-pass-rate").status()).isEqualTo(GateStatus.PASSED);
        // the fix named is the shards', not "mvn clean verify" (which cannot repair another machine's build)
        assertThat(a.warnings())
                .anyMatch(w -> w.contains("com.acme.alarm.Alarm")
                        && w.contains("a shard compiled them differently")
                        && w.contains("same commit with the same compiler settings (EVIDENCE_MISMATCH)"))
                .noneMatch(w -> w.contains("mvn clean verify"));
    }

    @Test
    void aTestThatPassedInOneShardAndFailedInAnotherIsFlakyAcrossShardsAndCountedOnce() throws Exception {
        Path bundles = dir.resolve("bundles");
        String passed = "<testsuite name=\"com.acme.X\" tests=\"1\"><testcase classname=\"com.acme.X\" name=\"a\""
                + " time=\"0.1\"/></testsuite>";
        String failed = "<testsuite name=\"com.acme.X\" tests=\"1\"><testcase classname=\"com.acme.X\" name=\"a\""
                + " time=\"0.1\"><failure message=\"boom\" type=\"java.lang.AssertionError\"/></testcase></testsuite>";
        shard(bundles, "one", 1, 2, COMMIT, "jacoco/split/jacoco-unit.exec", passed);
        shard(bundles, "two", 2, 2, COMMIT, "jacoco/split/jacoco-it.exec", failed);

        Assessment a = fanIn(bundles);

        assertThat(a.tests().surefire().total()).isEqualTo(1);
        assertThat(a.tests().surefire().flaky()).isEqualTo(1);
        assertThat(a.warnings())
                .anyMatch(w -> w.contains("1 surefire test case(s) ran in more than one shard: each counted once;"
                        + " passed in one shard and failed in another (flaky across shards): com.acme.X.a."));
        assertThat(a.scope().bundles().flakyAcrossShards()).containsExactly("com.acme.X.a");
        assertThat(a.scope().bundles().surefire().cases()).singleElement().satisfies(c -> {
            assertThat(c.outcome()).isEqualTo(TestOutcome.FLAKY);
            assertThat(c.message()).isEqualTo("failed in shard 2/2, passed in shard 1/2: boom");
        });
    }

    // ---- refusals: each names the bundle and the file, and the fix

    @Test
    void aChangedFileIsRefusedNamingTheBundleAndTheFile() throws Exception {
        Path bundles = twoShards("bundles", "one", "two");
        Path report = bundles.resolve("two/surefire/TEST-com.acme.util.SaturationTest.xml");
        Files.writeString(report, Files.readString(report).replace("SaturationTest", "SaturatioNTest"));

        assertThatThrownBy(() -> fanIn(bundles))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining(
                        "Evidence bundle bundles/two (shard 2/2): surefire/TEST-com.acme.util.SaturationTest.xml"
                                + " does not match its manifest")
                .hasMessageContaining("truncated or changed after collect. Collect the bundle again");
    }

    @Test
    void aTruncatedExecFileIsRefused() throws Exception {
        Path bundles = twoShards("bundles", "one", "two");
        Path exec = bundles.resolve("one/jacoco/jacoco.exec");
        byte[] bytes = Files.readAllBytes(exec);
        Files.write(exec, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> fanIn(bundles))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining("Evidence bundle bundles/one (shard 1/2): jacoco/jacoco.exec does not match its"
                        + " manifest (" + bytes.length / 2 + " bytes");
    }

    @Test
    void aFileTheManifestDoesNotListIsRefused() throws Exception {
        Path bundles = twoShards("bundles", "one", "two");
        Files.writeString(bundles.resolve("one/surefire/TEST-extra.xml"), "<testsuite/>");

        assertThatThrownBy(() -> fanIn(bundles))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining(
                        "Evidence bundle bundles/one: surefire/TEST-extra.xml is not listed in its" + " manifest.json");
    }

    @Test
    void aSymbolicLinkInABundleIsRefusedNotFollowed() throws Exception {
        Path bundles = twoShards("bundles", "one", "two");
        Files.createSymbolicLink(bundles.resolve("one/surefire/TEST-link.xml"), Path.of("/etc/hostname"));

        assertThatThrownBy(() -> fanIn(bundles))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining("surefire/TEST-link.xml is a symbolic link; bundles hold plain files only");
    }

    @Test
    void aManifestPathOutsideTheBundleIsRefused() throws Exception {
        Path bundles = twoShards("bundles", "one", "two");
        Path manifest = bundles.resolve("one/manifest.json");
        Files.writeString(
                manifest,
                Files.readString(manifest)
                        .replace(
                                "\"path\" : \"jacoco/jacoco.exec\"",
                                "\"path\" : \"jacoco/../../two/jacoco/jacoco.exec\""));

        assertThatThrownBy(() -> fanIn(bundles))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining("Evidence bundle bundles/one: manifest.json is not a readiness bundle manifest"
                        + " (path 'jacoco/../../two/jacoco/jacoco.exec' is not a relative path inside the bundle");
    }

    @Test
    void aManifestOfAnotherFormatIsRefused() throws Exception {
        Path bundles = twoShards("bundles", "one", "two");
        Path manifest = bundles.resolve("one/manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"bundleFormat\" : 1", "\"bundleFormat\" : 2"));

        assertThatThrownBy(() -> fanIn(bundles))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining("bundleFormat is 2; this readiness reads bundleFormat 1");
    }

    @Test
    void bundlesOfDifferentCommitsAreRefused() throws Exception {
        Path bundles = dir.resolve("bundles");
        shard(
                bundles,
                "one",
                1,
                2,
                COMMIT,
                "jacoco/split/jacoco-unit.exec",
                "TEST-com.acme.control.ControllerTest.xml");
        shard(bundles, "two", 2, 2, "b".repeat(40), "jacoco/split/jacoco-it.exec", "TEST-com.acme.alarm.AlarmTest.xml");

        assertThatThrownBy(() -> fanIn(bundles))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining("The evidence bundles are of different commits: {" + COMMIT + "=[1/2], "
                        + "b".repeat(40) + "=[2/2]}");
    }

    @Test
    void bundlesOfAnotherCommitThanThisBuildAreRefused() throws Exception {
        Path project = dir.resolve("checkout");
        Files.createDirectories(project);
        String head;
        try (Git git = Git.init().setDirectory(project.toFile()).call()) {
            head = git.commit()
                    .setAllowEmpty(true)
                    .setSign(false)
                    .setAuthor("it", "it@readiness.invalid")
                    .setCommitter("it", "it@readiness.invalid")
                    .setMessage("x")
                    .call()
                    .name();
        }
        Path bundles = twoShards("bundles", "one", "two");

        assertThatThrownBy(() -> fanIn(
                        project, List.of(bundles.toString()), null, IncompleteBundles.FAIL, "jacoco/basic/classes"))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining("The evidence bundles are of commit " + COMMIT + " (shards [1/2, 2/2]), but this"
                        + " build is of commit " + head + ": their evidence is not about this code.");
    }

    @Test
    void twoDifferentBundlesClaimingOneShardAreRefused() throws Exception {
        Path bundles = dir.resolve("bundles");
        shard(
                bundles,
                "one",
                1,
                2,
                COMMIT,
                "jacoco/split/jacoco-unit.exec",
                "TEST-com.acme.control.ControllerTest.xml");
        shard(bundles, "also-one", 1, 2, COMMIT, "jacoco/split/jacoco-it.exec", "TEST-com.acme.alarm.AlarmTest.xml");

        assertThatThrownBy(() -> fanIn(bundles))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining("Two different evidence bundles claim shard 1/2: bundles/");
    }

    @Test
    void manifestsThatDisagreeOnTheNumberOfShardsAreRefused() throws Exception {
        Path bundles = dir.resolve("bundles");
        shard(
                bundles,
                "one",
                1,
                2,
                COMMIT,
                "jacoco/split/jacoco-unit.exec",
                "TEST-com.acme.control.ControllerTest.xml");
        shard(bundles, "two", 2, 3, COMMIT, "jacoco/split/jacoco-it.exec", "TEST-com.acme.alarm.AlarmTest.xml");

        assertThatThrownBy(() -> fanIn(bundles))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining("The evidence bundles disagree on the number of shards: {2=[1/2], 3=[2/3]}");
    }

    @Test
    void anExpectedShardCountOtherThanTheManifestsIsRefused() throws Exception {
        Path bundles = twoShards("bundles", "one", "two");

        assertThatThrownBy(() ->
                        fanIn(dir, List.of(bundles.toString()), 3, IncompleteBundles.FAIL, "jacoco/basic/classes"))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining(
                        "readiness.expectedShards is 3 but the evidence bundles were collected as shards" + " of 2");
    }

    @Test
    void aBundleOfAnotherModuleIsRefused() throws Exception {
        Path bundles = twoShards("bundles", "one", "two");

        assertThatThrownBy(() -> new ReadinessEngine()
                        .assess(AssessmentRequest.builder(policy(), new ProjectInfo("com.acme", "other", "1.0"), dir)
                                .classesDirectories(List.of(RESOURCES
                                        .resolve("jacoco/basic/classes")
                                        .toString()))
                                .bundles(new BundleInput(List.of(bundles.toString()), null, IncompleteBundles.FAIL))
                                .threads(1)
                                .timestamp(NOW)
                                .build()))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining("is of module com.acme:fixture, not of com.acme:other");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
