package dev.readiness.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.policy.ReadinessLevel;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** When {@code check} leaves a verdict of a build that skipped tests unenforced (issues 15 and 17). */
class CheckMojoSkippedTestsTest {
    private static final ReadinessLevel MINIMUM = ReadinessLevel.CONDITIONAL_READY;

    @Test
    void aSkipExplainsTheLevelOnlyWhenTheMeasuredGatesMeetTheMinimum() {
        // -DskipTests: the measured gates score 100, the level is NOT_READY only because critical gates were skipped
        assertThat(CheckMojo.belowOnlyBecauseOfSkippedTests(true, BigDecimal.valueOf(100), false, MINIMUM))
                .isTrue();
    }

    @Test
    void aMeasuredShortfallFailsTheBuildSkippedTestsOrNot() {
        // -DskipITs with the unit-test gates far below their thresholds: the skip does not excuse the score
        assertThat(CheckMojo.belowOnlyBecauseOfSkippedTests(true, BigDecimal.valueOf(40), false, MINIMUM))
                .isFalse();
        assertThat(CheckMojo.belowOnlyBecauseOfSkippedTests(true, BigDecimal.valueOf(100), true, MINIMUM))
                .as("a measured critical gate failed")
                .isFalse();
    }

    @Test
    void withoutSkippedGatesNothingIsExcused() {
        assertThat(CheckMojo.belowOnlyBecauseOfSkippedTests(false, BigDecimal.valueOf(100), false, MINIMUM))
                .isFalse();
    }

    @Test
    void nothingMeasuredIsNotExcusedEither() {
        assertThat(CheckMojo.belowOnlyBecauseOfSkippedTests(true, null, false, MINIMUM))
                .isFalse();
    }
}
