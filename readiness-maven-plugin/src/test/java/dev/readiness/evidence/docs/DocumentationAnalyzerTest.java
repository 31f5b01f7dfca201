package dev.readiness.evidence.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.readiness.evidence.EvidenceException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The counting rules, on the hand-written fixture sources in {@code src/test/resources/docs/api}: each class's
 * expected documented/total is spelled out and derived in the comments.
 */
class DocumentationAnalyzerTest {
    static final Path BASE = Path.of("src/test/resources/docs").toAbsolutePath();
    static final Path API = BASE.resolve("api");

    private static DocumentationEvidence evidence;
    private static Map<String, ClassDocumentation> byName;

    @BeforeAll
    static void analyzeFixtures() throws EvidenceException {
        evidence = new DocumentationAnalyzer()
                .analyze(new DocumentationRequest(BASE, List.of(Path.of("api")), 17, List.of()));
        byName = evidence.classes().stream()
                .collect(Collectors.toMap(ClassDocumentation::className, Function.identity()));
    }

    private static ClassDocumentation type(String simpleName) {
        ClassDocumentation c = byName.get("com.acme." + simpleName);
        assertThat(c).as("API type com.acme.%s", simpleName).isNotNull();
        return c;
    }

    @Test
    void countsEveryFileAndSumsAllApiTypes() {
        assertThat(evidence.available()).isTrue();
        assertThat(evidence.sourceRoots()).containsExactly(API);
        // 10 files: 8 parsable with types, package-info.java, Broken.java
        assertThat(evidence.files()).isEqualTo(10);
        // sum of the per-class expectations below
        assertThat(evidence.total()).isEqualTo(50);
        assertThat(evidence.documented()).isEqualTo(24);
        assertThat(evidence.undocumented()).isEqualTo(26);
    }

    @Test
    void publicAndProtectedMembersCountPackagePrivatePrivateOverridesAnonymousAndLocalDoNot() {
        ClassDocumentation c = type("Visibility");
        // type (doc); fields documentedField (doc), undocumentedField, protectedField (doc);
        // constructors public (doc), protected; methods documented (doc), undocumented, protectedUndocumented,
        // max (doc, generic), empty (generic, varargs), withAnonymous, blockCommented, lineCommented,
        // emptyJavadoc, emptyMultilineJavadoc. Not counted: package/private members, two @Override methods,
        // the anonymous class's field and method, the local class's method.
        assertThat(c.total()).isEqualTo(16);
        assertThat(c.documented()).isEqualTo(6);
        assertThat(c.file()).isEqualTo(API.resolve("com/acme/Visibility.java"));
        assertThat(c.undocumented())
                .extracting(UndocumentedElement::kind, UndocumentedElement::signature, UndocumentedElement::line)
                .containsExactly(
                        tuple("field", "undocumentedField", 11),
                        tuple("constructor", "Visibility(int)", 23),
                        tuple("method", "undocumented()", 30),
                        tuple("method", "protectedUndocumented()", 32),
                        tuple("method", "empty(List<? extends K>, V...)", 53),
                        tuple("method", "withAnonymous()", 58),
                        tuple("method", "blockCommented()", 71),
                        tuple("method", "lineCommented()", 74),
                        tuple("method", "emptyJavadoc()", 77),
                        tuple("method", "emptyMultilineJavadoc()", 82));
    }

    @Test
    void blockAndLineCommentsAndEmptyJavadocDoNotDocument() {
        assertThat(type("Visibility").undocumented())
                .extracting(UndocumentedElement::signature)
                .contains("blockCommented()", "lineCommented()", "emptyJavadoc()", "emptyMultilineJavadoc()")
                .doesNotContain("documented()", "max(T, T)");
    }

