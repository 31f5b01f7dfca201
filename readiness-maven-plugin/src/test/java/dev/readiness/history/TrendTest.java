package dev.readiness.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendTest {
    private static List<BigDecimal> values(String... values) {
        List<BigDecimal> list = new ArrayList<>();
        for (String value : values) {
            list.add(value == null ? null : new BigDecimal(value));
        }
        return list;
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void exactlyMeanPlusTwoIsStable() {
        assertThat(Trend.of(values("80", "82"), d("83")).direction()).isEqualTo(TrendDirection.STABLE);
    }

    @Test
    void justAboveMeanPlusTwoIsImproving() {
        assertThat(Trend.of(values("80", "82"), d("83.01")).direction()).isEqualTo(TrendDirection.IMPROVING);
    }

    @Test
    void exactlyMeanMinusTwoIsStableAndJustBelowIsDeclining() {
        assertThat(Trend.of(values("80", "82"), d("79")).direction()).isEqualTo(TrendDirection.STABLE);
        assertThat(Trend.of(values("80", "82"), d("78.99")).direction()).isEqualTo(TrendDirection.DECLINING);
    }

    @Test
    void meanThatIsNotADecimalIsComparedExactly() {
        // mean of 80, 80, 81 = 80.333…; mean + 2 = 82.333…: 82.33 is below it, 82.34 above.
        assertThat(Trend.of(values("80", "80", "81"), d("82.33")).direction()).isEqualTo(TrendDirection.STABLE);
        assertThat(Trend.of(values("80", "80", "81"), d("82.34")).direction()).isEqualTo(TrendDirection.IMPROVING);
    }

    @Test
    void onePreviousValueIsInsufficientDataButStillGivesPreviousAndDelta() {
        Trend trend = Trend.of(values("70"), d("90"));

        assertThat(trend).isEqualTo(new Trend(TrendDirection.INSUFFICIENT_DATA, d("70"), d("20"), d("90"), d("70"), 1));
        assertThat(trend.direction().jsonName()).isEqualTo("insufficient_data");
    }

    @Test
    void noPreviousValueIsInsufficientData() {
        assertThat(Trend.of(List.of(), d("90")))
                .isEqualTo(new Trend(TrendDirection.INSUFFICIENT_DATA, null, null, d("90"), d("90"), 0));
    }

    @Test
    void onlyTheFourMostRecentPreviousValuesCount() {
        // With all five, the mean would be 60 and 66 improving; over the last four it is 72.5, so 66 is declining.
        Trend trend = Trend.of(values("10", "70", "70", "75", "75"), d("66"));

        assertThat(trend).isEqualTo(new Trend(TrendDirection.DECLINING, d("75"), d("-9"), d("75"), d("66"), 4));
    }

    @Test
    void unmeasuredPreviousValuesAreSkipped() {
        Trend trend = Trend.of(values("50", null, "90", null, "92", null), d("91"));

        // Mean of 50, 90, 92 = 77.33…: the nulls neither count as 0 nor take a place in the window.
        assertThat(trend).isEqualTo(new Trend(TrendDirection.IMPROVING, d("92"), d("-1"), d("92"), d("50"), 3));
    }

    @Test
    void twoMeasuredAmongUnmeasuredAreEnough() {
        assertThat(Trend.of(Arrays.asList(null, d("60"), null, d("60")), d("70"))
                        .direction())
                .isEqualTo(TrendDirection.IMPROVING);
        assertThat(Trend.of(Arrays.asList(null, null, d("60")), d("70")).direction())
                .isEqualTo(TrendDirection.INSUFFICIENT_DATA);
    }

    @Test
    void unmeasuredCurrentValueIsInsufficientData() {
        Trend trend = Trend.of(values("80", "90"), null);

        assertThat(trend).isEqualTo(new Trend(TrendDirection.INSUFFICIENT_DATA, d("90"), null, d("90"), d("80"), 2));
    }

    @Test
    void jsonNamesAreLowerCase() {
        assertThat(Arrays.stream(TrendDirection.values()).map(TrendDirection::jsonName))
                .containsExactly("improving", "stable", "declining", "insufficient_data");
    }
}
