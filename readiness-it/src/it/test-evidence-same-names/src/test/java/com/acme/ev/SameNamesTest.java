package com.acme.ev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seven cases that Surefire's XML reports under three names only, because the pom asks for phrased (display-name)
 * test case names and every invocation of a method has the same display name: repetition 2 fails on every run, case 2
 * fails once and passes on the rerun (a flake), the rest pass.
 */
class SameNamesTest {

    private static final Path TARGET = Path.of(System.getProperty("basedir", "."), "target");

    @RepeatedTest(value = 3, name = "repetition")
    void repeated(RepetitionInfo info) {
        assertNotEquals(2, info.getCurrentRepetition(), "repetition 2 fails on purpose");
    }

    @ParameterizedTest(name = "case")
    @ValueSource(ints = {1, 2})
    void parameterized(int value) throws IOException {
        Path marker = TARGET.resolve("flaky-case-" + value + ".marker");
        if (value == 2 && !Files.exists(marker)) {
            Files.createDirectories(TARGET);
            Files.createFile(marker);
            fail("first run of case 2 fails on purpose");
        }
        assertEquals(value, (int) new Interval(0, 10).clamp(value));
    }

    @TestFactory
    List<DynamicTest> dynamic() {
        return List.of(
                DynamicTest.dynamicTest("same", () -> assertEquals(1.0, new Interval(0, 1).width())),
                DynamicTest.dynamicTest("same", () -> assertEquals(2.0, new Interval(0, 2).width())));
    }
}
