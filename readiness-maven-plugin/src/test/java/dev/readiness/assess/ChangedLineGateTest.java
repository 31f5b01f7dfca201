package dev.readiness.assess;

import static dev.readiness.assess.GateFixtures.CRITICAL;
import static dev.readiness.assess.GateFixtures.coverage;
import static dev.readiness.assess.GateFixtures.coverageOnly;
import static dev.readiness.assess.GateFixtures.gate;
import static dev.readiness.assess.GateFixtures.lines;
import static dev.readiness.assess.GateFixtures.policy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.evidence.coverage.ChangedCoverage;
import dev.readiness.evidence.coverage.ChangedCoverage.ChangedFile;
import dev.readiness.evidence.coverage.ChangedCoverage.ChangedScope;
import dev.readiness.evidence.coverage.Counter;
import dev.readiness.evidence.coverage.CoverageEvidence;
import dev.readiness.evidence.coverage.TagCoverage;
import dev.readiness.policy.GateSpec;
import dev.readiness.policy.Policy;
import dev.readiness.policy.PolicyException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Coverage gates with {@code <lines>changed</lines>} on hand-made changed-line evidence. */
class ChangedLineGateTest {
    private static final String ORIGIN = "diff file pr.diff";
    private final CoverageGate coverageGate = new CoverageGate();

    private static GateSpec changed(String id, String threshold, String minLines, String tag, String counter) {
        return GateSpec.builder(id)
                .metric("coverage")
                .lines("changed")
                .minLines(minLines)
                .tag(tag)
                .counter(counter)
                .threshold(threshold)
                .weight("0.05")
                .build();
    }

    private static ChangedFile file(String path, List<Integer> covered, List<Integer> missed) {
        return new ChangedFile(path, covered, missed, List.of(3), List.of(), covered.size(), missed.size());
    }

    /** 8 changed lines with code (6 covered) in all classes, of which 4 (3 covered) in tag 'critical'. */
    private static ChangedCoverage window() {
        ChangedScope all = new ChangedScope(
                new Counter(6, 2),
                new Counter(6, 2),
                List.of(
                        file("src/main/java/com/acme/util/Util.java", List.of(1, 2, 3), List.of()),
                        file("src/main/java/com/acme/control/Smc.java", List.of(10, 11, 12), List.of(14, 15))));
        ChangedScope critical = new ChangedScope(
                new Counter(3, 1),
                new Counter(1, 1),
                List.of(file("src/main/java/com/acme/control/Smc.java", List.of(10, 11, 12), List.of(14))));
        return new ChangedCoverage(
                ORIGIN,
                null,
                all,
                Map.of("critical", critical),
                3,
                List.of("pom.xml"),
                List.of("src/main/java/com/acme/Api.java"));
    }

    private GateResult evaluate(Policy policy, String id, ChangedCoverage changed) {
        CoverageEvidence evidence = coverage(
                        lines(90, 10),
                        Map.of(
                                "critical",
                                new TagCoverage(
                                        "critical", List.of("com.acme.control.Smc"), 0, lines(9, 1), List.of())),
                        List.of())
                .withChanged(changed);
        return coverageGate.evaluate(gate(policy, id), GateContext.of(policy, coverageOnly(evidence)));
    }

    @Test
    void withoutAChangeWindowTheGateIsNotConfigured() throws PolicyException {
        Policy policy = policy(List.of(CRITICAL), changed("changed-code", "80", null, null, null));
        GateResult g = evaluate(policy, "changed-code", null);
        assertThat(g.status()).isEqualTo(GateStatus.NOT_CONFIGURED);
        assertThat(g.message()).contains("readiness.baseRef").contains("readiness.diffFile");
        assertThat(g.blocking()).isFalse();
    }

    @Test
    void anUnreadableWindowIsMissingWithItsFix() throws PolicyException {
        Policy policy = policy(List.of(CRITICAL), changed("changed-code", "80", null, null, null));
        GateResult g = evaluate(
                policy,
                "changed-code",
                ChangedCoverage.missing("base ref origin/main", "git fetch --depth=100 origin main"));
        assertThat(g.status()).isEqualTo(GateStatus.MISSING);
        assertThat(g.message()).contains("git fetch --depth=100 origin main");
    }

