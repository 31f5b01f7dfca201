package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportFormatTest {
    @Test
    void noNamesMeanTheDefaultFormatsWithSarif() {
        assertThat(ReportFormat.parse(List.of()))
                .containsExactlyInAnyOrder(
                        ReportFormat.JSON,
                        ReportFormat.MARKDOWN,
                        ReportFormat.HTML,
                        ReportFormat.BADGE,
                        ReportFormat.SARIF);
        assertThat(ReportFormat.parse(List.of(" , "))).isEqualTo(ReportFormat.defaults());
    }

    @Test
    void jsonIsAlwaysWrittenAndNamesAreCaseInsensitiveAndCountedOnce() {
        assertThat(ReportFormat.parse(List.of("SARIF, gitlab,sarif", "comment")))
                .containsExactly(ReportFormat.JSON, ReportFormat.SARIF, ReportFormat.GITLAB, ReportFormat.COMMENT);
    }

    @Test
    void allMeansEveryFormat() {
        assertThat(ReportFormat.parse(List.of("all"))).isEqualTo(EnumSet.allOf(ReportFormat.class));
    }

    @Test
    void anUnknownNameFailsListingTheValidOnes() {
        assertThatThrownBy(() -> ReportFormat.parse(List.of("json,pdf,xml")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown report formats 'pdf', 'xml' in readiness.formats: valid are json, md, html,"
                        + " badge, sarif, gitlab, comment and all (json is always written)");
    }
}
