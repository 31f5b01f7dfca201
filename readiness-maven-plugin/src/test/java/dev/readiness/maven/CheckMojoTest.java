package dev.readiness.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.evidence.EvidenceException;
import dev.readiness.report.Assessments;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How {@code check} maps the engine's verdict and errors to Maven's outcome, with a stub engine: a verdict below
 * {@code minimumLevel} is a {@link MojoFailureException} (a warning with {@code failOnViolation=false}); invalid
 * configuration, unreadable evidence, unwritable reports and anything unexpected are
 * {@link MojoExecutionException}s; the skip properties skip the engine.
 */
class CheckMojoTest {
    @TempDir
    Path dir;

    @Test
    void passesAndWritesTheReportsWhenTheLevelMeetsTheMinimum() throws Exception {
        StubEngine engine = StubEngine.returning(Assessments.passing());
        CheckMojo check = new CheckMojo(engine);
        MojoFixture fixture = MojoFixture.configure(check, dir);

        check.execute();

        assertThat(engine.assessed)
                .singleElement()
                .satisfies(r -> assertThat(r.baseDir()).isEqualTo(dir));
        assertThat(engine.recorded).containsExactly(Assessments.passing());
        assertThat(fixture.output.resolve("readiness.json")).isRegularFile();
        assertThat(fixture.infos).anyMatch(line -> line.contains("PRODUCTION_READY"));
        assertThat(fixture.warnings).noneMatch(line -> line.contains("below") || line.contains("NOT enforced"));
    }

    @Test
    void failsTheBuildWithTheVerdictWhenTheLevelIsBelowTheMinimum() {
        CheckMojo check = new CheckMojo(StubEngine.returning(Assessments.notApproved()));
        MojoFixture.configure(check, dir);

        assertThatThrownBy(check::execute)
                .isExactlyInstanceOf(MojoFailureException.class)
                .hasMessageContaining("NEEDS_IMPROVEMENT")
                .hasMessageContaining("CONDITIONAL_READY");
    }

    @Test
    void aBlockedVerdictFailsTheBuildWhateverTheMinimum() {
        CheckMojo check = new CheckMojo(StubEngine.returning(Assessments.blockedWithLongNames()));
        MojoFixture.configure(check, dir);
        MojoFixture.set(check, "minimumLevel", "NOT_READY");

        assertThatThrownBy(check::execute)
                .isExactlyInstanceOf(MojoFailureException.class)
                .hasMessageContaining("BLOCKED");
    }

    @Test
    void onlyWarnsWhenFailOnViolationIsFalse() {
        CheckMojo check = new CheckMojo(StubEngine.returning(Assessments.notApproved()));
        MojoFixture fixture = MojoFixture.configure(check, dir);
        MojoFixture.set(check, "failOnViolation", false);

        assertThatCode(check::execute).doesNotThrowAnyException();
        assertThat(fixture.warnings)
                .anyMatch(line -> line.startsWith(
                        "readiness.failOnViolation is false: the readiness gate was NOT" + " enforced"));
    }

    @Test
    void aFailingVerdictsBlockIsInTheErrorOnlyWithOneLinePointingToIt() {
        CheckMojo check = new CheckMojo(StubEngine.returning(Assessments.notApproved()));
        MojoFixture fixture = MojoFixture.configure(check, dir);

        assertThatThrownBy(check::execute)
                .isExactlyInstanceOf(MojoFailureException.class)
                .satisfies(e -> assertThat(occurrences(e.getMessage(), "Readiness of com.acme:"))
                        .isEqualTo(1));
        assertThat(fixture.infos)
                .noneMatch(line -> line.startsWith("Readiness of "))
                .noneMatch(line -> line.startsWith("Score "))
                .anyMatch(line -> line.startsWith("Verdict of controller: NEEDS_IMPROVEMENT, score ")
                        && line.endsWith(", below the required CONDITIONAL_READY — the verdict and what to fix"
                                + " follow below"));
    }

