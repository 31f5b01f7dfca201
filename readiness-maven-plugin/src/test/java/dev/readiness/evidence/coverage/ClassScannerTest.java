package dev.readiness.evidence.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.evidence.coverage.ClassScanner.ScannedClass;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
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
    void garbageIsRejected() {
        assertThatThrownBy(() -> ClassScanner.scan(new byte[] {1, 2, 3})).isInstanceOf(RuntimeException.class);
    }
}
