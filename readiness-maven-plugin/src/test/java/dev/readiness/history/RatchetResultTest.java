package dev.readiness.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RatchetResultTest {
    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void dropOfExactlyTheTolerancePasses() {
        RatchetResult result = RatchetResult.check(d("89.0"), d("1.0"), Optional.of(d("90.0")));

        assertThat(result.status()).isEqualTo(RatchetResult.Status.PASSED);
        assertThat(result.previous()).isEqualByComparingTo("90");
        assertThat(result.message()).contains("within the tolerance of 1.0");
    }

    @Test
    void dropJustBeyondTheToleranceFails() {
        RatchetResult result = RatchetResult.check(d("88.99"), d("1.0"), Optional.of(d("90.0")));

        assertThat(result.status()).isEqualTo(RatchetResult.Status.FAILED);
        assertThat(result.message())
                .startsWith("dropped 1.01 points from 90.0 to 88.99, more than the tolerance of 1.0 (90.0 is the best"
                        + " value recorded on this branch");
    }

    @Test
    void anyDropFailsWithZeroTolerance() {
        assertThat(RatchetResult.check(d("89.9"), BigDecimal.ZERO, Optional.of(d("90")))
                        .status())
                .isEqualTo(RatchetResult.Status.FAILED);
        assertThat(RatchetResult.check(d("90.0"), BigDecimal.ZERO, Optional.of(d("90")))
                        .message())
                .startsWith("unchanged");
    }

    @Test
    void riseNeverFails() {
        RatchetResult result = RatchetResult.check(d("100"), BigDecimal.ZERO, Optional.of(d("12.5")));

        assertThat(result.status()).isEqualTo(RatchetResult.Status.PASSED);
        assertThat(result.message()).isEqualTo("rose 87.5 points (best recorded 12.5 to 100)");
    }

    @Test
    void noPreviousValueIsMissingNotPassed() {
        RatchetResult result = RatchetResult.check(d("95"), d("1"), Optional.empty());

        assertThat(result.status()).isEqualTo(RatchetResult.Status.MISSING);
        assertThat(result.previous()).isNull();
        assertThat(result.message()).contains("no previous value of this gate is recorded");
    }

    @Test
    void noCurrentValueIsMissing() {
        RatchetResult result = RatchetResult.check(null, d("1"), Optional.of(d("90")));

        assertThat(result.status()).isEqualTo(RatchetResult.Status.MISSING);
        assertThat(result.message()).contains("no value was measured in this build");
    }

    @Test
    void negativeToleranceIsRejected() {
        assertThatThrownBy(() -> RatchetResult.check(d("90"), d("-0.5"), Optional.of(d("90"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tolerance must be 0 or more, was -0.5");
    }
}
