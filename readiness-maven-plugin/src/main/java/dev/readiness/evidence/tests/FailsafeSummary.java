package dev.readiness.evidence.tests;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A {@code failsafe-summary.xml} file: Failsafe's own totals, read for information and cross-checks, never counted as
 * test cases (the {@code TEST-*.xml} files next to it carry the cases).
 *
 * @param file the summary file
 * @param result the {@code result} attribute (0 = success, 255 = failure, 254 = no tests), or -1 when absent
 * @param timeout the {@code timeout} attribute
 * @param completed {@code <completed>}
 * @param errors {@code <errors>}
 * @param failures {@code <failures>}
 * @param skipped {@code <skipped>}
 * @param flakes {@code <flakes>} (0 when absent, as in Failsafe 2.x)
 * @param failureMessage first line of {@code <failureMessage>}, or {@code null}
 */
public record FailsafeSummary(
        Path file,
        int result,
        boolean timeout,
        long completed,
        long errors,
        long failures,
        long skipped,
        long flakes,
        String failureMessage) {
    public FailsafeSummary {
        Objects.requireNonNull(file, "file");
    }
}
