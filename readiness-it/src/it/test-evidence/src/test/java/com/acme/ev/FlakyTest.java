package com.acme.ev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Fails on its first run and passes on Surefire's rerun (rerunFailingTestsCount): the first run leaves a marker file
 * in target/, the rerun finds it. Surefire reports it as a flake (a {@code <flakyFailure>} child).
 */
class FlakyTest {

    private static final Path MARKER = Path.of(System.getProperty("basedir", "."), "target", "flaky-test.marker");

    @Test
    void failsOnceThenPasses() throws IOException {
        if (!Files.exists(MARKER)) {
            Files.createDirectories(MARKER.getParent());
            Files.createFile(MARKER);
            fail("first run fails on purpose");
        }
        assertEquals(1.0, new Interval(0, 2).clamp(1.0));
    }
}