    @Test
    void nothingInsideAPackagePrivateTypeIsApiEvenWhenDeclaredPublic() {
        assertThat(byName)
                .doesNotContainKeys(
                        "com.acme.Hidden",
                        "com.acme.Hidden.NestedPublic",
                        "com.acme.Outer.PackageNested",
                        "com.acme.Outer.PackageNested.DeepPublic",
                        "com.acme.Outer.PrivateNested");
    }

    @Test
    void publicAndProtectedNestedTypesHaveTheirOwnEntries() {
        // Outer: the type only (doc)
        assertThat(type("Outer").total()).isEqualTo(1);
        assertThat(type("Outer").documented()).isEqualTo(1);
        // Inner: type (doc), innerMethod, constructor (doc)
        assertThat(type("Outer.Inner").total()).isEqualTo(3);
        assertThat(type("Outer.Inner").documented()).isEqualTo(2);
        assertThat(type("Outer.Inner").undocumented())
                .extracting(UndocumentedElement::signature)
                .containsExactly("innerMethod()");
    }

    @Test
    void interfaceMembersAreImplicitlyPublicExceptPrivateOnes() {
        // Callback (protected): type (doc), call(), VALUE (doc), dflt() (doc), util(); private helper() excluded
        ClassDocumentation callback = type("Outer.Callback");
        assertThat(callback.total()).isEqualTo(5);
        assertThat(callback.documented()).isEqualTo(3);
        assertThat(callback.undocumented())
                .extracting(UndocumentedElement::kind, UndocumentedElement::signature)
                .containsExactly(tuple("method", "call()"), tuple("method", "util()"));
        // Service: type, start(), stop() (doc); its nested class Impl is implicitly public:
        // type, stop(), more(); the @Override start() excluded
        assertThat(type("Service").total()).isEqualTo(3);
        assertThat(type("Service").documented()).isEqualTo(1);
        assertThat(type("Service.Impl").total()).isEqualTo(3);
        assertThat(type("Service.Impl").documented()).isZero();
        assertThat(type("Service.Impl").undocumented())
                .extracting(UndocumentedElement::kind, UndocumentedElement::signature)
                .containsExactly(
                        tuple("type", "com.acme.Service.Impl"), tuple("method", "stop()"), tuple("method", "more()"));
    }

    @Test
    void enumConstantsAreFieldsAndTheImplicitlyPrivateConstructorAndConstantBodiesAreNot() {
        // type (doc), RED (doc), GREEN, BLUE, parse (doc); constructor private, BLUE's body anonymous
        ClassDocumentation colour = type("Colour");
        assertThat(colour.total()).isEqualTo(5);
        assertThat(colour.documented()).isEqualTo(3);
        assertThat(colour.undocumented())
                .extracting(UndocumentedElement::kind, UndocumentedElement::signature, UndocumentedElement::line)
                .containsExactly(tuple("field", "GREEN", 7), tuple("field", "BLUE", 8));
    }

    @Test
    void recordComponentsAreFieldsDocumentedByANonEmptyParamTag() {
        // type (doc), x (@param with text), y (@param without text), z (no tag), ORIGIN (doc),
        // compact constructor (the canonical one: its signature has the header's types), sum() (doc); private helper()
        // excluded
        ClassDocumentation point = type("Point");
        assertThat(point.total()).isEqualTo(7);
        assertThat(point.documented()).isEqualTo(4);
        assertThat(point.undocumented())
                .extracting(UndocumentedElement::kind, UndocumentedElement::signature)
                .containsExactly(
                        tuple("field", "y"), tuple("field", "z"), tuple("constructor", "Point(int, int, int)"));
    }

    @Test
    void annotationTypeElementsAreMethodsAndItsConstantsFields() {
        // type (doc), value() (doc), priority(), NAME
        ClassDocumentation marker = type("Marker");
        assertThat(marker.total()).isEqualTo(4);
        assertThat(marker.documented()).isEqualTo(2);
        assertThat(marker.undocumented())
                .extracting(UndocumentedElement::kind, UndocumentedElement::signature)
                .containsExactly(tuple("method", "priority()"), tuple("field", "NAME"));
    }

