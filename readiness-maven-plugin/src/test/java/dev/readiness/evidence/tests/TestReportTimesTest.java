package dev.readiness.evidence.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast path for plain times ({@code 0.004}) and the loop that finds a message's first line give exactly what the
 * general path (a {@link BigDecimal}, rounded half up) and {@link String#lines()} give.
 */
class TestReportTimesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0",
                "0.0",
                "1.",
                "007",
                "0.004",
                "0.0000005",
                "0.0000004",
                "0.00000049999",
                "5.9999995",
                "5.9999994",
                "999999999999.9999995",
                "1234567890123.5",
                "12.000000000000000000001",
                "0.123456789",
                " 0.5 ",
                "1.2.3",
                ".5",
                "+1.5",
                "1e3",
                "0x10",
                "١٢",
                "1 .5",
                "1_000"
            })
    void plainTimesGiveTheMicrosecondsOfTheGeneralPath(String time) {
        assertThat(TestReportReader.parseTimeMicros(time)).isEqualTo(reference(time));
    }

    @Test
    void randomPlainTimesGiveTheMicrosecondsOfTheGeneralPath() {
        Random random = new Random(23);
        for (int n = 0; n < 20_000; n++) {
            String integer = digits(random, 1 + random.nextInt(14));
            String time = random.nextInt(5) == 0 ? integer : integer + "." + digits(random, random.nextInt(12));
            assertThat(TestReportReader.parseTimeMicros(time)).as(time).isEqualTo(reference(time));
        }
    }

    @Test
    void firstLineIsTheFirstNonBlankLineOfStringLines() {
        Random random = new Random(23);
        String alphabet = "ab \t\n\r\u2028\u001c";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            String expected = s.lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty())
                    .findFirst()
                    .orElse(null);
            assertThat(TestReportReader.firstLine(s))
                    .as(s.chars().mapToObj(Integer::toString).collect(Collectors.joining(",")))
                    .isEqualTo(expected);
        }
    }

    private static String digits(Random random, int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append((char) ('0' + random.nextInt(10)));
        }
        return b.toString();
    }

    /** The general path, written out: a decimal (or not a time), in microseconds rounded half up, capped. */
    private static long reference(String time) {
        try {
            BigDecimal seconds = new BigDecimal(time.strip());
            if (seconds.signum() < 0) {
                return TestCaseResult.TIME_NOT_MEASURED;
            }
            BigDecimal micros = seconds.multiply(BigDecimal.valueOf(1_000_000L)).setScale(0, RoundingMode.HALF_UP);
            return micros.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0 ? Long.MAX_VALUE : micros.longValue();
        } catch (NumberFormatException | ArithmeticException e) {
            return TestCaseResult.TIME_NOT_MEASURED;
        }
    }
}
