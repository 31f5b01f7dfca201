package dev.readiness.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.readiness.evidence.bundle.BundleManifest;

/**
 * Feeds arbitrary bytes to the reader of an evidence bundle's {@code manifest.json} (downloaded from CI machines).
 *
 * <p>Accepted outcomes: a manifest that writes back to the same manifest, or an {@link IllegalArgumentException}
 * (which the fan-in turns into a message naming the bundle). Anything else escapes and fails the run.
 */
class BundleManifestFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void readsAnyManifestBytesOrRefusesThem(byte[] json) {
        BundleManifest manifest;
        try {
            manifest = BundleManifest.parse(json);
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        assertThat(BundleManifest.parse(manifest.toJson())).isEqualTo(manifest);
        // every path stays inside the bundle ("TEST-..x.xml" is a file name, "a/../b" a way out)
        java.nio.file.Path bundle = java.nio.file.Path.of("bundle");
        manifest.files().forEach(f -> {
            assertThat(f.path().split("/")).doesNotContain("..", ".", "");
            assertThat(bundle.resolve(f.path()).normalize().startsWith(bundle))
                    .as(f.path())
                    .isTrue();
        });
    }
}
