package dev.readiness.evidence.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.policy.TagDefinition;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: an annotation selector naming a {@code @Retention(SOURCE)} annotation type selects nothing, since javac
 * drops such annotations from the class files; the analysis reads the annotation type's own class file to say so. The
 * fixture is compiled by javac at test time (the JDK's {@link ToolProvider#getSystemJavaCompiler()}).
 */
class AnnotationRetentionTest {
    private static final Map<String, String> SOURCES = Map.of(
            "com/acme/SourceOnly.java",
            "package com.acme; import java.lang.annotation.*;"
                    + " @Retention(RetentionPolicy.SOURCE) public @interface SourceOnly {}",
            "com/acme/Kept.java",
            "package com.acme; public @interface Kept {}", // no @Retention: CLASS
            "com/acme/Live.java",
            "package com.acme; import java.lang.annotation.*;"
                    + " @Retention(RetentionPolicy.RUNTIME) public @interface Live { @interface Nested {} }",
            "com/acme/Valve.java",
            "package com.acme; @SourceOnly @Kept public class Valve { public int open(int x) { return x + 1; } }");

    @TempDir
    static Path dir;

    @BeforeAll
    static void compileFixture() throws IOException {
        Path src = dir.resolve("src");
        List<String> args = new ArrayList<>(
                List.of("--release", "17", "-d", dir.resolve("classes").toString()));
        for (Map.Entry<String, String> e : SOURCES.entrySet()) {
            Path file = src.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue());
            args.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(null, errors, errors, args.toArray(String[]::new));
        assertThat(status)
                .as("javac: %s", errors.toString(StandardCharsets.UTF_8))
                .isZero();
        Files.copy(Fixtures.BASIC_EXEC, dir.resolve("jacoco.exec"));
    }

    private static ClassScanner.ScannedClass scan(String name) throws IOException {
        return ClassScanner.scan(Files.readAllBytes(dir.resolve("classes/com/acme/" + name + ".class")));
    }

    private static TagCoverage tag(String... annotations) throws Exception {
        TagDefinition tag = TagDefinition.of("safety-critical", List.of(), List.of(), List.of(annotations));
        CoverageEvidence evidence = new CoverageAnalyzer()
                .analyze(Fixtures.request(dir, List.of("jacoco.exec"), List.of(Path.of("classes")), List.of(tag)));
        assertThat(evidence.available()).isTrue();
        return evidence.tags().get("safety-critical");
    }

    @Test
    void readsTheRetentionOfAnAnnotationType() throws Exception {
        assertThat(scan("SourceOnly").retention()).isEqualTo(AnnotationRetention.SOURCE);
        assertThat(scan("Kept").retention()).isEqualTo(AnnotationRetention.CLASS);
        assertThat(scan("Live").retention()).isEqualTo(AnnotationRetention.RUNTIME);
        assertThat(scan("Valve").retention()).isEqualTo(AnnotationRetention.NOT_AN_ANNOTATION);
        // javac dropped @SourceOnly from the class it annotates; @Kept is there
        assertThat(scan("Valve").annotations()).containsExactly("com.acme.Kept");
    }

    @Test
    void aSourceRetainedAnnotationSelectsNothingAndTheTagSaysWhy() throws Exception {
        TagCoverage t = tag("com.acme.SourceOnly");

        assertThat(t.matchedNothing()).isTrue();
        assertThat(t.annotationRetention())
                .containsExactly(Map.entry("com.acme.SourceOnly", AnnotationRetention.SOURCE));
        assertThat(t.sourceRetainedAnnotations()).containsExactly("com.acme.SourceOnly");
    }

    @Test
    void aClassRetainedAnnotationSelectsTheClass() throws Exception {
        TagCoverage t = tag("com.acme.Kept", "com.acme.SourceOnly");

        assertThat(t.matchedClasses()).isEqualTo(1);
        assertThat(t.sourceRetainedAnnotations()).containsExactly("com.acme.SourceOnly");
    }

    @Test
    void anAnnotationTypeThatIsNotAmongTheClassesIsNotFound() throws Exception {
        TagCoverage t = tag("com.acme.Absent", "com.acme.Valve", "com.acme.Live.Nested");

        assertThat(t.annotationRetention())
                .containsEntry("com.acme.Absent", AnnotationRetention.NOT_FOUND)
                .containsEntry("com.acme.Valve", AnnotationRetention.NOT_AN_ANNOTATION)
                // a nested annotation type named with a dot, as the tag matcher accepts it
                .containsEntry("com.acme.Live.Nested", AnnotationRetention.CLASS);
        assertThat(t.sourceRetainedAnnotations()).isEmpty();
    }
}
