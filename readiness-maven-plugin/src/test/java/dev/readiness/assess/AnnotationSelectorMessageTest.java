package dev.readiness.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.evidence.coverage.AnnotationRetention;
import dev.readiness.evidence.coverage.Counter;
import dev.readiness.evidence.coverage.Coverage;
import dev.readiness.evidence.coverage.CoverageEvidence;
import dev.readiness.evidence.coverage.TagCoverage;
import dev.readiness.evidence.tests.TestClassIndex;
import dev.readiness.evidence.tests.TestEvidence;
import dev.readiness.policy.CounterKind;
import dev.readiness.policy.Policy;
import dev.readiness.policy.PolicyFactory;
import dev.readiness.policy.TagDefinition;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: a tag selecting by a {@code @Retention(SOURCE)} annotation says so instead of "matches no analysed class";
 * an annotation type not among the analysed classes is named as such. (The retention itself is read from the class
 * file in {@code AnnotationRetentionTest}.)
 */
class AnnotationSelectorMessageTest {
    private static final TagDefinition SAFETY = TagDefinition.of(
            "safety-critical", List.of(), List.of("com.acme.Valve"), List.of("com.acme.SafetyCritical"));

    private static Coverage lines(long covered, long missed) {
        Map<CounterKind, Counter> m = new EnumMap<>(CounterKind.class);
        for (CounterKind kind : CounterKind.values()) {
            m.put(kind, new Counter(covered, missed));
        }
        return new Coverage(m);
    }

    private static Assessment evaluate(TagCoverage safety) throws Exception {
        Policy policy = new PolicyFactory().build(List.of(SAFETY), List.of(), List.of(), null, null, null, null);
        CoverageEvidence coverage = new CoverageEvidence(
                List.of(Path.of("target/jacoco.exec")),
                List.of(Path.of("target/classes")),
                3,
                lines(9, 1),
                List.of(),
                Map.of("safety-critical", safety),
                List.of(),
                null);
        Evidence evidence = new Evidence(
                TestEvidence.none(),
                List.of("target/surefire-reports"),
                TestEvidence.none(),
                List.of("target/failsafe-reports"),
                TestClassIndex.empty(),
                List.of("target/test-classes"),
                coverage);
        return new Evaluator()
                .evaluate(
                        policy,
                        evidence,
                        new ProjectInfo("com.acme", "valve", "1"),
                        Instant.parse("2026-11-30T00:00:00Z"));
    }

    private static GateResult safetyGate(Assessment a) {
        return a.gates().stream()
                .filter(g -> g.gate().id().equals("safety-critical-coverage"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aSourceRetainedAnnotationIsNamedAsTheReasonTheTagMatchesNothing() throws Exception {
        TagCoverage nothing = new TagCoverage("safety-critical", List.of(), 0, Coverage.empty(), List.of())
                .withAnnotationRetention(Map.of("com.acme.SafetyCritical", AnnotationRetention.SOURCE));

        GateResult g = safetyGate(evaluate(nothing));

        assertThat(g.status()).isEqualTo(GateStatus.MISSING);
        assertThat(g.blocking()).isTrue();
        assertThat(g.message())
                .endsWith("com.acme.SafetyCritical has @Retention(SOURCE): it is not in the class files, so it cannot"
                        + " select classes; use RetentionPolicy.CLASS or RUNTIME");
    }

    @Test
    void anAnnotationTypeNotAmongTheAnalysedClassesIsSaid() throws Exception {
        TagCoverage nothing = new TagCoverage("safety-critical", List.of(), 0, Coverage.empty(), List.of())
                .withAnnotationRetention(Map.of("com.acme.SafetyCritical", AnnotationRetention.NOT_FOUND));

        GateResult g = safetyGate(evaluate(nothing));

        assertThat(g.status()).isEqualTo(GateStatus.MISSING);
        assertThat(g.message())
                .contains("matches no analysed class")
                .contains("the annotation type com.acme.SafetyCritical was not found among the analysed classes");
    }

    @Test
    void aSourceRetainedAnnotationBesideSelectorsThatMatchIsAWarning() throws Exception {
        TagCoverage some = new TagCoverage(
                        "safety-critical", List.of("com.acme.util.Saturation"), 0, lines(5, 0), List.of())
                .withAnnotationRetention(Map.of("com.acme.SafetyCritical", AnnotationRetention.SOURCE));

        Assessment a = evaluate(some);

        assertThat(safetyGate(a).status()).isEqualTo(GateStatus.PASSED);
        assertThat(a.warnings())
                .contains(
                        "tag 'safety-critical': com.acme.SafetyCritical has @Retention(SOURCE): it is not in the class"
                                + " files, so it cannot select classes; use RetentionPolicy.CLASS or RUNTIME (the tag's other"
                                + " selectors matched 1 class)");
    }
}
