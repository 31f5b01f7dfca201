package dev.readiness.evidence.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.evidence.EvidenceException;
import dev.readiness.policy.TagDefinition;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataWriter;
import org.jacoco.core.data.SessionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Missing, unreadable and hostile inputs: missing is an outcome, unreadable is an EvidenceException naming the file. */
class CoverageAnalyzerErrorsTest {
    private final CoverageAnalyzer analyzer = new CoverageAnalyzer();

    @TempDir
    Path dir;

    private CoverageRequest requestWithExec(byte[] exec) throws IOException {
        Files.write(dir.resolve("jacoco.exec"), exec);
        return Fixtures.request(dir, List.of("jacoco.exec"), List.of(Fixtures.BASIC_CLASSES), List.of());
    }

    private static byte[] realExec() throws IOException {
        return Files.readAllBytes(Fixtures.BASIC_EXEC);
    }

    @Test
    void noExecFileIsMissingWithTheLocationAndHowToAttachTheAgent() throws EvidenceException {
        CoverageEvidence evidence = analyzer.analyze(CoverageRequest.defaults(dir, List.of()));

        assertThat(evidence.available()).isFalse();
        assertThat(evidence.missingReason())
                .contains("target/jacoco*.exec")
                .contains(dir.toString())
                .contains("prepare-agent")
                .contains("<artifactId>jacoco-maven-plugin</artifactId>")
                .contains("@{argLine}")
                .contains("readiness.execFiles");
        assertThat(evidence.execFiles()).containsExactly(dir.resolve("target/jacoco*.exec"));
        assertThat(evidence.tags()).isEmpty();
        assertThat(evidence.overall()).isEqualTo(Coverage.empty());
    }

    @Test
    void execWithoutClassDirectoryIsMissingAndNamesTheDirectory() throws Exception {
        Files.createDirectories(dir.resolve("target"));
        Files.copy(Fixtures.BASIC_EXEC, dir.resolve("target/jacoco.exec"));

        CoverageEvidence evidence = analyzer.analyze(CoverageRequest.defaults(dir, List.of()));

        assertThat(evidence.available()).isFalse();
        assertThat(evidence.missingReason())
                .contains(dir.resolve("target/classes").toString())
                .contains("run mvn verify so classes are compiled")
                .contains("readiness.classesDirectories");
        assertThat(evidence.execFiles()).containsExactly(dir.resolve("target/jacoco.exec"));
        // issue 17: a test-only module has no class directory; the advice says so before "compile"
        assertThat(evidence.missingReason())
                .contains("do not exist. A module without main classes (e.g. one that only holds tests of another"
                        + " module) has nothing to cover here");
    }

    @Test
    void execWithAnEmptyClassDirectoryIsMissing() throws Exception {
        Files.createDirectories(dir.resolve("target/classes/META-INF"));
        Files.copy(Fixtures.BASIC_EXEC, dir.resolve("target/jacoco-it.exec"));

        CoverageEvidence evidence = analyzer.analyze(CoverageRequest.defaults(dir, List.of()));

        assertThat(evidence.available()).isFalse();
        assertThat(evidence.missingReason()).contains("contain no class files");
    }

    @Test
    void brokenExecIsReportedEvenWithoutClasses() throws IOException {
        Files.write(dir.resolve("jacoco.exec"), new byte[0]);
        CoverageRequest request =
                Fixtures.request(dir, List.of("jacoco.exec"), List.of(Path.of("target/classes")), List.of());

        assertThatThrownBy(() -> analyzer.analyze(request))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining("is empty (0 bytes)");
    }

    @Test
    void randomBytesAreRejectedAsNotAnExecFile() throws IOException {
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        random[0] = 0x2A; // not the header block, whatever the seed gives
        CoverageRequest request = requestWithExec(random);

        assertThatThrownBy(() -> analyzer.analyze(request))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining(dir.resolve("jacoco.exec").toString())
                .hasMessageContaining("Invalid execution data file")
                .hasMessageContaining("prepare-agent");
    }

    @Test
    void validHeaderFollowedByGarbageIsRejectedNamingTheFile() throws IOException {
        byte[] real = realExec();
        byte[] hostile = Arrays.copyOf(real, 4096);
        byte[] garbage = new byte[4096 - 5];
        new Random(11).nextBytes(garbage);
        System.arraycopy(garbage, 0, hostile, 5, garbage.length);
        CoverageRequest request = requestWithExec(hostile);

        assertThatThrownBy(() -> analyzer.analyze(request))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining(dir.resolve("jacoco.exec").toString())
                .hasMessageContaining("Delete the file and run mvn verify again");
    }

    @Test
    void hostileProbeCountIsRejectedBeforeAnythingIsAllocated() throws IOException {
        ByteArrayOutputStream hostile = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(hostile);
        out.write(ExecutionDataWriter.getFileHeader());
        out.writeByte(ExecutionDataWriter.BLOCK_EXECUTIONDATA);
        out.writeLong(42L);
        out.writeUTF("com/acme/Huge");
        // var-int 0x7FFFFFFF: JaCoCo would allocate a 2 GiB boolean[] before noticing the file is short.
        out.write(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x07});
        out.flush();
        CoverageRequest request = requestWithExec(hostile.toByteArray());

