package dev.readiness.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.evidence.coverage.CoverageAnalyzer;
import dev.readiness.evidence.coverage.CoverageRequest;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16 items 7, 8 and 12: walks over changing trees, oversized class files, and jars named as class dirs. */
class InputFilesRobustnessTest {
    private static final Path RESOURCES = Path.of("src/test/resources").toAbsolutePath();

    @TempDir
    Path dir;

    /**
     * Item 7: a parallel build creates and deletes files under a glob's root while it is walked. Each round of the
     * walker must succeed; the number of rounds is fixed, not a duration.
     */
    @Test
    void aGlobWalkToleratesFilesThatVanishWhileItRuns() throws Exception {
        Path churn = Files.createDirectories(dir.resolve("shards/tmp"));
        Files.createDirectories(dir.resolve("shards/a/surefire-reports"));
        Files.writeString(dir.resolve("shards/a/surefire-reports/TEST-x.xml"), "<testsuite/>");
        AtomicBoolean stop = new AtomicBoolean();
        Thread other = new Thread(() -> {
            // files created and deleted in bulk: with Files.walk about one walk in 15 to 60 failed on this pattern
            while (!stop.get()) {
                try {
                    for (int i = 0; i < 200; i++) {
                        Files.writeString(churn.resolve("f" + i + ".xml"), "x");
                    }
                    for (int i = 0; i < 200; i++) {
                        Files.deleteIfExists(churn.resolve("f" + i + ".xml"));
                    }
                } catch (Exception e) {
                    // keep churning
                }
            }
        });
        other.start();
        try {
            for (int round = 0; round < 300; round++) {
                List<Path> found = InputFiles.resolve(dir, List.of("shards/**/surefire-reports"));
                assertThat(found).contains(dir.resolve("shards/a/surefire-reports"));
            }
        } finally {
            stop.set(true);
            other.join();
        }
    }

    @Test
    void aWalkOfARootThatVanishedIsEmpty() throws Exception {
        assertThat(InputFiles.walk(dir.resolve("gone"))).isEmpty();
    }

    /** Item 8: a class file far larger than any class is refused by its size, before it is read, naming it. */
    @Test
    void anOversizedClassFileIsRefusedByItsSizeNamingTheFile() throws Exception {
        Files.copy(RESOURCES.resolve("jacoco/basic/jacoco.exec"), dir.resolve("jacoco.exec"));
        Path huge = dir.resolve("classes/com/acme/Huge.class");
        Files.createDirectories(huge.getParent());
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(InputFiles.MAX_CLASS_FILE_BYTES + 1); // sparse: no disk space, no time
        }

        assertThatThrownBy(() -> new CoverageAnalyzer()
                        .analyze(new CoverageRequest(
                                dir, List.of("jacoco.exec"), List.of(Path.of("classes")), List.of(), 1)))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining(huge.toString())
                .hasMessageContaining("more than the 64 MiB");
    }

    /**
     * The warm cache's reader fills a reused buffer: every length around the buffer's size reads the file's bytes
     * exactly (a larger buffer when it does not fit), and it refuses what the allocating reader refuses, with the same
     * message.
     */
    @Test
    void readingIntoAReusedBufferGivesTheFileExactlyWhateverItsLength() throws Exception {
        java.util.Random random = new java.util.Random(7);
        byte[] buffer = new byte[16];
        int[] length = new int[1];
        for (int size : new int[] {0, 1, 15, 16, 17, 31, 32, 33, 1000, 70_000}) {
            byte[] content = new byte[size];
            random.nextBytes(content);
            Path file = Files.write(dir.resolve("C" + size + ".class"), content);

            buffer = InputFiles.readClassFile(file, "class file", buffer, length);

            assertThat(length[0]).as("size %d", size).isEqualTo(size);
            assertThat(java.util.Arrays.copyOf(buffer, length[0]))
                    .as("size %d", size)
                    .isEqualTo(content)
                    .isEqualTo(InputFiles.readClassFile(file, "class file"));
        }
        assertThat(buffer.length).isGreaterThanOrEqualTo(70_000);

        Path huge = dir.resolve("Huge.class");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(InputFiles.MAX_CLASS_FILE_BYTES + 1);
        }
        byte[] reused = buffer;
        assertThatThrownBy(() -> InputFiles.readClassFile(huge, "class file", reused, length))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining(huge.toString())
                .hasMessageContaining("more than the 64 MiB");
        assertThatThrownBy(() -> InputFiles.readClassFile(dir.resolve("Gone.class"), "class file", reused, length))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining("Cannot read the class file " + dir.resolve("Gone.class"));
    }

    /** Item 12: a jar in classesDirectories is said plainly to be unread, instead of "run mvn verify". */
    @Test
    void aJarNamedAsAClassDirectoryIsRefusedPlainly() throws Exception {
        Files.copy(RESOURCES.resolve("jacoco/basic/jacoco.exec"), dir.resolve("jacoco.exec"));
        Path jar = Files.write(dir.resolve("app.jar"), new byte[] {'P', 'K', 3, 4});

        assertThatThrownBy(() -> new CoverageAnalyzer()
                        .analyze(new CoverageRequest(
                                dir, List.of("jacoco.exec"), List.of(Path.of("app.jar")), List.of(), 1)))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining("names the archive " + jar)
                .hasMessageContaining("does not read classes inside a jar")
                .hasMessageNotContaining("run mvn verify so classes are compiled");
    }
}
