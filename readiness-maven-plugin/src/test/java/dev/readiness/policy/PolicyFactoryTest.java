package dev.readiness.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyFactoryTest {
    private final PolicyFactory factory = new PolicyFactory();

    private Policy build(GateSpec... specs) throws PolicyException {
        return factory.build(List.of(), List.of(), List.of(specs), null, null, null, null);
    }

    private static GateDefinition gate(Policy p, String id) {
        return p.gates().stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void defaultsAreTheEightGatesOfTheDesign() throws Exception {
        Policy p = build();
        assertThat(p.gates())
                .extracting(GateDefinition::id)
                .containsExactly(
                        "overall-test-coverage",
                        "critical-component-coverage",
                        "safety-critical-coverage",
                        "test-pass-rate",
                        "system-compatibility",
                        "performance-benchmarks",
                        "numerical-stability",
                        "documentation-completeness");
        assertThat(p.gates().stream().map(GateDefinition::weight).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("1.00");
        assertThat(gate(p, "safety-critical-coverage").threshold()).isEqualByComparingTo("100");
        assertThat(gate(p, "safety-critical-coverage").critical()).isTrue();
        assertThat(gate(p, "numerical-stability").group()).isEqualTo("stability");
        assertThat(gate(p, "system-compatibility").source()).isEqualTo(TestSource.FAILSAFE);
        assertThat(p.minimumLevel()).isEqualTo(ReadinessLevel.CONDITIONAL_READY);
        assertThat(p.tag("critical"))
                .get()
                .extracting(TagDefinition::configured)
                .isEqualTo(false);
    }

    @Test
    void theDocumentedExampleOverridesAddsAndDisables() throws Exception {
        Policy p = build(
                GateSpec.builder("overall-test-coverage").threshold("80").build(),
                GateSpec.builder("thread-safety")
                        .metric("pass-rate")
                        .group("concurrent")
                        .threshold("100")
                        .weight("0.05")
                        .critical("true")
                        .build(),
                GateSpec.disabled("performance-benchmarks"));
        assertThat(gate(p, "overall-test-coverage").threshold()).isEqualByComparingTo("80");
        assertThat(gate(p, "overall-test-coverage").weight()).isEqualByComparingTo("0.15");
        GateDefinition threadSafety = gate(p, "thread-safety");
        assertThat(threadSafety.metric()).isEqualTo(Metric.PASS_RATE);
        assertThat(threadSafety.source()).isEqualTo(TestSource.SUREFIRE);
        assertThat(threadSafety.group()).isEqualTo("concurrent");
        assertThat(threadSafety.critical()).isTrue();
        assertThat(threadSafety.onMissing()).isEqualTo(OnMissing.FAIL);
        assertThat(p.testGroup("concurrent").tags()).containsExactly("concurrent");
        assertThat(p.userGroups()).containsExactly("concurrent");
        assertThat(gate(p, "performance-benchmarks").enabled()).isFalse();
        assertThat(p.gates()).hasSize(9);
    }

    @Test
    void rejectsEveryInvalidElementAtOnceNamingTheValidValues() {
        assertThatThrownBy(() -> build(
                        GateSpec.builder("made-up")
                                .threshold("50")
                                .weight("0.1")
                                .build(),
                        GateSpec.builder("overall-test-coverage")
                                .threshold("101")
                                .build(),
                        GateSpec.builder("test-pass-rate").weight("-1").build(),
                        GateSpec.ofId("overall-test-coverage"),
                        GateSpec.builder("x")
                                .metric("coverage")
                                .counter("LINES")
                                .threshold("50")
                                .weight("0.1")
                                .build(),
                        GateSpec.builder("y")
                                .metric("coverage")
                                .tag("unknown-tag")
                                .threshold("50")
                                .weight("0.1")
                                .build(),
                        GateSpec.builder("z")
                                .metric("speed")
                                .threshold("50")
                                .weight("0.1")
                                .build()))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("7 problems")
                .hasMessageContaining(
                        "<gate> 'made-up': unknown gate id and no <metric>; default ids are overall-test-coverage")
                .hasMessageContaining("<gate> 'overall-test-coverage': <threshold> 101 is outside 0–100")
                .hasMessageContaining("<gate> 'test-pass-rate': <weight> -1 is negative")
                .hasMessageContaining("<gate> 'overall-test-coverage' is configured twice")
                .hasMessageContaining("<gate> 'x' <counter>: 'LINES' is not valid; valid: instruction, branch, line,"
                        + " complexity, method, class")
                .hasMessageContaining(
                        "<gate> 'y': <tag> 'unknown-tag' is not defined; defined tags: critical, safety-critical")
                .hasMessageContaining("<gate> 'z': unknown <metric> 'speed'; valid: coverage, pass-rate, benchmarks,"
                        + " documentation");
    }

    @Test
    void rejectsScopeElementsOfAnotherMetric() {
        assertThatThrownBy(() ->
                        build(GateSpec.builder("test-pass-rate").tag("critical").build()))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("<tag> applies only to <metric>coverage</metric> and <metric>mutation</metric>");
    }

    @Test
    void aMutationGateTakesATagAndAMeasure() throws Exception {
        Policy p = build(GateSpec.builder("safety-critical-mutation")
                .metric("mutation")
                .tag("safety-critical")
                .measure("strength")
                .threshold("100")
                .weight("0.05")
                .critical("true")
                .build());

        GateDefinition g = gate(p, "safety-critical-mutation");
        assertThat(g.metric()).isEqualTo(Metric.MUTATION);
        assertThat(g.tag()).isEqualTo("safety-critical");
        assertThat(g.measure()).isEqualTo(MutationMeasure.STRENGTH);
        assertThat(g.scope()).isEqualTo("mutants detected of covered mutants in tag 'safety-critical'");
    }

    @Test
    void aMutationGateMeasuresTheScoreByDefault() throws Exception {
        Policy p = build(GateSpec.builder("m")
                .metric("mutation")
                .threshold("60")
                .weight("0.05")
                .build());

        assertThat(gate(p, "m").measure()).isEqualTo(MutationMeasure.SCORE);
        assertThat(gate(p, "m").scope()).isEqualTo("mutants detected of all mutants in all classes");
    }

    @Test
    void rejectsAMeasureOutsideMutationGatesAndAnUnknownMeasure() {
        assertThatThrownBy(() -> build(
                        GateSpec.builder("overall-test-coverage")
                                .measure("score")
                                .build(),
                        GateSpec.builder("m")
                                .metric("mutation")
                                .measure("kills")
                                .threshold("60")
                                .weight("0")
                                .build()))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining(
                        "<gate> 'overall-test-coverage': <measure> applies only to <metric>mutation</metric>, this"
                                + " gate's metric is coverage")
                .hasMessageContaining("<gate> 'm' <measure>: 'kills' is not valid; valid: score, strength");
    }

    @Test
    void noDefaultGateMeasuresMutation() {
        assertThat(PolicyFactory.defaultGates()).noneMatch(g -> g.metric() == Metric.MUTATION);
    }

    @Test
    void rejectsDuplicateTagsAndInvalidSettings() {
        TagDefinition t = TagDefinition.of("critical", List.of("a.**"), List.of(), List.of());
        assertThatThrownBy(
                        () -> factory.build(List.of(t, t), List.of(), List.of(), "ALMOST_READY", "maybe", null, null))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("<tag> 'critical' is defined twice")
                .hasMessageContaining("<minimumLevel>: 'ALMOST_READY' is not valid; valid: blocked, not-ready,"
                        + " needs-improvement, conditional-ready, production-ready")
                .hasMessageContaining("<skippedTests>: 'maybe' is not valid; valid: exclude, fail");
    }

    @Test
    void rejectsAnExactClassMarkWithoutAClassAndOnPackages() {
        TagDefinition t = new TagDefinition(
                "critical",
                List.of("=com.acme"),
                List.of(" = "),
                List.of(),
                List.of(),
                List.of("=com.acme.Outer"),
                List.of());
        assertThatThrownBy(() -> factory.build(List.of(t), List.of(), List.of(), null, null, null, null))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("<tag> 'critical' <classes>: '=' names no class")
                .hasMessageContaining("<tag> 'critical' <packages>: '=com.acme': the leading '='")
                .hasMessageContaining("(2 problems)");
    }

    @Test
    void rejectsAPolicyWhoseEnabledGatesWeighNothing() {
        GateSpec[] zero = PolicyFactory.defaultGates().stream()
                .map(g -> GateSpec.builder(g.id()).weight("0").build())
                .toArray(GateSpec[]::new);
        assertThatThrownBy(() -> build(zero))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("give at least one enabled gate a weight > 0");
    }

    @Test
    void makingAGateCriticalMakesMissingEvidenceBlockUnlessOnMissingSaysOtherwise() throws Exception {
        Policy p = build(
                GateSpec.builder("system-compatibility").critical("true").build(),
                GateSpec.builder("documentation-completeness")
                        .critical("true")
                        .onMissing("warn")
                        .build());
        assertThat(gate(p, "system-compatibility").onMissing()).isEqualTo(OnMissing.FAIL);
        assertThat(gate(p, "documentation-completeness").onMissing()).isEqualTo(OnMissing.WARN);
    }
}
