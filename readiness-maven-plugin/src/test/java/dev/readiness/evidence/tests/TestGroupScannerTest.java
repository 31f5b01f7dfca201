package dev.readiness.evidence.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.evidence.EvidenceException;
import dev.readiness.evidence.tests.fixtures.DerivedFixture;
import dev.readiness.policy.TestGroupDefinition;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestGroupScannerTest {
    private static Path classes;
    private static final String DERIVED = "dev.readiness.evidence.tests.fixtures.DerivedFixture";
    private static final String OUTER = "dev.readiness.evidence.tests.fixtures.OuterFixture";

    private static TestClassIndex fixtures;

    @BeforeAll
    static void scanFixtures(@TempDir Path dir) throws Exception {
        fixtures = new TestGroupScanner().scan(List.of(fixturesDirectory()));
        classes = materialiseClassFixtures(dir);
    }

    /**
     * The real class files are committed as {@code *.class.bin} (else Surefire would try to run them as this module's
     * tests); they are copied back to {@code *.class} for the scanner.
     */
    private static Path materialiseClassFixtures(Path dir) throws IOException {
        Path source = TestReportReaderTest.FIXTURES.resolve("classes");
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path file :
                    walk.filter(p -> p.toString().endsWith(".class.bin")).toList()) {
                String relative = source.relativize(file).toString();
                Path target = dir.resolve(relative.substring(0, relative.length() - ".bin".length()));
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        return dir;
    }

    @Test
    void readsClassTagsFromTheClassItsSuperclassAndItsInterfaces() {
        assertThat(fixtures.tagsOf(DERIVED, "untagged")).containsExactly("base", "derived", "from-interface");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "explicitContainer|a,b",
                "repeatedTags()|c,d",
                "composed|fast",
                "composedTwice(int)[1]|fast,stability",
                "composedTwice(String)[2]|fast,stability",
                "inheritedCheck|inherited-method"
            })
    void readsMethodTagsDirectRepeatedComposedAndInherited(String caseName, String methodTags) {
        List<String> expected = new ArrayList<>(List.of("base", "derived", "from-interface"));
        expected.addAll(List.of(methodTags.split(",")));

        assertThat(fixtures.tagsOf(DERIVED, caseName)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aNestedClassInheritsTheTagsOfItsEnclosingClassButAStaticMemberDoesNot() {
        assertThat(fixtures.tagsOf(OUTER, "anything")).containsExactly("fast", "outer", "stability");
        assertThat(fixtures.tagsOf(OUTER + "$Inner", "check"))
                .containsExactly("fast", "inner-method", "outer", "stability");
        assertThat(fixtures.tagsOf(OUTER + "$Member", "check")).isEmpty();
    }

    @Test
    void unknownClassesAndUntaggedClassesHaveNoTags() {
        assertThat(fixtures.tagsOf("com.acme.Unknown", "x")).isEmpty();
        assertThat(fixtures.tagsOf("dev.readiness.evidence.tests.fixtures.PlainFixture", "check"))
                .isEmpty();
        assertThat(fixtures.isEmpty()).isFalse();
    }

    @Test
    void readsJUnit5TagsOfARealSurefireProject() throws Exception {
        TestClassIndex index = new TestGroupScanner().scan(List.of(classes.resolve("junit5")));
        TestEvidence evidence = new TestReportReader()
                .read(TestReportReaderTest.FIXTURES, List.of("junit5-surefire-3.6.1", "junit5-failsafe-3.6.1"));

        List<TestCaseResult> stability = index.members(TestGroupDefinition.ofTag("stability"), evidence.cases());
        List<TestCaseResult> slow = index.members(TestGroupDefinition.ofTag("slow"), evidence.cases());

        // the class tag reaches every case of CalculatorTest, its @Nested class and parameterized/repeated cases
        assertThat(stability)
                .hasSize(16)
                .allSatisfy(c -> assertThat(c.className()).startsWith("com.acme.calc.CalculatorTest"));
        assertThat(slow).extracting(TestCaseResult::name).containsExactly("nestedFails");
        assertThat(index.tagsOf("com.acme.calc.ÜberTest", "größe")).isEmpty();
    }

    @Test
    void phrasedCaseNamesKeepTheirClassTagsAndMapMethodsWhenTheNameStartsWithTheMethod() throws Exception {
        TestClassIndex index = new TestGroupScanner().scan(List.of(classes.resolve("junit5")));
        TestEvidence phrased =
                new TestReportReader().read(TestReportReaderTest.FIXTURES, List.of("junit5-phrased-surefire-3.6.1"));

        assertThat(index.members(TestGroupDefinition.ofTag("stability"), phrased.cases()))
                .hasSize(16);
        assertThat(index.members(TestGroupDefinition.ofTag("slow"), phrased.cases()))
                .extracting(TestCaseResult::name)
                .containsExactly("nestedFails");
    }

    @Test
    void readsJUnit4CategoriesBySimpleQualifiedAndBinaryName() throws Exception {
        TestClassIndex index = new TestGroupScanner().scan(List.of(classes.resolve("junit4")));

        assertThat(index.tagsOf("com.acme.legacy.LegacyTest", "passes"))
                .containsExactly("SlowTests", "com.acme.legacy.SlowTests");
        assertThat(index.tagsOf("com.acme.legacy.MethodCategoryTest", "queries"))
                .containsExactlyInAnyOrder(
                        "Db",
                        "com.acme.legacy.Categories$Db",
                        "com.acme.legacy.Categories.Db",
                        "SlowTests",
                        "com.acme.legacy.SlowTests");
        assertThat(index.tagsOf("com.acme.legacy.MethodCategoryTest", "plain")).isEmpty();
        // a sub-category belongs to its super-category, as with JUnit 4's @IncludeCategory
        assertThat(index.tagsOf("com.acme.legacy.MethodCategoryTest", "fastQuery"))
                .containsExactlyInAnyOrder(
                        "FastDb",
                        "com.acme.legacy.Categories$FastDb",
                        "com.acme.legacy.Categories.FastDb",
                        "Db",
                        "com.acme.legacy.Categories$Db",
                        "com.acme.legacy.Categories.Db");
        // JUnit 4 has no @Nested: a static member class does not inherit the enclosing class's category
        assertThat(index.tagsOf("com.acme.legacy.LegacyTest$Inner", "innerPasses"))
                .isEmpty();
    }

    @Test
    void readsTestNgGroupsOnClassAndMethodAndMapsDataProviderCases() throws Exception {
        TestClassIndex index = new TestGroupScanner().scan(List.of(classes.resolve("testng")));
        TestEvidence evidence = new TestReportReader().read(TestReportReaderTest.FIXTURES, List.of("testng-*"));

        assertThat(index.tagsOf("com.acme.ng.EngineTest", "starts")).containsExactly("engine", "fast", "stability");
        assertThat(index.tagsOf("com.acme.ng.EngineTest", "runsAt(int)[1]")).containsExactly("engine");
        assertThat(index.members(TestGroupDefinition.ofTag("engine"), evidence.cases()))
                .hasSize(5);
        assertThat(index.members(TestGroupDefinition.ofTag("stability"), evidence.cases()))
                .extracting(TestCaseResult::name)
                .containsExactly("starts");
    }

    @Test
    void scansSeveralDirectoriesAndSkipsMissingOnes(@TempDir Path dir) throws Exception {
        TestClassIndex index = new TestGroupScanner()
                .scan(List.of(classes.resolve("junit4"), dir.resolve("missing"), classes.resolve("testng")));

        assertThat(index.tagsOf("com.acme.ng.EngineTest", "stops")).containsExactly("engine");
        assertThat(index.tagsOf("com.acme.legacy.LegacyTest", "fails")).contains("SlowTests");
    }

    @Test
    void noDirectoryGivesAnEmptyIndex(@TempDir Path dir) throws Exception {
        assertThat(new TestGroupScanner().scan(List.of(dir.resolve("nope"))).isEmpty())
                .isTrue();
        assertThat(new TestGroupScanner().scan(List.of(dir)).isEmpty()).isTrue();
        assertThat(TestClassIndex.empty().tagsOf("a.B", "c")).isEmpty();
    }

    @Test
    void aCorruptClassFileIsAnEvidenceExceptionNamingIt(@TempDir Path dir) throws Exception {
        Path corrupt = Files.write(dir.resolve("Broken.class"), new byte[] {(byte) 0xCA, (byte) 0xFE, 1, 2});

        assertThatThrownBy(() -> new TestGroupScanner().scan(List.of(dir)))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining(corrupt.toString())
                .hasMessageContaining("mvn clean verify");
    }

    @Test
    void groupsByClassNameGlobs() {
        List<TestCaseResult> cases = List.of(
                TestCases.passed("com.acme.OrderIT", "a"),
                TestCases.passed("com.acme.sub.PaymentIT", "b"),
                TestCases.passed("com.acme.OrderTest", "c"),
                TestCases.passed("com.acme.stability.DriftTest$WhenHot", "d"),
                TestCases.passed("stability.RootTest", "e"),
                TestCases.passed("com.acme.stability.deep.X", "f"));
        TestClassIndex index = TestClassIndex.empty();

        assertThat(index.members(new TestGroupDefinition("it", List.of(), List.of("com.acme.*IT")), cases))
                .extracting(TestCaseResult::name)
                .containsExactly("a");
        assertThat(index.members(new TestGroupDefinition("it", List.of(), List.of("com.acme.**IT")), cases))
                .extracting(TestCaseResult::name)
                .containsExactly("a", "b");
        assertThat(index.members(new TestGroupDefinition("s", List.of(), List.of("**.stability.*")), cases))
                .extracting(TestCaseResult::name)
                .containsExactly("d", "e");
        assertThat(index.members(new TestGroupDefinition("q", List.of(), List.of("com.acme.Order????")), cases))
                .extracting(TestCaseResult::name)
                .containsExactly("c");
    }

    @Test
    void aGroupMatchesByTagOrByClassGlob() {
        List<TestCaseResult> cases = List.of(
                TestCases.passed(DERIVED, "composed"),
                TestCases.passed(DERIVED, "untagged"),
                TestCases.passed("com.acme.SoakIT", "x"));

        List<TestCaseResult> members =
                fixtures.members(new TestGroupDefinition("mixed", List.of("fast"), List.of("com.acme.*IT")), cases);

        assertThat(members).extracting(TestCaseResult::name).containsExactly("composed", "x");
    }

    @Test
    void aConfiguredGroupThatMatchesNoCaseIsEmpty() {
        List<TestCaseResult> cases = List.of(TestCases.passed(DERIVED, "composed"));

        assertThat(fixtures.members(TestGroupDefinition.ofTag("does-not-exist"), cases))
                .isEmpty();
        assertThat(fixtures.members(new TestGroupDefinition("none", List.of(), List.of()), cases))
                .isEmpty();
    }

    @Test
    void groupResultCountsMembersAndNamesCasesItCannotMap() throws Exception {
        TestClassIndex index = new TestGroupScanner().scan(List.of(classes.resolve("junit5")));
        List<TestCaseResult> cases = List.of(
                TestCases.of("com.acme.calc.CalculatorTest$WhenEmpty", "nestedFails", TestOutcome.FAILED),
                TestCases.of("com.acme.calc.CalculatorTest$WhenEmpty", "isZero", TestOutcome.PASSED),
                // a phrased display name: the method (maybe the @Tag("slow") one) cannot be known
                TestCases.of("com.acme.calc.CalculatorTest$WhenEmpty", "[1] a custom name", TestOutcome.PASSED),
                TestCases.of("com.acme.calc.ÜberTest", "[1] x", TestOutcome.PASSED));

        TestGroupResult slow = index.group(TestGroupDefinition.ofTag("slow"), cases);
        TestGroupResult none = index.group(TestGroupDefinition.ofTag("nothing"), cases);

        assertThat(slow.name()).isEqualTo("slow");
        assertThat(slow.matchesNoCase()).isFalse();
        assertThat(slow.members()).extracting(TestCaseResult::name).containsExactly("nestedFails");
        assertThat(slow.counts()).isEqualTo(new TestCounts(1, 0, 1, 0, 0, 0));
        assertThat(slow.unmappedCases()).extracting(TestCaseResult::name).containsExactly("[1] a custom name");
        assertThat(none.matchesNoCase()).isTrue();
        assertThat(none.counts()).isEqualTo(TestCounts.NONE);
        assertThat(none.unmappedCases()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "adds|adds",
                "positive(int)[1]|positive",
                "repeated()[2]|repeated",
                "method[0]|method",
                "method[0: a, b]|method",
                "namedParams(int, int) 1 + 2|namedParams",
                "runsAt(int)[0]|runsAt"
            })
    void mapsSurefireCaseNamesToTheirMethod(String caseName, String method) {
        assertThat(TestClassIndex.methodNameOf(caseName)).contains(method);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"'[1] 1, 2'", "'Ünïcödé ✓ größer als null'", "' '", "'repetition 1 of 2'"})
    void cannotMapPhrasedDisplayNames(String caseName) {
        assertThat(TestClassIndex.methodNameOf(caseName)).isEmpty();
    }

    private static Path fixturesDirectory() throws URISyntaxException {
        Path root = Path.of(DerivedFixture.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        return root.resolve("dev/readiness/evidence/tests/fixtures");
    }
}
