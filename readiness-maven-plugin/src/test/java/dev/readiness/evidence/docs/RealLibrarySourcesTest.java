package dev.readiness.evidence.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.readiness.evidence.EvidenceException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Smoke test on unmodified files of commons-lang3 3.17.0 and Guava 33.4.0 (see the fixtures' README). */
class RealLibrarySourcesTest {
    private static final Path REAL = DocumentationAnalyzerTest.BASE.resolve("real");

    private static DocumentationEvidence analyze(String root) throws EvidenceException {
        return new DocumentationAnalyzer()
                .analyze(new DocumentationRequest(REAL, List.of(Path.of(root)), 17, List.of()));
    }

    @Test
    void commonsLangTuplesAreFullyDocumented() throws EvidenceException {
        DocumentationEvidence evidence = analyze("commons-lang3-3.17.0");

        assertThat(evidence.files()).isEqualTo(7);
        assertThat(evidence.unparsable()).isEmpty();
        assertThat(evidence.total()).isEqualTo(69);
        assertThat(evidence.documented()).isEqualTo(69);
        assertThat(evidence.classes())
                .extracting(ClassDocumentation::className)
                .containsExactly(
                        "org.apache.commons.lang3.tuple.ImmutablePair",
                        "org.apache.commons.lang3.tuple.ImmutableTriple",
                        "org.apache.commons.lang3.tuple.MutablePair",
                        "org.apache.commons.lang3.tuple.MutableTriple",
                        "org.apache.commons.lang3.tuple.Pair",
                        "org.apache.commons.lang3.tuple.Triple");
    }

    @Test
    void guavaFilesListTheirFourUndocumentedElements() throws EvidenceException {
        DocumentationEvidence evidence = analyze("guava-33.4.0-jre");

        assertThat(evidence.files()).isEqualTo(4);
        assertThat(evidence.unparsable()).isEmpty();
        assertThat(evidence.total()).isEqualTo(25);
        assertThat(evidence.documented()).isEqualTo(21);
        assertThat(evidence.classes())
                .extracting(ClassDocumentation::className, ClassDocumentation::documented, ClassDocumentation::total)
                .containsExactly(
                        tuple("com.google.common.collect.BoundType", 2L, 3L),
                        tuple("com.google.common.io.InsecureRecursiveDeleteException", 1L, 2L),
                        tuple("com.google.common.primitives.UnsignedLongs", 17L, 18L),
                        tuple("com.google.common.reflect.TypeParameter", 1L, 2L));
        assertThat(evidence.classes())
                .flatExtracting(ClassDocumentation::undocumented)
                .containsExactly(
                        new UndocumentedElement("field", "CLOSED", 31),
                        new UndocumentedElement("constructor", "InsecureRecursiveDeleteException(String)", 44),
                        new UndocumentedElement("field", "MAX_VALUE", 55),
                        new UndocumentedElement("constructor", "TypeParameter()", 51));
    }
}
