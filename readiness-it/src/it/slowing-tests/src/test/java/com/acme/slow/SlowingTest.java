package com.acme.slow;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SlowingTest {
    @Test
    void getsSlowerInTheFourthBuild() throws Exception {
        int invocation = Counter.next(Path.of(System.getProperty("counter.file")));
        // deliberately slower from the fourth build on: 3 s more than the baseline builds, which do not sleep
        if (invocation >= 3) {
            Thread.sleep(3000);
        }
        assertTrue(invocation >= 0);
    }
}
