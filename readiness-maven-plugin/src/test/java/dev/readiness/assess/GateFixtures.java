package dev.readiness.assess;

import dev.readiness.evidence.StaleEvidence;
import dev.readiness.evidence.bench.BenchmarkEvidence;
import dev.readiness.evidence.coverage.Counter;
import dev.readiness.evidence.coverage.Coverage;
import dev.readiness.evidence.coverage.CoverageEvidence;
import dev.readiness.evidence.coverage.Offender;
import dev.readiness.evidence.coverage.TagCoverage;
import dev.readiness.evidence.docs.DocumentationEvidence;
import dev.readiness.evidence.tests.TestCaseResult;
import dev.readiness.evidence.tests.TestClassIndex;
import dev.readiness.evidence.tests.TestEvidence;
import dev.readiness.evidence.tests.TestOutcome;
import dev.readiness.policy.CounterKind;
import dev.readiness.policy.GateDefinition;
import dev.readiness.policy.GateSpec;
import dev.readiness.policy.Policy;
import dev.readiness.policy.PolicyException;
import dev.readiness.policy.PolicyFactory;
import dev.readiness.policy.TagDefinition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Hand-made evidence and policies for the unit tests of the single gates ({@code *GateTest}). */
final class GateFixtures {
    static final TagDefinition CRITICAL =
            TagDefinition.of("critical", List.of("com.acme.control.**"), List.of(), List.of());
    static final TestEvidence NO_TESTS = new TestEvidence(List.of(), List.of(), List.of(), List.of());

    private GateFixtures() {}

    /** The default policy with the given tags and overrides. */
    static Policy policy(List<TagDefinition> tags, GateSpec... overrides) throws PolicyException {
        return new PolicyFactory().build(tags, List.of(), List.of(overrides), null, null, null, null);
    }

    /** A default gate with another {@code onMissing}. */
    static GateSpec onMissing(String id, String onMissing) {
        return GateSpec.builder(id).onMissing(onMissing).build();
    }

    /** A default gate, disabled. */
    static GateSpec disabled(String id) {
        return GateSpec.disabled(id);
    }

    static GateDefinition gate(Policy policy, String id) {
        return policy.gates().stream()
                .filter(g -> g.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** LINE as given, BRANCH half covered, every other counter empty. */
    static Coverage lines(long covered, long missed) {
        Map<CounterKind, Counter> m = new EnumMap<>(CounterKind.class);
        for (CounterKind kind : CounterKind.values()) {
            m.put(kind, new Counter(0, 0));
        }
        m.put(CounterKind.LINE, new Counter(covered, missed));
        m.put(CounterKind.BRANCH, new Counter(covered / 2, missed));
        return new Coverage(m);
    }

    static CoverageEvidence coverage(Coverage overall, Map<String, TagCoverage> tags, List<Offender> offenders) {
        return new CoverageEvidence(
                List.of(Path.of("target/jacoco.exec")),
                List.of(Path.of("target/classes")),
                10,
                overall,
                offenders,
                tags,
                List.of(),
                null);
    }

    /** One case of {@code com.acme.FooTest} per outcome; a flaky case passed after one rerun. */
    static TestEvidence tests(TestOutcome... outcomes) {
        List<TestCaseResult> cases = new ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            cases.add(new TestCaseResult(
                    "com.acme.FooTest",
                    "case" + i,
                    outcomes[i],
                    outcomes[i] == TestOutcome.FLAKY ? 1 : 0,
                    1000,
                    outcomes[i] == TestOutcome.PASSED ? null : "expected <1> but was <2>",
                    Path.of("TEST-com.acme.FooTest.xml")));
        }
        return new TestEvidence(List.of(Path.of("TEST-com.acme.FooTest.xml")), List.of(), cases, List.of());
    }

    static Evidence evidence(
            TestEvidence surefire,
            TestEvidence failsafe,
            CoverageEvidence coverage,
            BenchmarkEvidence benchmarks,
            DocumentationEvidence documentation,
            EvidenceScope scope) {
        return new Evidence(
                        surefire,
                        List.of("target/surefire-reports"),
                        failsafe,
                        List.of("target/failsafe-reports"),
                        TestClassIndex.empty(),
                        List.of("target/test-classes"),
                        coverage)
                .withBenchmarks(benchmarks)
                .withDocumentation(documentation)
                .withScope(scope);
    }

    static Evidence coverageOnly(CoverageEvidence coverage) {
        return evidence(NO_TESTS, NO_TESTS, coverage, null, null, null);
    }

    static Evidence testsOnly(TestEvidence surefire, TestEvidence failsafe) {
        return evidence(surefire, failsafe, CoverageEvidence.missing(List.of(), "none"), null, null, null);
    }

    /** A scope in which this build skipped the Surefire and/or Failsafe tests by the given property. */
    static EvidenceScope skipped(String surefireSkippedBy, String failsafeSkippedBy) {
        return new EvidenceScope(
                "build-start", null, null, StaleEvidence.EXCLUDE, 0, List.of(), surefireSkippedBy, failsafeSkippedBy);
    }
}
