package dev.readiness.evidence.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.evidence.EvidenceException;
import dev.readiness.evidence.coverage.ExecData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code readiness:collect}'s engine on the real JaCoCo and Surefire fixtures (see their READMEs). */
class BundleCollectorTest {
    private static final Path RESOURCES = Path.of("src/test/resources").toAbsolutePath();
    private static final Instant START = Instant.parse("2026-11-30T10:00:00Z");

    @TempDir
    Path dir;

    private Path project;

    @BeforeEach
    void project() throws Exception {
        project = dir.resolve("project");
        Files.createDirectories(project.resolve("target/surefire-reports"));
        Files.copy(RESOURCES.resolve("jacoco/basic/jacoco.exec"), project.resolve("target/jacoco.exec"));
        for (String r : List.of("TEST-com.acme.control.ControllerTest.xml", "TEST-com.acme.util.SaturationTest.xml")) {
            Path target = project.resolve("target/surefire-reports").resolve(r);
            Files.copy(RESOURCES.resolve("jacoco/appended/surefire-reports").resolve(r), target);
            Files.setLastModifiedTime(target, FileTime.from(START.plusSeconds(5)));
        }
    }

    private CollectRequest request(Path bundle, Instant buildStart) {
        return new CollectRequest(
                project,
                bundle,
                buildStart,
                new GitState("c".repeat(40), true),
                new BundleManifest.Module("com.acme", "fixture", "1.0"),
                Shard.parse("2/3", "linux jdk-17"),
                Map.of("readiness", "0.1.0-SNAPSHOT", "jacoco", "0.8.15"),
                Map.of("test", "Controller*"),
                List.of("target/surefire-reports"),
                List.of("target/failsafe-reports"),
                List.of("target/jacoco*.exec"),
                List.of("target/pit-reports"),
                "target/jmh-result.json");
    }

    @Test
    void writesTheEvidenceAndAManifestThatDescribesIt() throws Exception {
        Path bundle = dir.resolve("bundle");
        BundleCollector.Collected c = new BundleCollector().collect(request(bundle, null));

        BundleManifest m = c.manifest();
        assertThat(m.files())
                .extracting(BundleManifest.FileEntry::path)
                .containsExactly(
                        "jacoco/jacoco.exec",
                        "surefire/TEST-com.acme.control.ControllerTest.xml",
                        "surefire/TEST-com.acme.util.SaturationTest.xml");
        for (BundleManifest.FileEntry f : m.files()) {
            byte[] bytes = Files.readAllBytes(bundle.resolve(f.path()));
            assertThat(f.size()).isEqualTo(bytes.length);
            assertThat(f.sha256())
                    .isEqualTo(HexFormat.of()
                            .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                    .digest(bytes)));
        }
        // the class ids are those of the execution data, which JaCoCo computed from the class bytes
        assertThat(m.classes())
                .extracting(BundleManifest.ClassEntry::name)
                .contains("com/acme/control/Controller", "com/acme/util/Saturation");
        assertThat(m.classes())
                .containsExactlyElementsOf(ExecData.classes(RESOURCES.resolve("jacoco/basic/jacoco.exec")).stream()
                        .map(p -> new BundleManifest.ClassEntry(BundleManifest.ClassEntry.hex(p.id()), p.name()))
                        .toList());
        assertThat(m.tests().get("surefire").total()).isEqualTo(3); // 2 + 1 testcase elements
        assertThat(m.shard().display()).isEqualTo("2/3 (linux jdk-17)");
        assertThat(m.dirty()).isTrue();
        assertThat(BundleManifest.parse(Files.readAllBytes(c.manifestFile()))).isEqualTo(m);
        try (var top = Files.list(bundle)) {
            assertThat(top.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("manifest.json", "jacoco", "surefire");
        }
    }

    @Test
    void leavesOutTheEvidenceOfEarlierBuilds() throws Exception {
        Path old = project.resolve("target/surefire-reports/TEST-com.acme.util.SaturationTest.xml");
        Files.setLastModifiedTime(old, FileTime.from(START.minusSeconds(60)));

        BundleCollector.Collected c = new BundleCollector().collect(request(dir.resolve("bundle"), START));

        assertThat(c.manifest().files())
                .extracting(BundleManifest.FileEntry::path)
                .doesNotContain("surefire/TEST-com.acme.util.SaturationTest.xml");
        // the fixture's JaCoCo session was dumped on 2026-11-22, before this "build" started
        assertThat(c.manifest().classes()).isEmpty();
        assertThat(c.notes())
                .anyMatch(n -> n.startsWith("surefire report TEST-com.acme.util.SaturationTest.xml is an earlier"))
                .anyMatch(n -> n.contains("JaCoCo session(s) of an earlier build left out"));
    }

