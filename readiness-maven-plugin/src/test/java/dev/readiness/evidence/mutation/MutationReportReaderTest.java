package dev.readiness.evidence.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.evidence.EvidenceException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PIT 1.30.2's mutations.xml read by the hardened reader; the fixtures and commands: src/test/resources/pit. */
class MutationReportReaderTest {
    static final Path PIT = Path.of("src/test/resources/pit");

    private final MutationReportReader reader = new MutationReportReader();

    @TempDir
    Path tmp;

    @Test
    void countsEqualPitsConsoleSummaryOfTheSample() throws Exception {
        List<Mutant> mutants = reader.read(PIT.resolve("sample/mutations.xml"));

        // PIT's console: ">> Generated 117 mutations Killed 97 (83%)", ">> Mutations with no coverage 5. Test strength
        // 87%"
        MutationEvidence.Counts c = MutationEvidence.count(mutants);
        assertThat(c.total()).isEqualTo(117);
        assertThat(c.detected()).isEqualTo(97);
        assertThat(c.total() - c.covered()).isEqualTo(5);
        assertThat(c.byStatus())
                .containsEntry(MutationStatus.KILLED, 97L)
                .containsEntry(MutationStatus.SURVIVED, 15L)
                .containsEntry(MutationStatus.NO_COVERAGE, 5L);
        // PIT's rounded "Test strength 87%": 97 / 112 = 86.6 %
        assertThat(c.detected() * 100 / c.covered()).isEqualTo(86);
    }

    @Test
    void readsEveryFieldOfAMutantWithEscapedMethodNames() throws Exception {
        Mutant first = reader.read(PIT.resolve("sample/mutations.xml")).get(0);

        assertThat(first.sourceFile()).isEqualTo("SlidingModeController.java");
        assertThat(first.mutatedClass()).isEqualTo("com.acme.control.SlidingModeController");
        assertThat(first.mutatedMethod()).isEqualTo("<init>");
        assertThat(first.methodDescription()).isEqualTo("(Lcom/acme/control/ControllerGains;)V");
        assertThat(first.line()).isEqualTo(38);
        assertThat(first.mutatorName()).isEqualTo("NegateConditionals");
        assertThat(first.indexes()).containsExactly(13);
        assertThat(first.blocks()).containsExactly(1);
        assertThat(first.status()).isEqualTo(MutationStatus.KILLED);
        assertThat(first.killingTest()).startsWith("com.acme.control.SlidingModeControllerTest.");
        assertThat(first.description()).isEqualTo("negated conditional");
    }

    @Test
    void readsTheFullMutationMatrixKeepingTheFirstKillingTestOnly() throws Exception {
        List<Mutant> mutants = reader.read(PIT.resolve("matrix/pit-reports/202611300629/mutations.xml"));

        // PIT's console: ">> Generated 20 mutations Killed 15 (75%)"
        assertThat(mutants).hasSize(20);
        assertThat(MutationEvidence.count(mutants).detected()).isEqualTo(15);
        Mutant killed = mutants.stream()
                .filter(m -> m.status() == MutationStatus.KILLED)
                .findFirst()
                .orElseThrow();
        assertThat(killed.killingTest()).doesNotContain("|").contains("SaturationTest");
        assertThat(mutants.get(0).display())
                .isEqualTo("Saturation.java:27 — ConditionalsBoundary: changed conditional boundary (survived)");
    }

    @Test
    void readsATimedOutMutantAsDetectedLikePit() throws Exception {
        List<Mutant> mutants = reader.read(PIT.resolve("statuses/mutations.xml"));

        // PIT's console: ">> Generated 27 mutations Killed 22 (81%)", of them 1 TIMED_OUT
        MutationEvidence.Counts c = MutationEvidence.count(mutants);
        assertThat(c.total()).isEqualTo(27);
        assertThat(c.detected()).isEqualTo(22);
        assertThat(c.byStatus()).containsEntry(MutationStatus.TIMED_OUT, 1L);
    }

