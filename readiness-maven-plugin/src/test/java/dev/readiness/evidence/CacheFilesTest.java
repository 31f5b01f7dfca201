package dev.readiness.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheFilesTest {
    @TempDir
    Path dir;

    @Test
    void aTemporaryCacheFileGetsTheUmasksPermissionsNotOwnerOnly() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path ordinary = Files.createFile(dir.resolve("ordinary"));

        Path temp = CacheFiles.newTemporaryFile(dir, ".entry");

        assertThat(Files.getPosixFilePermissions(temp)).isEqualTo(Files.getPosixFilePermissions(ordinary));
        if (Files.getPosixFilePermissions(ordinary).contains(PosixFilePermission.GROUP_READ)) {
            // what Files.createTempFile would have taken away from the other users of a shared cache
            assertThat(Files.getPosixFilePermissions(Files.createTempFile(dir, "jdk", ".tmp")))
                    .doesNotContain(PosixFilePermission.GROUP_READ);
        }
    }

    @Test
    void eachTemporaryFileIsNewAndNamedForItsEntry() throws IOException {
        Path first = CacheFiles.newTemporaryFile(dir, ".entry");
        Path second = CacheFiles.newTemporaryFile(dir, ".entry");

        assertThat(first).isNotEqualTo(second).hasParent(dir);
        assertThat(first.getFileName().toString()).startsWith(".entry.").endsWith(".tmp");
        assertThat(Files.size(first)).isZero();
    }

    @Test
    void aDirectoryThatDoesNotExistIsAnIOException() {
        assertThatThrownBy(() -> CacheFiles.newTemporaryFile(dir.resolve("missing"), ".entry"))
                .isInstanceOf(IOException.class);
    }
}