    @Test
    void followsNoSymbolicLink() throws Exception {
        Path outside = dir.resolve("outside.xml");
        Files.writeString(outside, "<testsuite/>");
        Files.createSymbolicLink(project.resolve("target/surefire-reports/TEST-link.xml"), outside);

        BundleCollector.Collected c = new BundleCollector().collect(request(dir.resolve("bundle"), null));

        assertThat(c.manifest().files())
                .extracting(BundleManifest.FileEntry::path)
                .doesNotContain("surefire/TEST-link.xml");
        assertThat(c.notes()).anyMatch(n -> n.endsWith("TEST-link.xml is a symbolic link: not followed, left out"));
    }

    @Test
    void replacesAnEarlierBundleButNeverEmptiesADirectoryThatIsNoBundle() throws Exception {
        Path bundle = dir.resolve("bundle");
        new BundleCollector().collect(request(bundle, null));
        Files.writeString(bundle.resolve("surefire/TEST-left-over.xml"), "<testsuite/>");
        new BundleCollector().collect(request(bundle, null));
        assertThat(bundle.resolve("surefire/TEST-left-over.xml")).doesNotExist();

        Path notABundle = dir.resolve("src");
        Files.createDirectories(notABundle);
        Files.writeString(notABundle.resolve("Main.java"), "class Main {}");
        assertThatThrownBy(() -> new BundleCollector().collect(request(notABundle, null)))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining("holds files but no manifest.json, so it is not an earlier bundle and"
                        + " readiness:collect will not empty it");
        assertThat(notABundle.resolve("Main.java")).exists();
    }

    @Test
    void refusesABundleDirectoryThatIsALink() throws Exception {
        Path target = dir.resolve("elsewhere");
        Files.createDirectories(target);
        Path link = Files.createSymbolicLink(dir.resolve("bundle"), target);

        assertThatThrownBy(() -> new BundleCollector().collect(request(link, null)))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining("is a symbolic link; readiness:collect follows no link");
    }

    @Test
    void readsAShardAsIndexOverTotal() {
        assertThat(Shard.parse("2/3", null)).isEqualTo(new Shard(2, 3, null));
        assertThat(Shard.parse(" 1 / 1 ", " ")).isEqualTo(new Shard(1, 1, null));
        assertThat(Shard.parse(null, "x")).isEqualTo(new Shard(1, 1, "x"));
        assertThatThrownBy(() -> Shard.parse("3/2", null)).hasMessageContaining("needs 1 <= INDEX <= TOTAL");
        assertThatThrownBy(() -> Shard.parse("0/2", null)).hasMessageContaining("counted from 1");
        assertThatThrownBy(() -> Shard.parse("two", null)).hasMessageContaining("is not INDEX/TOTAL");
        assertThatThrownBy(() -> Shard.parse("1/2", "a\u001b[31m")).hasMessageStartingWith("readiness.shardLabel:");
    }

    @Test
    void aManifestIsReadStrictly() throws Exception {
        byte[] good = new BundleCollector()
                .collect(request(dir.resolve("bundle"), null))
                .manifest()
                .toJson();
        String json = new String(good, java.nio.charset.StandardCharsets.UTF_8);

        assertThatThrownBy(() -> BundleManifest.parse(
                        json.replace("{\n  \"bundleFormat\" : 1,", "{\n  \"bundleFormat\" : 1, \"bundleFormat\" : 1,")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .hasMessageContaining("not valid JSON (Duplicate field 'bundleFormat'");
        assertThatThrownBy(() -> BundleManifest.parse(json.replace("\"tools\"", "\"extra\" : 1, \"tools\"")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .hasMessageContaining("the document has the unknown field 'extra'");
        assertThatThrownBy(() -> BundleManifest.parse(json.replace("\"jacoco/jacoco.exec\"", "\"/etc/passwd\"")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .hasMessageContaining("path '/etc/passwd' is not a relative path inside the bundle");
        assertThatThrownBy(() -> BundleManifest.parse(json.replace("\"jacoco/jacoco.exec\"", "\"jacoco/..\"")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .hasMessageContaining("is not a relative path inside the bundle");
        assertThatThrownBy(() -> BundleManifest.parse(json.replace("\"jacoco/jacoco.exec\"", "\"jacoco\\\\x.exec\"")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .hasMessageContaining("is not a relative path inside the bundle");
        assertThatThrownBy(() -> BundleManifest.parse(
                        json.substring(0, json.length() / 2).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(
                        () -> BundleManifest.parse("[".repeat(100).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .hasMessageContaining("not valid JSON");
    }
}