    @Test
    void anUnenforcedFailingVerdictsBlockIsPrintedOnceAsWarnings() throws Exception {
        CheckMojo check = new CheckMojo(StubEngine.returning(Assessments.notApproved()));
        MojoFixture fixture = MojoFixture.configure(check, dir);
        MojoFixture.set(check, "failOnViolation", false);

        check.execute();

        assertThat(fixture.infos).noneMatch(line -> line.contains("Readiness of "));
        assertThat(fixture.warnings.stream()
                        .mapToLong(line -> occurrences(line, "Readiness of com.acme:"))
                        .sum())
                .isEqualTo(1);
    }

    @Test
    void aPassingVerdictsBlockIsPrintedOnceAsInfo() throws Exception {
        CheckMojo check = new CheckMojo(StubEngine.returning(Assessments.passing()));
        MojoFixture fixture = MojoFixture.configure(check, dir);

        check.execute();

        assertThat(fixture.infos)
                .filteredOn(line -> line.startsWith("Readiness of "))
                .hasSize(1);
        assertThat(fixture.infos).noneMatch(line -> line.startsWith("Verdict of "));
        assertThat(fixture.warnings).noneMatch(line -> line.contains("Readiness of "));
    }

    private static long occurrences(String text, String part) {
        return (text.length() - text.replace(part, "").length()) / part.length();
    }

    @ParameterizedTest
    @ValueSource(strings = {"skip", "skipCheck"})
    void aSkipPropertySkipsTheEngine(String parameter) throws Exception {
        StubEngine engine = StubEngine.throwing(new IllegalStateException("must not be called"));
        CheckMojo check = new CheckMojo(engine);
        MojoFixture fixture = MojoFixture.configure(check, dir);
        MojoFixture.set(check, parameter, true);

        check.execute();

        assertThat(engine.assessed).isEmpty();
        assertThat(fixture.infos).containsExactly("Skipping readiness: readiness." + parameter + " is true");
        assertThat(fixture.output).doesNotExist();
    }

    @Test
    void unreadableEvidenceIsAnExecutionErrorNamingTheFile() {
        EvidenceException corrupt = new EvidenceException(
                dir.resolve("target/jacoco.exec"), "target/jacoco.exec is not a JaCoCo execution data file");
        CheckMojo check = new CheckMojo(StubEngine.throwing(corrupt));
        MojoFixture.configure(check, dir);

        assertThatThrownBy(check::execute)
                .isExactlyInstanceOf(MojoExecutionException.class)
                .hasMessage("target/jacoco.exec is not a JaCoCo execution data file")
                .hasCause(corrupt);
    }

    @Test
    void invalidConfigurationIsAnExecutionErrorBeforeTheEngineRuns() {
        StubEngine engine = StubEngine.returning(Assessments.passing());
        CheckMojo check = new CheckMojo(engine);
        MojoFixture.configure(check, dir);
        MojoFixture.set(check, "minimumLevel", "MOSTLY_READY");

        assertThatThrownBy(check::execute)
                .isExactlyInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("<minimumLevel>: 'MOSTLY_READY' is not valid")
                .hasMessageContaining("conditional-ready");
        assertThat(engine.assessed).isEmpty();
    }

    @Test
    void anUnwritableHistoryIsAnExecutionErrorWithTheRemedy() {
        CheckMojo check = new CheckMojo(
                StubEngine.failingToRecord(Assessments.passing(), new IOException("Read-only file system")));
        MojoFixture.configure(check, dir);

        assertThatThrownBy(check::execute)
                .isExactlyInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("Cannot write the readiness reports")
                .hasMessageContaining("Read-only file system")
                .hasMessageContaining("readiness.skipHistory=true");
    }

    @Test
    void nothingUncheckedEscapes() {
        IllegalStateException bug = new IllegalStateException("a bug in the engine");
        CheckMojo check = new CheckMojo(StubEngine.throwing(bug));
        MojoFixture.configure(check, dir);

        assertThatThrownBy(check::execute)
                .isExactlyInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("readiness failed unexpectedly: ")
                .hasMessageContaining("a bug in the engine")
                .hasCause(bug);
    }
}
