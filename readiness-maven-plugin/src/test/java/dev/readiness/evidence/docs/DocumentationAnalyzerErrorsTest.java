package dev.readiness.evidence.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.readiness.evidence.EvidenceException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Missing, unparsable and hostile sources: missing is an outcome, a bad file is listed, nothing crashes. */
class DocumentationAnalyzerErrorsTest {
    private final DocumentationAnalyzer analyzer = new DocumentationAnalyzer();

    @TempDir
    Path dir;

    private DocumentationEvidence analyze(String... requiredFiles) throws EvidenceException {
        return analyzer.analyze(new DocumentationRequest(dir, List.of(Path.of("src")), 17, List.of(requiredFiles)));
    }

    private void write(String name, String source) throws IOException {
        write(name, source.getBytes(StandardCharsets.UTF_8));
    }

    private void write(String name, byte[] source) throws IOException {
        Path file = dir.resolve("src").resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, source);
    }

    @Test
    void noSourceRootIsMissing() throws EvidenceException {
        DocumentationEvidence evidence = analyzer.analyze(new DocumentationRequest(dir, List.of(), 17, List.of()));

        assertThat(evidence.available()).isFalse();
        assertThat(evidence.missingReason()).contains("No source root");
    }

    @Test
    void rootsThatDoNotExistAreMissingAndNamed() throws EvidenceException {
        DocumentationEvidence evidence = analyze();

        assertThat(evidence.available()).isFalse();
        assertThat(evidence.sourceRoots()).containsExactly(dir.resolve("src"));
        assertThat(evidence.missingReason())
                .contains("No .java file")
                .contains(dir.resolve("src").toString());
        assertThat(evidence.total()).isZero();
    }

    @Test
    void aRootWithoutJavaFilesIsMissing() throws Exception {
        write("README.txt", "not java");
        write("module-info.java", "module m {}");

        DocumentationEvidence evidence = analyze();

        assertThat(evidence.available()).isFalse();
        assertThat(evidence.missingReason()).contains(dir.resolve("src").toString());
    }

    @Test
    void anExistingRootIsAnalysedWhenAnotherDoesNotExist() throws Exception {
        write("a/A.java", "package a; /** A. */ public class A {}");

        DocumentationEvidence evidence = analyzer.analyze(
                new DocumentationRequest(dir, List.of(Path.of("src"), Path.of("generated")), 17, List.of()));

        assertThat(evidence.available()).isTrue();
        assertThat(evidence.sourceRoots()).containsExactly(dir.resolve("src"), dir.resolve("generated"));
        assertThat(evidence.documented()).isEqualTo(1);
        assertThat(evidence.total()).isEqualTo(1);
    }

    @Test
    void missingRequiredFilesAreListedInTheRequestedOrder() throws Exception {
        write("A.java", "public class A {}");
        Files.writeString(dir.resolve("README.md"), "# readme");

        DocumentationEvidence evidence = analyze("CHANGELOG.md", "README.md", "docs/USAGE.md", "\0bad");

        assertThat(evidence.missingRequiredFiles()).containsExactly("CHANGELOG.md", "docs/USAGE.md", "\0bad");
        assertThat(evidence.total()).isEqualTo(1);
        assertThat(evidence.documented()).isZero();
    }

    @Test
    void invalidUtf8IsAnUnparsableFileAndTheOthersAreStillCounted() throws Exception {
        write("Good.java", "/** Good. */ public class Good {}");
        byte[] latin1 =
                "/** Gr\u00f6\u00dfe. */ public class Bad { public int \u00e4; }".getBytes(StandardCharsets.ISO_8859_1);
        write("Bad.java", latin1);

        DocumentationEvidence evidence = analyze();

        assertThat(evidence.files()).isEqualTo(2);
        assertThat(evidence.unparsable()).singleElement().satisfies(u -> {
            assertThat(u.file()).isEqualTo(dir.resolve("src/Bad.java"));
            assertThat(u.line()).isEqualTo(1);
            assertThat(u.problem()).containsIgnoringCase("UTF-8");
        });
        assertThat(evidence.total()).isEqualTo(1);
        assertThat(evidence.documented()).isEqualTo(1);
    }

    @Test
    void latin1SourcesAreParsedWithTheConfiguredEncoding() throws Exception {
        write("Good.java", "/** Good. */ public class Good {}");
        write(
                "Bad.java",
                "/** Gr\u00f6\u00dfe. */ public class Bad { public int \u00e4; }"
                        .getBytes(StandardCharsets.ISO_8859_1));

        DocumentationEvidence evidence = analyzer.analyze(
                new DocumentationRequest(dir, List.of(Path.of("src")), 17, List.of(), StandardCharsets.ISO_8859_1));

        assertThat(evidence.unparsable()).isEmpty();
        assertThat(evidence.total()).isEqualTo(3);
        assertThat(evidence.documented()).isEqualTo(2);
    }

    @Test
    void deeplyNestedExpressionsAreParsedOnTheParserThreadsLargeStack() throws Exception {
        int depth = 20_000;
        String expression = "(".repeat(depth) + "1" + ")".repeat(depth);
        write("Deep.java", "/** Deep. */ public class Deep { public int x = " + expression + "; }");

        DocumentationEvidence evidence = analyze();

        assertThat(evidence.unparsable()).isEmpty();
        assertThat(evidence.total()).isEqualTo(2);
        assertThat(evidence.documented()).isEqualTo(1);
    }

    @Test
    void nestingBeyondTheParserStackIsAnUnparsableFileAndTheBatchIsStillCounted() throws Exception {
        int depth = 2_000_000;
        String expression = "(".repeat(depth) + "1" + ")".repeat(depth);
        write("Deep.java", "/** Deep. */ public class Deep { public int x = " + expression + "; }");
        write("Good.java", "/** Good. */ public class Good {}");

        DocumentationEvidence evidence = analyze();

        assertThat(evidence.files()).isEqualTo(2);
        assertThat(evidence.unparsable()).singleElement().satisfies(u -> {
            assertThat(u.file()).isEqualTo(dir.resolve("src/Deep.java"));
            assertThat(u.problem()).contains("nested too deeply");
        });
        assertThat(evidence.total()).isEqualTo(1);
        assertThat(evidence.documented()).isEqualTo(1);
    }

    @Test
    void deeplyNestedClassesAreAllCounted() throws Exception {
        int depth = 3_000;
        StringBuilder source = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            source.append("/** C")
                    .append(i)
                    .append(". */ public static class C")
                    .append(i)
                    .append(" { ");
        }
        source.append("}".repeat(depth));
        write("Nest.java", "/** Nest. */ public class Nest { " + source + " }");

        DocumentationEvidence evidence = analyze();

        assertThat(evidence.unparsable()).isEmpty();
        assertThat(evidence.classes()).hasSize(depth + 1);
        assertThat(evidence.total()).isEqualTo(depth + 1);
        assertThat(evidence.documented()).isEqualTo(depth + 1);
    }

    @Test
    void aHugeFileIsCounted() throws Exception {
        int methods = 50_000;
        StringBuilder source = new StringBuilder("/** Huge. */ public class Huge {\n");
        for (int i = 0; i < methods; i++) {
            if (i % 2 == 0) {
                source.append("  /** Method ").append(i).append(". */\n");
            }
            source.append("  public int m")
                    .append(i)
                    .append("(int a) { return a + ")
                    .append(i)
                    .append("; }\n");
        }
        write("Huge.java", source.append("}\n").toString());

        DocumentationEvidence evidence = analyze();

        assertThat(evidence.total()).isEqualTo(methods + 1);
        assertThat(evidence.documented()).isEqualTo(methods / 2 + 1);
        assertThat(evidence.classes().get(0).undocumented().get(0))
                .isEqualTo(new UndocumentedElement("method", "m1(int)", 4));
    }

    @Test
    void manyFilesAcrossSeveralBatchesAreAllCountedInOrder() throws Exception {
        int files = DocumentationAnalyzer.BATCH_SIZE * 2 + 7;
        for (int i = 0; i < files; i++) {
            String name = String.format(java.util.Locale.ROOT, "p/T%04d", i);
            String doc = i % 3 == 0 ? "" : "/** Documented. */ ";
            write(name + ".java", "package p; " + doc + "public class " + name.substring(2) + " {}");
        }
        write("p/Broken.java", "package p; public class Broken {");

        DocumentationEvidence evidence = analyze();

        assertThat(evidence.files()).isEqualTo(files + 1);
        assertThat(evidence.total()).isEqualTo(files);
        assertThat(evidence.documented()).isEqualTo(files - (files + 2) / 3);
        assertThat(evidence.unparsable())
                .singleElement()
                .satisfies(u -> assertThat(u.file()).isEqualTo(dir.resolve("src/p/Broken.java")));
        assertThat(evidence.classes().get(0).className()).isEqualTo("p.T0000");
    }

    @Test
    void anUnreadableFileIsListedNotThrown() throws Exception {
        assumeThat(dir.getFileSystem().supportedFileAttributeViews()).contains("posix");
        write("Good.java", "/** Good. */ public class Good {}");
        write("Secret.java", "public class Secret {}");
        Path secret = dir.resolve("src/Secret.java");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        assumeThat(Files.isReadable(secret)).as("running as root").isFalse();

        DocumentationEvidence evidence = analyze();

        assertThat(evidence.unparsable()).extracting(UnparsableFile::file).containsExactly(secret);
        assertThat(evidence.total()).isEqualTo(1);
    }

    @Test
    void anUnlistableRootIsAnEvidenceExceptionNamingIt() throws Exception {
        assumeThat(dir.getFileSystem().supportedFileAttributeViews()).contains("posix");
        write("a/A.java", "public class A {}");
        Path a = dir.resolve("src/a");
        Files.setPosixFilePermissions(a, PosixFilePermissions.fromString("---------"));
        try {
            assumeThat(Files.isReadable(a)).as("running as root").isFalse();
            assertThatThrownBy(this::analyze)
                    .isInstanceOf(EvidenceException.class)
                    .hasMessageContaining(dir.resolve("src").toString())
                    .hasMessageContaining("readable");
        } finally {
            Files.setPosixFilePermissions(a, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aJavadocCountsOnlyBeforeTheAnnotationsAsForTheJavadocTool() throws Exception {
        write("A.java", """
                /** A. */
                public class A {
                    /** Before the annotation. */
                    @Deprecated
                    public void before() {}

                    @Deprecated
                    /** After the annotation: the javadoc tool ignores it. */
                    public void after() {}

                    /** Arrays and varargs. */
                    public void arrays(int[] a, String[][] b, Object... rest) {}

                    public void varargs(int[] a, java.util.List<String>... lists) {}
                }
                """);

        DocumentationEvidence evidence = analyze();

        assertThat(evidence.total()).isEqualTo(5);
        assertThat(evidence.documented()).isEqualTo(3);
        assertThat(evidence.classes().get(0).undocumented())
                .extracting(UndocumentedElement::signature, UndocumentedElement::line)
                .containsExactly(tuple("after()", 7), tuple("varargs(int[], java.util.List<String>...)", 14));
    }
}
