package dev.readiness.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Issue 16 items 4 and 5: terminal-safe text and truncation that never cuts a character in half. */
class SafeTextTest {
    private static final String EMOJI = "\uD83D\uDE00"; // one code point, two chars

    @Test
    void escapeSequencesBellCarriageReturnAndBidiControlsAreNeutralised() {
        String hostile = "ok\u001b[2J\u001b]0;pwned\u0007\rBUILD SUCCESS\u009b31m\u202eevil\nnext";
        String safe = SafeText.line(hostile);
        assertThat(safe).doesNotContain("\u001b", "\u0007", "\r", "\n", "\u009b", "\u202e");
        assertThat(safe).isEqualTo("ok?[2J?]0;pwned? BUILD SUCCESS?31m?evil next");
        assertThat(SafeText.lines("a\r\nb\u001bc")).isEqualTo("a\nb?c");
    }

    @Test
    void loneSurrogatesAreReplacedAndPairsKept() {
        assertThat(SafeText.line("a\ud800b" + EMOJI + "\udc00")).isEqualTo("a\uFFFDb" + EMOJI + "\uFFFD");
        assertThat(SafeText.hasUnsafe("plain é " + EMOJI)).isFalse();
        assertThat(SafeText.hasUnsafe("\ud800")).isTrue();
    }

    @Test
    void truncationCountsCodePointsAndNeverSplitsAPair() {
        String text = "x".repeat(158) + EMOJI + "tail";
        String cut = SafeText.truncate(text, 160);
        assertThat(cut).isEqualTo("x".repeat(158) + EMOJI + "…");
        // the result encodes to UTF-8 and back unchanged: no half character
        assertThat(new String(cut.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .isEqualTo(cut);
        String atBoundary = "x".repeat(159) + EMOJI + "tail";
        assertThat(SafeText.truncate(atBoundary, 160)).isEqualTo("x".repeat(159) + "…");
        assertThat(SafeText.truncate("short", 160)).isEqualTo("short");
    }
}
