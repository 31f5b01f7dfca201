package dev.readiness.evidence.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.internal.data.CRC64;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;

/** The eight-bytes-at-a-time class id equals JaCoCo's {@link CRC64#classId} on real class files and on every length. */
class ClassIdsTest {
    private final ClassIds ids = new ClassIds();

    @Test
    void equalsJacocosClassIdOnEveryClassOfJacocoAsmAndJavaBase() throws Exception {
        int compared = 0;
        for (Class<?> anchor : List.of(Analyzer.class, ClassReader.class)) {
            Path jar = Path.of(
                    anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (var entry :
                        zip.stream().filter(e -> e.getName().endsWith(".class")).toList()) {
                    byte[] bytes = zip.getInputStream(entry).readAllBytes();
                    assertThat(ids.classId(bytes)).as(entry.getName()).isEqualTo(CRC64.classId(bytes));
                    compared++;
                }
            }
        }
        FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
        try (Stream<Path> files = Files.walk(jrt.getPath("/modules/java.base"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                assertThat(ids.classId(bytes)).as(file.toString()).isEqualTo(CRC64.classId(bytes));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(3000);
    }

    @Test
    void equalsJacocosClassIdOnEveryShortLengthAndJava9ClassFiles() {
        Random random = new Random(23);
        for (int length = 0; length <= 80; length++) {
            for (int sample = 0; sample < 20; sample++) {
                byte[] bytes = new byte[length];
                random.nextBytes(bytes);
                if (sample % 2 == 1 && length > 7) {
                    bytes[6] = 0; // major version 53: JaCoCo hashes it as 52
                    bytes[7] = 53;
                }
                assertThat(ids.classId(bytes)).as("length %d", length).isEqualTo(CRC64.classId(bytes));
                // the warm path hashes the front of a reused buffer: what follows the length is not hashed
                byte[] buffer = java.util.Arrays.copyOf(bytes, length + 1 + random.nextInt(16));
                for (int i = length; i < buffer.length; i++) {
                    buffer[i] = (byte) random.nextInt();
                }
                assertThat(ids.classId(buffer, length))
                        .as("length %d in a buffer", length)
                        .isEqualTo(CRC64.classId(bytes));
            }
        }
        byte[] java9 = {(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe, 0, 0, 0, 53, 1, 2, 3};
        byte[] java8 = java9.clone();
        java8[7] = 52;
        assertThat(ids.classId(java9)).isEqualTo(ids.classId(java8)).isEqualTo(CRC64.classId(java9));
    }
}
