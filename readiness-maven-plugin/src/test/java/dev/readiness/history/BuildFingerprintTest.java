package dev.readiness.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fingerprint's bytes are a contract with the history files already written (a build compares its fingerprint with
 * theirs): hashing on a thread of its own while the evidence is read must give exactly the value of the format below.
 */
class BuildFingerprintTest {
    @TempDir
    Path dir;

    @Test
    void fingerprintIsSha256OfSortedDirectoriesFilesAndTestIdsAsDocumented() throws Exception {
        Path main = Files.createDirectories(dir.resolve("classes/com/acme"));
        Path test = Files.createDirectories(dir.resolve("test-classes/com/acme"));
        Files.write(main.resolve("B.class"), new byte[] {1, 2, 3});
        Files.write(main.resolve("A.class"), bigFile());
        Files.writeString(dir.resolve("classes/app.properties"), "k=v");
        Files.write(test.resolve("ATest.class"), new byte[] {4, 5});

        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes("dir\n".getBytes(StandardCharsets.UTF_8));
        entry(expected, "app.properties", "k=v".getBytes(StandardCharsets.UTF_8));
        entry(expected, "com/acme/A.class", bigFile());
        entry(expected, "com/acme/B.class", new byte[] {1, 2, 3});
        expected.writeBytes("dir\n".getBytes(StandardCharsets.UTF_8));
        entry(expected, "com/acme/ATest.class", new byte[] {4, 5});
        expected.writeBytes("tests\nATest#a\nATest#b\n".getBytes(StandardCharsets.UTF_8));

        String fingerprint = BuildFingerprint.of(
                        List.of(dir.resolve("test-classes"), dir.resolve("classes")), List.of("ATest#b", "ATest#a"))
                .orElseThrow();

        assertThat(fingerprint).isEqualTo("sha256:" + sha256(expected.toByteArray()));
    }

    @Test
    void hashingOnItsOwnThreadGivesTheSameFingerprintAndCanBeCompletedTwice() throws IOException {
        Path main = Files.createDirectories(dir.resolve("classes/com/acme"));
        Files.write(main.resolve("A.class"), bigFile());
        List<Path> dirs = List.of(dir.resolve("classes"), dir.resolve("missing"));

        BuildFingerprint.Classes classes = BuildFingerprint.start(dirs).join();

        assertThat(classes.withTests(List.of("T#a")))
                .isEqualTo(BuildFingerprint.of(dirs, List.of("T#a")))
                .isEqualTo(classes.withTests(List.of("T#a")));
        assertThat(classes.withTests(List.of())).isEqualTo(BuildFingerprint.of(dirs, List.of()));
        assertThat(classes.withTests(List.of())).isNotEqualTo(classes.withTests(List.of("T#a")));
    }

    @Test
    void nothingToHashGivesNoFingerprintOnEitherPath() throws IOException {
        List<Path> none = List.of(dir.resolve("missing"));

        assertThat(BuildFingerprint.start(none).join().withTests(List.of())).isEmpty();
        assertThat(BuildFingerprint.of(none, List.of())).isEmpty();
        assertThat(BuildFingerprint.start(none).join().withTests(List.of("T#a")))
                .isPresent();
    }

    @Test
    void linkedFilesAreNotHashed() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Files.write(classes.resolve("A.class"), new byte[] {1});
        String before = BuildFingerprint.of(List.of(classes), List.of()).orElseThrow();
        Path outside = Files.write(dir.resolve("outside.bin"), new byte[] {9, 9});
        try {
            Files.createSymbolicLink(classes.resolve("Linked.class"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            return; // no symbolic links on this file system: nothing to show
        }

        assertThat(BuildFingerprint.start(List.of(classes)).join().withTests(List.of()))
                .contains(before);
    }

    private static byte[] bigFile() {
        byte[] bytes = new byte[200_000]; // more than one read buffer
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        return bytes;
    }

    private static void entry(ByteArrayOutputStream out, String name, byte[] content) {
        out.writeBytes(name.getBytes(StandardCharsets.UTF_8));
        out.write(0);
        out.writeBytes(content);
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
