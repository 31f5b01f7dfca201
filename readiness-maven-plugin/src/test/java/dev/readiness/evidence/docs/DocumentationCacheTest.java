package dev.readiness.evidence.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.readiness.evidence.EvidenceException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parse cache of the documentation gates: a warm run gives the same evidence as a cold one and as a run without
 * cache, and a damaged, foreign or unwritable cache only costs the parse.
 */
class DocumentationCacheTest {
    private static final Path FIXTURES = DocumentationAnalyzerTest.BASE;
    private static final long MB = 1024L * 1024L;

    @TempDir
    Path dir;

    private static DocumentationEvidence analyze(Path base, DocumentationCache cache) throws EvidenceException {
        return new DocumentationAnalyzer()
                .analyze(new DocumentationRequest(
                        base, List.of(Path.of("api")), 17, List.of(), StandardCharsets.UTF_8, cache));
    }

    private Path copyOfFixtures() throws IOException {
        Path base = dir.resolve("project");
        try (Stream<Path> files = Files.walk(FIXTURES.resolve("api"))) {
            for (Path p : files.toList()) {
                Path target = base.resolve("api")
                        .resolve(FIXTURES.resolve("api").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return base;
    }

    private static List<Path> entries(DocumentationCache cache) throws IOException {
        try (Stream<Path> files = Files.walk(cache.directory())) {
            return files.filter(p -> p.toString().endsWith(".bin")).sorted().toList();
        }
    }

    @Test
    void coldAndWarmRunsGiveTheSameEvidenceAsNoCache() throws Exception {
        Path base = copyOfFixtures();
        DocumentationCache cache = DocumentationCache.at(dir.resolve("cache"), 512 * MB);
        DocumentationEvidence none = analyze(base, null);
        DocumentationEvidence cold = analyze(base, cache);
        // 10 files, of which Broken.java does not parse: 9 entries
        assertThat(cache.entries()).isEqualTo(9);
        List<FileTime> written = new ArrayList<>();
        for (Path e : entries(cache)) {
            written.add(Files.getLastModifiedTime(e));
        }
        DocumentationEvidence warm = analyze(base, cache);

        assertThat(cold).isEqualTo(none);
        assertThat(warm).isEqualTo(none);
        assertThat(warm.unparsable()).hasSize(1); // never cached: parsed again, same problem
        List<FileTime> after = new ArrayList<>();
        for (Path e : entries(cache)) {
            after.add(Files.getLastModifiedTime(e));
        }
        assertThat(after).as("a warm run reads, never rewrites").isEqualTo(written);
    }

    @Test
    void aChangedFileIsParsedAgainAndItsNewResultCounted() throws Exception {
        Path base = copyOfFixtures();
        DocumentationCache cache = DocumentationCache.at(dir.resolve("cache"), 512 * MB);
        analyze(base, cache);
        Path file;
        try (Stream<Path> files = Files.walk(base)) {
            file = files.filter(p -> p.getFileName().toString().equals("Visibility.java"))
                    .findFirst()
                    .orElseThrow();
        }
        String source = Files.readString(file);
        Files.writeString(
                file,
                source.replace("public void undocumented()", "/** Now documented. */ public void undocumented()"));

        DocumentationEvidence warm = analyze(base, cache);

        assertThat(warm).isEqualTo(analyze(base, null));
        assertThat(cache.entries()).isEqualTo(10);
    }

    @Test
    void aFlippedBitInAnEntryIsDetectedAndTheFileParsedAgain() throws Exception {
        Path base = copyOfFixtures();
        DocumentationCache cache = DocumentationCache.at(dir.resolve("cache"), 512 * MB);
        DocumentationEvidence cold = analyze(base, cache);
        for (Path entry : entries(cache)) {
            byte[] bytes = Files.readAllBytes(entry);
            bytes[bytes.length / 2] ^= 0x04; // one bit, in the middle of the content
            Files.write(entry, bytes);
        }

        DocumentationEvidence warm = analyze(base, cache);

        assertThat(warm).isEqualTo(cold);
        for (Path entry : entries(cache)) {
            byte[] bytes = Files.readAllBytes(entry);
            assertThat(bytes).as("rewritten whole: %s", entry).isNotEmpty();
        }
    }

    @Test
    void aFlippedBitIsRejectedByTheEntryCheck() throws Exception {
        byte[] key = DocumentationCache.key("class A {}".getBytes(StandardCharsets.UTF_8), "s");
        List<ClassDocumentation> classes = List.of(new ClassDocumentation(
                "com.acme.A", Path.of("A.java"), 1, 2, List.of(new UndocumentedElement("method", "m()", 3))));
        byte[] entry = DocumentationCache.encode(key, classes);
        assertThat(DocumentationCache.decode(entry, key, Path.of("A.java"))).isEqualTo(classes);

        int rejected = 0;
        for (int bit = 0; bit < entry.length * 8; bit++) {
            byte[] damaged = entry.clone();
            damaged[bit / 8] ^= (byte) (1 << (bit % 8));
            try {
                DocumentationCache.decode(damaged, key, Path.of("A.java"));
            } catch (IOException | RuntimeException e) {
                rejected++;
            }
        }
        assertThat(rejected)
                .as("every one of the %d single-bit flips", entry.length * 8)
                .isEqualTo(entry.length * 8);
    }

    @Test
    void truncatedAndForeignEntriesAreIgnored() throws Exception {
        Path base = copyOfFixtures();
        DocumentationCache cache = DocumentationCache.at(dir.resolve("cache"), 512 * MB);
        DocumentationEvidence cold = analyze(base, cache);
        List<Path> entries = entries(cache);
        Files.write(entries.get(0), new byte[] {1, 2, 3});
        Files.writeString(entries.get(1), "not an entry");
        // an entry of another file under this file's name (a foreign key)
        Files.copy(entries.get(3), entries.get(2), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThat(analyze(base, cache)).isEqualTo(cold);
        assertThat(analyze(base, cache)).isEqualTo(cold);
    }

    @Test
    void anUnwritableCacheRootMeansNoCacheAndTheSameResult() throws Exception {
        Path base = copyOfFixtures();
        Path root = dir.resolve("read-only");
        Files.createDirectories(root);
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeThat(Files.isWritable(root))
                    .as("not running as a user who writes anywhere")
                    .isFalse();
            DocumentationCache cache = DocumentationCache.at(root, 512 * MB);

            assertThat(analyze(base, cache)).isEqualTo(analyze(base, null));
            assertThat(cache.entries()).isZero();
        } finally {
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFileInPlaceOfTheCacheRootMeansNoCacheAndTheSameResult() throws Exception {
        Path base = copyOfFixtures();
        Path root = dir.resolve("a-file");
        Files.writeString(root, "not a directory");
        DocumentationCache cache = DocumentationCache.at(root, 512 * MB);

        assertThat(analyze(base, cache)).isEqualTo(analyze(base, null));
        assertThat(cache.entries()).isZero();
    }

    @Test
    void theOldestEntriesAreDeletedWhenTheRootGrowsPastItsLimit() throws Exception {
        Path root = dir.resolve("cache");
        // another kind of cache fills most of the 1 MB limit; it is counted, never deleted
        Path other = root.resolve("analysis/entry.bin");
        Files.createDirectories(other.getParent());
        Files.write(other, new byte[900 * 1024]);
        Path base = copyOfFixtures();
        DocumentationCache cache = DocumentationCache.at(root, MB);
        Path oldKey = root.resolve("javadoc-v1/00/" + "0".repeat(64) + ".bin");
        Files.createDirectories(oldKey.getParent());
        Files.write(oldKey, new byte[200 * 1024]);
        Files.setLastModifiedTime(oldKey, FileTime.fromMillis(0));

        DocumentationEvidence cold = analyze(base, cache);

        assertThat(oldKey).doesNotExist();
        assertThat(other).exists();
        assertThat(cache.entries()).isEqualTo(9);
        assertThat(analyze(base, cache)).isEqualTo(cold);
    }
}
