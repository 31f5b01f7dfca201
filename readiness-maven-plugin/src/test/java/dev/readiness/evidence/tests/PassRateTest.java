package dev.readiness.evidence.tests;

import static dev.readiness.evidence.tests.TestOutcome.ERROR;
import static dev.readiness.evidence.tests.TestOutcome.FAILED;
import static dev.readiness.evidence.tests.TestOutcome.FLAKY;
import static dev.readiness.evidence.tests.TestOutcome.PASSED;
import static dev.readiness.evidence.tests.TestOutcome.SKIPPED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassRateTest {
    private static final List<TestCaseResult> MIXED = List.of(
            TestCases.of("b.Z", "skipped", SKIPPED),
            TestCases.of("b.Z", "flaky", FLAKY),
            TestCases.of("b.Z", "failed", FAILED),
            TestCases.of("a.A", "passed", PASSED),
            TestCases.of("b.Z", "error", ERROR),
            TestCases.of("a.A", "failed", FAILED),
            TestCases.of("a.A", "passed2", PASSED));

    @Test
    void countsFollowTheReadinessJsonContract() {
        assertThat(TestCounts.of(MIXED)).isEqualTo(new TestCounts(7, 3, 2, 1, 1, 1));
        assertThat(TestCounts.of(List.of())).isEqualTo(TestCounts.NONE);
    }

    @Test
    void countsRejectInconsistentNumbers() {
        assertThatThrownBy(() -> new TestCounts(5, 5, 1, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("passed must equal");
        assertThatThrownBy(() -> new TestCounts(2, 1, 0, 0, 1, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("flaky");
    }

    @Test
    void byDefaultSkippedAreExcludedAndFlakyPass() {
        PassRate rate = PassRate.of(MIXED, PassRatePolicy.DEFAULT);

        assertThat(rate.passed()).isEqualTo(3);
        assertThat(rate.executed()).isEqualTo(6);
        assertThat(rate.measurable()).isTrue();
        assertThat(rate.percent(1)).isEqualByComparingTo("50.0");
        assertThat(rate.notPassed())
                .extracting(TestCaseResult::outcome, TestCaseResult::displayName)
                .containsExactly(tuple(ERROR, "b.Z.error"), tuple(FAILED, "a.A.failed"), tuple(FAILED, "b.Z.failed"));
    }

    @Test
    void strictPolicyCountsSkippedAndFlakyAsNotPassedWorstFirst() {
        PassRate rate = PassRate.of(MIXED, new PassRatePolicy(true, false));

        assertThat(rate.passed()).isEqualTo(2);
        assertThat(rate.executed()).isEqualTo(7);
        assertThat(rate.notPassed())
                .extracting(TestCaseResult::outcome)
                .containsExactly(ERROR, FAILED, FAILED, FLAKY, SKIPPED);
        assertThat(rate.counts().flaky()).isEqualTo(1);
    }

    @Test
    void notPassedOrderDoesNotDependOnInputOrder() {
        List<TestCaseResult> reversed = new ArrayList<>(MIXED);
        Collections.reverse(reversed);

        assertThat(PassRate.of(reversed, PassRatePolicy.DEFAULT).notPassed())
                .isEqualTo(PassRate.of(MIXED, PassRatePolicy.DEFAULT).notPassed());
    }

    @Test
    void onlySkippedCasesAreNotMeasurable() {
        PassRate rate = PassRate.of(List.of(TestCases.of("a.A", "s", SKIPPED)), PassRatePolicy.DEFAULT);

        assertThat(rate.measurable()).isFalse();
        assertThat(rate.counts().total()).isEqualTo(1);
        assertThatThrownBy(() -> rate.percent(1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not measurable");
        assertThat(PassRate.of(List.of(), PassRatePolicy.DEFAULT).measurable()).isFalse();
    }

    @Test
    void thresholdIsComparedExactlyAndDisplayRoundsDown() {
        List<TestCaseResult> cases = new ArrayList<>();
        for (int i = 0; i < 1999; i++) {
            cases.add(TestCases.of("a.A", "p" + i, PASSED));
        }
        cases.add(TestCases.of("a.A", "f", FAILED));
        cases.add(TestCases.of("a.A", "g", FAILED));

        PassRate rate = PassRate.of(cases, PassRatePolicy.DEFAULT);

        // 1999 / 2001 = 99.9000499...%: displayed 99.9, meets 99.9 but not 99.91
        assertThat(rate.percent(1)).isEqualByComparingTo("99.9");
        assertThat(rate.percent(3)).isEqualByComparingTo("99.900");
        assertThat(rate.meets(new BigDecimal("99.9"))).isTrue();
        assertThat(rate.meets(new BigDecimal("99.91"))).isFalse();
        assertThat(rate.meets(BigDecimal.valueOf(100))).isFalse();
    }

    @Test
    void passRateOfRealFixtures() throws Exception {
        TestEvidence evidence =
                new TestReportReader().read(TestReportReaderTest.FIXTURES, List.of("junit5-surefire-3.6.1"));

        PassRate rate = PassRate.of(evidence.cases(), PassRatePolicy.DEFAULT);

        assertThat(rate.passed()).isEqualTo(12);
        assertThat(rate.executed()).isEqualTo(15);
        assertThat(rate.notPassed())
                .extracting(TestCaseResult::name)
                .containsExactly("errorsOnPurpose", "failsOnPurpose", "nestedFails");
    }
}