        assertThatThrownBy(() -> analyzer.analyze(request))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining(dir.resolve("jacoco.exec").toString())
                .hasMessageContaining("declares 2147483647 probes");
    }

    @Test
    void truncatedExecSaysTheJvmWasProbablyKilled() throws IOException {
        byte[] real = realExec();
        CoverageRequest request = requestWithExec(Arrays.copyOf(real, real.length / 2));

        assertThatThrownBy(() -> analyzer.analyze(request))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining(dir.resolve("jacoco.exec").toString())
                .hasMessageContaining("is truncated")
                .hasMessageContaining("killed");
    }

    /**
     * JaCoCo itself reads a 0-byte file as "no data" and would report 0 %. The agent creates the file when the test
     * JVM starts, so an empty file means that JVM died before writing: we reject it rather than invent 0 %.
     */
    @Test
    void emptyExecIsRejectedRatherThanReadAsZeroCoverage() throws IOException {
        CoverageRequest request = requestWithExec(new byte[0]);

        assertThatThrownBy(() -> analyzer.analyze(request))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining(dir.resolve("jacoco.exec").toString())
                .hasMessageContaining("is empty (0 bytes)");
    }

    @Test
    void execOfAnotherFormatVersionNamesTheAgentMismatch() throws IOException {
        byte[] exec = realExec();
        // Header block: 0x01, magic 0xC0C0, format version (char). 0x1006 is what JaCoCo 0.7.4 and older wrote.
        assertThat(exec[0]).isEqualTo((byte) 0x01);
        exec[3] = 0x10;
        exec[4] = 0x06;
        CoverageRequest request = requestWithExec(exec);

        assertThatThrownBy(() -> analyzer.analyze(request))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining(dir.resolve("jacoco.exec").toString())
                .hasMessageContaining("format version 0x1006")
                .hasMessageContaining("reads format 0x1007")
                .hasMessageContaining("jacoco-maven-plugin 0.8.15");
    }

    @Test
    void brokenExecAmongSeveralIsTheOneNamed() throws IOException {
        Files.copy(Fixtures.BASIC_EXEC, dir.resolve("jacoco-a.exec"));
        Files.write(dir.resolve("jacoco-b.exec"), new byte[0]);
        CoverageRequest request =
                Fixtures.request(dir, List.of("jacoco*.exec"), List.of(Fixtures.BASIC_CLASSES), List.of());

        assertThatThrownBy(() -> analyzer.analyze(request))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining("jacoco-b.exec")
                .hasMessageNotContaining("jacoco-a.exec");
    }

    @Test
    void execFilesDisagreeingAboutOneClassAreRejectedNamingTheClass() throws IOException {
        // Same class id and name, different probe counts (the writer skips records without any hit).
        writeExec(dir.resolve("jacoco-a.exec"), new ExecutionData(42L, "com/acme/Shared", new boolean[] {true, false}));
        writeExec(
                dir.resolve("jacoco-b.exec"),
                new ExecutionData(42L, "com/acme/Shared", new boolean[] {true, false, true}));
        CoverageRequest request =
                Fixtures.request(dir, List.of("jacoco*.exec"), List.of(Fixtures.BASIC_CLASSES), List.of());

        assertThatThrownBy(() -> analyzer.analyze(request))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining("jacoco-b.exec")
                .hasMessageContaining("com/acme/Shared")
                .hasMessageContaining("different builds");
    }

    private static void writeExec(Path file, ExecutionData data) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            ExecutionDataWriter writer = new ExecutionDataWriter(out);
            writer.visitSessionInfo(new SessionInfo("test", 0, 1));
            writer.visitClassExecution(data);
            writer.flush();
        }
    }

    @Test
    void invalidClassFileIsRejectedNamingIt() throws IOException {
        Path classes = dir.resolve("classes/com/acme");
        Files.createDirectories(classes);
        Files.write(classes.resolve("Broken.class"), new byte[] {(byte) 0xCA, (byte) 0xFE, 0x00});
        Files.copy(Fixtures.BASIC_EXEC, dir.resolve("jacoco.exec"));
        CoverageRequest request = Fixtures.request(dir, List.of("jacoco.exec"), List.of(Path.of("classes")), List.of());

        assertThatThrownBy(() -> analyzer.analyze(request))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining(classes.resolve("Broken.class").toString())
                .hasMessageContaining("mvn clean verify");
    }

    /**
     * Without annotation selectors the annotation scan is skipped (it is only run on a file JaCoCo rejects): the
     * message is the same either way.
     */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void invalidClassFileIsNamedNotAClassFileWithOrWithoutAnnotationTags(boolean annotationTag) throws IOException {
        Path classes = dir.resolve("classes/com/acme");
        Files.createDirectories(classes);
        Files.write(classes.resolve("Broken.class"), new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE});
        Files.copy(Fixtures.BASIC_EXEC, dir.resolve("jacoco.exec"));
        List<TagDefinition> tags = annotationTag
                ? List.of(TagDefinition.of("safety", List.of(), List.of(), List.of("com.acme.SafetyCritical")))
                : List.of(TagDefinition.of("critical", List.of("com.acme.**"), List.of(), List.of()));
        CoverageRequest request = Fixtures.request(dir, List.of("jacoco.exec"), List.of(Path.of("classes")), tags);

        assertThatThrownBy(() -> analyzer.analyze(request))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining("Class file " + classes.resolve("Broken.class") + " is not a valid class file")
                .hasMessageContaining("mvn clean verify");
    }

    @Test
    void twoDifferentBuildsOfOneClassAreRejectedInParallelToo() {
        CoverageRequest request = new CoverageRequest(
                Fixtures.ROOT,
                List.of("basic/jacoco.exec"),
                List.of(Path.of("basic/classes"), Path.of("stale/classes")),
                List.of(),
                4);

        assertThatThrownBy(() -> analyzer.analyze(request))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining("com.acme.alarm.Alarm is found twice with different bytecode")
                .hasMessageContaining("Alarm.class");
    }
}