    @Test
    void nonAsciiNamesAndCommentsAreReadAsUtf8() {
        // type (doc), länge (doc), breite
        ClassDocumentation c = type("Größe");
        assertThat(c.total()).isEqualTo(3);
        assertThat(c.documented()).isEqualTo(2);
        assertThat(c.file()).isEqualTo(API.resolve("com/acme/Größe.java"));
        assertThat(c.undocumented()).extracting(UndocumentedElement::signature).containsExactly("breite");
    }

    @Test
    void aFileWithASyntaxErrorIsListedWithTheParserLineAndNotCounted() {
        assertThat(evidence.unparsable()).hasSize(1);
        UnparsableFile broken = evidence.unparsable().get(0);
        assertThat(broken.file()).isEqualTo(API.resolve("com/acme/Broken.java"));
        assertThat(broken.line()).isEqualTo(8);
        assertThat(broken.problem()).isNotBlank();
        assertThat(byName).doesNotContainKey("com.acme.Broken");
    }

    @Test
    void packageInfoIsNotCounted() {
        assertThat(byName.keySet()).allMatch(name -> name.startsWith("com.acme."));
        assertThat(evidence.classes()).extracting(ClassDocumentation::className).doesNotContain("com.acme");
    }

    @Test
    void classesAreListedWorstFirstThenByName() {
        assertThat(evidence.classes())
                .extracting(ClassDocumentation::className, c -> c.undocumented().size())
                .containsExactly(
                        tuple("com.acme.Visibility", 10),
                        tuple("com.acme.Point", 3),
                        tuple("com.acme.Service.Impl", 3),
                        tuple("com.acme.Colour", 2),
                        tuple("com.acme.Marker", 2),
                        tuple("com.acme.Outer.Callback", 2),
                        tuple("com.acme.Service", 2),
                        tuple("com.acme.Größe", 1),
                        tuple("com.acme.Outer.Inner", 1),
                        tuple("com.acme.Outer", 0));
    }

    @Test
    void theResultDoesNotDependOnTheThreadCount() throws EvidenceException {
        DocumentationRequest request = new DocumentationRequest(BASE, List.of(Path.of("api")), 17, List.of());
        assertThat(new DocumentationAnalyzer(1).analyze(request)).isEqualTo(evidence);
        assertThat(new DocumentationAnalyzer(3).analyze(request)).isEqualTo(evidence);
    }

    @Test
    void theReleaseSetsTheLanguageLevel() throws EvidenceException {
        DocumentationEvidence java11 = new DocumentationAnalyzer()
                .analyze(new DocumentationRequest(BASE, List.of(Path.of("api")), 11, List.of()));

        assertThat(java11.unparsable())
                .extracting(u -> u.file().getFileName().toString())
                .containsExactly("Broken.java", "Point.java");
        assertThat(java11.total()).isEqualTo(50 - 7);
    }

    @Test
    void anUnknownReleaseParsesAtTheRunningJdksLevel() throws EvidenceException {
        DocumentationEvidence unknown = new DocumentationAnalyzer()
                .analyze(new DocumentationRequest(BASE, List.of(Path.of("api")), 0, List.of()));

        assertThat(unknown).isEqualTo(evidence);
    }

    @Test
    void missingEvidenceHasNoCountsAndIsNotAvailable() {
        DocumentationEvidence missing = DocumentationEvidence.missing(List.of(API), "no sources");

        assertThat(missing.available()).isFalse();
        assertThat(missing.missingReason()).isEqualTo("no sources");
        assertThat(missing.sourceRoots()).containsExactly(API);
        assertThat(missing.total()).isZero();
        assertThat(missing.classes()).isEmpty();
        assertThat(evidence.classes()).isUnmodifiable();
        assertThat(evidence.classes().get(0).undocumented()).isUnmodifiable();
    }
}
