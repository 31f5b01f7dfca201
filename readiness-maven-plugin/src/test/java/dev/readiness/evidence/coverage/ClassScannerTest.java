package dev.readiness.evidence.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.evidence.coverage.ClassScanner.ScannedClass;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

class ClassScannerTest {

    @Retention(RetentionPolicy.CLASS)
    @interface Invisible {}

    @Retention(RetentionPolicy.RUNTIME)
    @interface Visible {}

    /** Hand-made edge cases: both retentions, a constructor lambda and a method lambda. */
    @Invisible
    @SuppressWarnings("unused")
    static class Sample {
        @Visible
        Sample() {
            Runnable r = () -> {};
            r.run();
        }

        @Invisible
        Supplier<String> critical() {
            return () -> "x";
        }

        Supplier<String> plain() {
            return () -> "y";
        }
    }

    private static byte[] bytesOf(Class<?> type) throws IOException {
        String resource = "/" + type.getName().replace('.', '/') + ".class";
        try (InputStream in = type.getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }

    private static final String INVISIBLE = ClassScannerTest.class.getName() + "$Invisible";
    private static final String VISIBLE = ClassScannerTest.class.getName() + "$Visible";

    @Test
    void readsClassAndMethodAnnotationsOfBothRetentions() throws IOException {
        ScannedClass scanned = ClassScanner.scan(bytesOf(Sample.class));

        assertThat(scanned.internalName()).isEqualTo(Sample.class.getName().replace('.', '/'));
        assertThat(scanned.annotations()).containsExactly(INVISIBLE);
        assertThat(scanned.methodAnnotations("critical", "()Ljava/util/function/Supplier;"))
                .containsExactly(INVISIBLE);
        assertThat(scanned.methodAnnotations("<init>", "()V")).containsExactly(VISIBLE);
        assertThat(scanned.methodAnnotations("plain", "()Ljava/util/function/Supplier;"))
                .isEmpty();
    }

    @Test
    void lambdaBodiesInheritTheAnnotationsOfTheirEnclosingMethod() throws IOException {
        Map<String, Set<String>> methods =
                ClassScanner.scan(bytesOf(Sample.class)).methodAnnotations();

        assertThat(methods)
                .hasEntrySatisfying(
                        methods.keySet().stream()
                                .filter(k -> k.startsWith("lambda$critical$"))
                                .findFirst()
                                .orElseThrow(),
                        annotations -> assertThat(annotations).containsExactly(INVISIBLE))
                .hasEntrySatisfying(
                        methods.keySet().stream()
                                .filter(k -> k.startsWith("lambda$new$"))
                                .findFirst()
                                .orElseThrow(),
                        annotations -> assertThat(annotations).containsExactly(VISIBLE));
        assertThat(methods.keySet()).noneMatch(k -> k.startsWith("lambda$plain$"));
    }

    @Test
    void packageInfoAnnotationsOfTheFixtureAreRead() throws IOException {
        ScannedClass scanned = ClassScanner.scan(
                Files.readAllBytes(Fixtures.BASIC_CLASSES.resolve("com/acme/alarm/package-info.class")));

        assertThat(scanned.internalName()).isEqualTo("com/acme/alarm/package-info");
        assertThat(scanned.annotations()).containsExactly("com.acme.Reviewed");
    }

    @Test
    void aTagsAnnotationIsFoundWhetherANestedTypeIsWrittenWithDollarOrDot() throws IOException {
        for (String name : List.of(INVISIBLE, INVISIBLE.replace('$', '.'))) {
            ScannedClass scanned =
                    ClassScanner.scan(bytesOf(Sample.class), ClassScanner.RelevantAnnotations.of(List.of(name)));

            assertThat(scanned.annotations()).as(name).contains(INVISIBLE);
            assertThat(scanned.methodAnnotations("critical", "()Ljava/util/function/Supplier;"))
                    .as(name)
                    .contains(INVISIBLE);
        }
    }

    @Test
    void aClassWithoutAnyOfTheTagsAnnotationsIsNotReadBeyondItsConstantPool() throws IOException {
        ScannedClass scanned = ClassScanner.scan(
                bytesOf(Sample.class),
                ClassScanner.RelevantAnnotations.of(List.of("com.acme.NotThere", VISIBLE + "X")));

        assertThat(scanned.internalName()).isEqualTo(Sample.class.getName().replace('.', '/'));
        assertThat(scanned.annotations()).isEmpty();
        assertThat(scanned.methodAnnotations()).isEmpty();
        assertThat(scanned.retention()).isEqualTo(AnnotationRetention.NOT_AN_ANNOTATION);
    }

    @Test
    void annotationTypesAndPackageInfosAreAlwaysReadWhole() throws IOException {
        ClassScanner.RelevantAnnotations none = ClassScanner.RelevantAnnotations.of(List.of("com.acme.NotThere"));

        assertThat(ClassScanner.scan(bytesOf(Visible.class), none).retention()).isEqualTo(AnnotationRetention.RUNTIME);
        assertThat(ClassScanner.scan(
                                Files.readAllBytes(Fixtures.BASIC_CLASSES.resolve("com/acme/alarm/package-info.class")),
                                none)
                        .annotations())
                .containsExactly("com.acme.Reviewed");
    }

    /**
     * Every class of three real jars (JUnit Jupiter's API, JaCoCo core, AssertJ), for several tags' annotation types:
     * what the constant-pool check lets through gives exactly the full scan's answer for those types, class by class
     * and method by method, and most classes are not read at all.
     */
    @Test
    void onRealLibrariesTheTagsAnswerEqualsTheFullScansAndMostClassesAreSkipped() throws Exception {
        List<List<String>> tagSets = List.of(
                List.of("org.apiguardian.api.API"),
                List.of("java.lang.Deprecated"),
                List.of("org.junit.jupiter.api.Test", "java.lang.FunctionalInterface"),
                List.of("org.assertj.core.util.CheckReturnValue", "org.jacoco.core.NotThere"));
        int classes = 0;
        int skipped = 0;
        int withTagAnnotation = 0;
        for (Class<?> anchor : List.of(
                org.junit.jupiter.api.Test.class,
                org.jacoco.core.analysis.Analyzer.class,
                org.assertj.core.api.Assertions.class)) {
            Path jar = Path.of(
                    anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    if (!entry.getName().endsWith(".class") || entry.getName().endsWith("module-info.class")) {
                        continue;
                    }
                    byte[] bytes;
                    try (InputStream in = zip.getInputStream(entry)) {
                        bytes = in.readAllBytes();
                    }
                    ScannedClass full = ClassScanner.scan(bytes);
                    classes++;
                    for (List<String> tagSet : tagSets) {
                        ScannedClass filtered = ClassScanner.scan(bytes, ClassScanner.RelevantAnnotations.of(tagSet));
                        String where = entry.getName() + " " + tagSet;
                        assertThat(filtered.internalName()).as(where).isEqualTo(full.internalName());
                        assertThat(filtered.retention()).as(where).isEqualTo(full.retention());
                        assertThat(only(filtered.annotations(), tagSet))
                                .as(where)
                                .isEqualTo(only(full.annotations(), tagSet));
                        for (Map.Entry<String, Set<String>> method :
                                full.methodAnnotations().entrySet()) {
                            assertThat(only(
                                            filtered.methodAnnotations().getOrDefault(method.getKey(), Set.of()),
                                            tagSet))
                                    .as(where + " " + method.getKey())
                                    .isEqualTo(only(method.getValue(), tagSet));
                        }
                        if (filtered.annotations().isEmpty()
                                && filtered.methodAnnotations().isEmpty()) {
                            skipped++;
                        }
                        if (!only(full.annotations(), tagSet).isEmpty()) {
                            withTagAnnotation++;
                        }
                    }
                }
            }
        }
        assertThat(classes).isGreaterThan(1000);
        assertThat(withTagAnnotation)
                .as("classes carrying one of the tags' annotations")
                .isGreaterThan(100);
        assertThat(skipped).as("class scans answered from the constant pool").isGreaterThan(classes * 2);
    }

    private static Set<String> only(Set<String> annotations, List<String> tagSet) {
        Set<String> out = new TreeSet<>();
        for (String annotation : annotations) {
            if (tagSet.contains(annotation.replace('$', '.'))) {
                out.add(annotation);
            }
        }
        return out;
    }

    @Test
    void garbageIsRejected() {
        assertThatThrownBy(() -> ClassScanner.scan(new byte[] {1, 2, 3})).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> ClassScanner.scan(
                        new byte[] {1, 2, 3}, ClassScanner.RelevantAnnotations.of(List.of("com.acme.Critical"))))
                .isInstanceOf(RuntimeException.class);
    }
}
