package dev.readiness.assess;

import static dev.readiness.assess.GateFixtures.NO_TESTS;
import static dev.readiness.assess.GateFixtures.evidence;
import static dev.readiness.assess.GateFixtures.gate;
import static dev.readiness.assess.GateFixtures.policy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.evidence.coverage.CoverageEvidence;
import dev.readiness.evidence.docs.ClassDocumentation;
import dev.readiness.evidence.docs.DocumentationEvidence;
import dev.readiness.evidence.docs.UndocumentedElement;
import dev.readiness.evidence.docs.UnparsableFile;
import dev.readiness.policy.Metric;
import dev.readiness.policy.Policy;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The documentation gate on hand-made evidence; {@link BenchmarkAndDocumentationGatesTest} runs it on sources. */
class DocumentationGateTest {
    private static final List<Path> ROOTS = List.of(Path.of("src/main/java"));

    private final DocumentationGate documentationGate = new DocumentationGate();

    private GateResult evaluate(DocumentationEvidence docs) throws Exception {
        Policy policy = policy(List.of());
        Evidence ev = evidence(NO_TESTS, NO_TESTS, CoverageEvidence.missing(List.of(), "none"), null, docs, null);
        return documentationGate.evaluate(gate(policy, "documentation-completeness"), GateContext.of(policy, ev));
    }

    private static DocumentationEvidence docs(
            long documented, long total, List<String> missingFiles, List<UnparsableFile> unparsable) {
        ClassDocumentation a = new ClassDocumentation(
                "com.acme.A",
                Path.of("src/main/java/com/acme/A.java"),
                documented,
                total,
                total == documented ? List.of() : List.of(new UndocumentedElement("method", "run()", 12)));
        return new DocumentationEvidence(ROOTS, 1, documented, total, List.of(a), missingFiles, unparsable, null);
    }

    @Test
    void evaluatesTheDocumentationMetric() {
        assertThat(documentationGate.metric()).isEqualTo(Metric.DOCUMENTATION);
    }

    @Test
    void aShortfallSaysHowManyElementsToDocumentAndWhere() throws Exception {
        GateResult g = evaluate(docs(8, 10, List.of(), List.of()));

        assertThat(g.status()).isEqualTo(GateStatus.FAILED);
        assertThat(g.message())
                .isEqualTo("documentation-completeness: 80.0 % of public API elements documented (8 of 10) < required"
                        + " 90 %");
        assertThat(g.details())
                .containsExactly(
                        "document 1 more public API element (2 of 10 undocumented)",
                        "com.acme.A: 1 undocumented (method run() line 12)");
    }

    @Test
    void aMissingRequiredFileFailsAGateWhoseRatioIsMet() throws Exception {
        GateResult g = evaluate(docs(10, 10, List.of("README.md"), List.of()));

        assertThat(g.status()).isEqualTo(GateStatus.FAILED);
        assertThat(g.value()).isEqualByComparingTo("100");
        assertThat(g.message()).endsWith(">= required 90 %; required file README.md missing");
        assertThat(g.details()).containsExactly("required file missing: README.md");
    }

    @Test
    void anUnparsableFileLeavesTheGateUnmeasuredNeverPassed() throws Exception {
        UnparsableFile bad = new UnparsableFile(Path.of("src/main/java/com/acme/B.java"), 3, "unexpected token");

        GateResult g = evaluate(docs(10, 10, List.of(), List.of(bad)));

        assertThat(g.status()).isEqualTo(GateStatus.MISSING);
        assertThat(g.value()).isNull();
        assertThat(g.message())
                .contains("1 of 1 source files could not be parsed (first: src/main/java/com/acme/B.java line 3");
        assertThat(g.details()).containsExactly("not parsed: src/main/java/com/acme/B.java line 3: unexpected token");
    }

    @Test
    void withoutSourcesOrApiTheGateIsNotConfiguredOrMissing() throws Exception {
        assertThat(evaluate(null).status()).isEqualTo(GateStatus.NOT_CONFIGURED);
        assertThat(evaluate(DocumentationEvidence.missing(ROOTS, "no sources in src/main/java"))
                        .message())
                .isEqualTo("documentation-completeness: MISSING — no sources in src/main/java");
        assertThat(evaluate(docs(0, 0, List.of(), List.of())).message())
                .endsWith("the main sources declare no public or protected API element");
    }
}