    @Test
    void passesAtTheThresholdExactly() throws PolicyException {
        Policy policy = policy(List.of(CRITICAL), changed("changed-code", "75", null, null, null));
        GateResult g = evaluate(policy, "changed-code", window());
        assertThat(g.status()).isEqualTo(GateStatus.PASSED);
        assertThat(g.numerator()).isEqualTo(6);
        assertThat(g.denominator()).isEqualTo(8);
        assertThat(g.message())
                .isEqualTo("changed-code: 75.0 % of changed lines (6 of 8) >= required 75 % in changed lines of all"
                        + " classes (diff file pr.diff)");
    }

    @Test
    void aFailureListsTheUncoveredChangedLinesWorstFileFirst() throws PolicyException {
        Policy policy = policy(List.of(CRITICAL), changed("changed-critical", "95", null, "critical", null));
        GateResult g = evaluate(policy, "changed-critical", window());
        assertThat(g.status()).isEqualTo(GateStatus.FAILED);
        assertThat(g.numerator()).isEqualTo(3);
        assertThat(g.denominator()).isEqualTo(4);
        assertThat(g.details())
                .containsExactly(
                        "cover 1 more changed line (1 of 4 missed)",
                        "src/main/java/com/acme/control/Smc.java:14",
                        "1 changed line without code (blank, comment, declaration or the continuation of a statement)"
                                + " not counted",
                        "changed source files without analysed classes: src/main/java/com/acme/Api.java");
    }

    @Test
    void theBranchCounterMeasuresTheBranchesOfTheChangedLines() throws PolicyException {
        Policy policy =
                policy(List.of(CRITICAL), changed("changed-critical-branches", "100", null, "critical", "BRANCH"));
        GateResult g = evaluate(policy, "changed-critical-branches", window());
        assertThat(g.status()).isEqualTo(GateStatus.FAILED);
        assertThat(g.numerator()).isEqualTo(1);
        assertThat(g.denominator()).isEqualTo(2);
    }

    @Test
    void fewerChangedLinesWithCodeThanMinLinesIsInconclusiveAndNeverBlocks() throws PolicyException {
        GateSpec spec = GateSpec.builder("changed-critical")
                .metric("coverage")
                .lines("changed")
                .minLines("5")
                .tag("critical")
                .threshold("95")
                .weight("0.05")
                .critical("true")
                .build();
        GateResult g = evaluate(policy(List.of(CRITICAL), spec), "changed-critical", window());
        assertThat(g.status()).isEqualTo(GateStatus.INCONCLUSIVE);
        assertThat(g.blocking()).isFalse();
        assertThat(g.value()).isNull();
        assertThat(g.message()).contains("4 changed lines with code in tag 'critical', fewer than <minLines> 5");
        assertThat(g.details()).containsExactly("src/main/java/com/acme/control/Smc.java:14");
    }

    @Test
    void exactlyMinLinesIsJudged() throws PolicyException {
        Policy policy = policy(List.of(CRITICAL), changed("changed-critical", "75", "4", "critical", null));
        assertThat(evaluate(policy, "changed-critical", window()).status()).isEqualTo(GateStatus.PASSED);
    }

    @Test
    void aChangeThatTouchesNoCodeOfTheTierIsInconclusive() throws PolicyException {
        GateSpec spec = GateSpec.builder("changed-critical")
                .metric("coverage")
                .lines("changed")
                .tag("critical")
                .threshold("95")
                .weight("0.05")
                .critical("true")
                .build();
        ChangedCoverage noCritical =
                new ChangedCoverage(ORIGIN, null, window().all(), Map.of(), 3, List.of(), List.of());
        GateResult g = evaluate(policy(List.of(CRITICAL), spec), "changed-critical", noCritical);
        assertThat(g.status()).isEqualTo(GateStatus.INCONCLUSIVE);
        assertThat(g.message()).contains("no changed line with code in tag 'critical'");
        assertThat(g.blocking()).isFalse();
    }

    @Test
    void defaultGatesMeasureAllLinesAndIgnoreTheWindow() throws PolicyException {
        Policy policy = policy(List.of(CRITICAL));
        assertThat(gate(policy, "overall-test-coverage").changedLines()).isFalse();
        GateResult g = evaluate(policy, "overall-test-coverage", window());
        assertThat(g.numerator()).isEqualTo(90);
        assertThat(g.denominator()).isEqualTo(100);
    }
}