    @Test
    void countsEveryPitStatusAsPitsDetectionStatusDoes() throws Exception {
        List<Mutant> mutants = reader.read(PIT.resolve("statuses/every-status.xml"));

        assertThat(mutants).extracting(Mutant::status).containsExactly(MutationStatus.values());
        assertThat(mutants.stream().filter(m -> m.status().detected()).map(Mutant::status))
                .containsExactly(
                        MutationStatus.KILLED,
                        MutationStatus.TIMED_OUT,
                        MutationStatus.NON_VIABLE,
                        MutationStatus.MEMORY_ERROR,
                        MutationStatus.RUN_ERROR,
                        MutationStatus.EQUIVALENT);
        assertThat(mutants.stream().filter(m -> !m.status().covered()).map(Mutant::status))
                .containsExactly(MutationStatus.NO_COVERAGE);
    }

    @Test
    void refusesADoctypeWithoutResolvingIt() throws Exception {
        Path f = write("<?xml version=\"1.0\"?><!DOCTYPE mutations [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<mutations><mutation status='KILLED'><mutatedClass>&x;</mutatedClass></mutation></mutations>");

        assertThatThrownBy(() -> reader.read(f))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining("Refused PIT report " + f)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void namesFileLineAndColumnOfATruncatedReport() throws Exception {
        String whole = Files.readString(PIT.resolve("statuses/mutations.xml"), StandardCharsets.UTF_8);
        Path f = write(whole.substring(0, whole.length() / 2));

        assertThatThrownBy(() -> reader.read(f))
                .isInstanceOf(EvidenceException.class)
                .hasMessageStartingWith("Malformed PIT report " + f + " at line ")
                .hasMessageContaining(", column ")
                .hasMessageContaining("Re-run PIT");
    }

    @Test
    void rejectsAnUnknownStatusNamingTheValidOnes() throws Exception {
        Path f = write("<mutations>\n<mutation status='ZAPPED'><mutatedClass>a.B</mutatedClass>"
                + "<lineNumber>1</lineNumber></mutation></mutations>");

        assertThatThrownBy(() -> reader.read(f))
                .hasMessageContaining("at line 2, column")
                .hasMessageContaining("unknown mutation status 'ZAPPED'")
                .hasMessageContaining("KILLED, SURVIVED");
    }

    @Test
    void rejectsANonNumericLine() throws Exception {
        Path f = write("<mutations><mutation status='KILLED'><mutatedClass>a.B</mutatedClass>"
                + "<lineNumber>x</lineNumber></mutation></mutations>");

        assertThatThrownBy(() -> reader.read(f)).hasMessageContaining("<lineNumber> 'x'");
    }

    @Test
    void rejectsAnotherXmlFileAsNotAPitReport() throws Exception {
        Path f = write("<testsuite name='x'/>");

        assertThatThrownBy(() -> reader.read(f)).hasMessageContaining("root element is <testsuite>");
    }

    @Test
    void rejectsAnEmptyFile() throws Exception {
        Path f = write("");

        assertThatThrownBy(() -> reader.read(f)).hasMessageContaining("Malformed PIT report " + f);
    }

    @Test
    void keepsAtMostALimitedTextOfAHugeElement() throws Exception {
        String huge = "a".repeat(MutationReportReader.MAX_TEXT_CHARS * 4);
        Path f = write("<mutations><mutation status='SURVIVED'><mutatedClass>com.acme.B</mutatedClass>"
                + "<lineNumber>3</lineNumber><description>" + huge + "</description></mutation></mutations>");

        Mutant m = reader.read(f).get(0);

        assertThat(m.description()).hasSize(MutationReportReader.MAX_TEXT_CHARS);
    }

    @Test
    void anEmptyReportHasNoMutants() throws Exception {
        Path f = write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<mutations partial=\"true\">\n</mutations>\n");

        assertThat(reader.read(f)).isEmpty();
    }

    private Path write(String content) throws Exception {
        Path f = tmp.resolve("mutations.xml");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }
}
