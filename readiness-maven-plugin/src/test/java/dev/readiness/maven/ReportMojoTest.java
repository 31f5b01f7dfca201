package dev.readiness.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.evidence.EvidenceException;
import dev.readiness.report.Assessments;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report} writes the same verdict as {@code check} and never fails the build for it; errors still fail. */
class ReportMojoTest {
    @TempDir
    Path dir;

    @Test
    void aVerdictBelowTheMinimumIsAWarningNotAFailure() {
        StubEngine engine = StubEngine.returning(Assessments.blockedWithLongNames());
        ReportMojo report = new ReportMojo(engine);
        MojoFixture fixture = MojoFixture.configure(report, dir);

        assertThatCode(report::execute).doesNotThrowAnyException();
        assertThat(engine.recorded).hasSize(1);
        assertThat(fixture.output.resolve("readiness.json")).isRegularFile();
        assertThat(fixture.warnings)
                .contains("Readiness level BLOCKED is below CONDITIONAL_READY (the report goal does not fail the"
                        + " build; use readiness:check to enforce it)");
    }

    @Test
    void skipReportAndReadinessSkipSkipTheEngine() throws Exception {
        StubEngine engine = StubEngine.throwing(new IllegalStateException("must not be called"));
        ReportMojo report = new ReportMojo(engine);
        MojoFixture fixture = MojoFixture.configure(report, dir);
        MojoFixture.set(report, "skipReport", true);
        report.execute();
        MojoFixture.set(report, "skipReport", false);
        MojoFixture.set(report, "skip", true);
        report.execute();

        assertThat(engine.assessed).isEmpty();
        assertThat(fixture.infos)
                .containsExactly(
                        "Skipping readiness: readiness.skipReport is true",
                        "Skipping readiness: readiness.skip is true");
    }

    @Test
    void unreadableEvidenceFailsTheReportGoalToo() {
        EvidenceException corrupt = new EvidenceException(
                dir.resolve("target/surefire-reports/TEST-a.xml"), "TEST-a.xml: unexpected end of file at line 3");
        ReportMojo report = new ReportMojo(StubEngine.throwing(corrupt));
        MojoFixture.configure(report, dir);

        assertThatThrownBy(report::execute)
                .isExactlyInstanceOf(MojoExecutionException.class)
                .hasMessage("TEST-a.xml: unexpected end of file at line 3")
                .hasCause(corrupt);
    }
}
