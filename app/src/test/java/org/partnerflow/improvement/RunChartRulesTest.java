package org.partnerflow.improvement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerflow.improvement.RunChartRules.Kind;
import org.partnerflow.improvement.RunChartRules.Signal;

/** The run-chart rules on known sequences, including the edge cases the rules spell out. */
class RunChartRulesTest {

    private static List<Double> values(double... v) {
        return Arrays.stream(v).boxed().toList();
    }

    @Test
    void theMedianOfOddAndEvenCounts() {
        assertThat(RunChartRules.median(values(3, 1, 2))).isEqualTo(2.0);
        assertThat(RunChartRules.median(values(4, 1, 3, 2))).isEqualTo(2.5);
        assertThat(RunChartRules.median(values())).isNaN();
    }

    @Test
    void sixPointsAboveTheMedianAreAShiftFiveAreNot() {
        List<Double> six = values(1, 1, 1, 1, 1, 1, 5, 6, 5, 6, 5, 6);
        assertThat(RunChartRules.median(six)).isEqualTo(3.0);
        assertThat(RunChartRules.shifts(six, 3.0)).containsExactly(
                new Signal(Kind.SHIFT_BELOW, List.of(0, 1, 2, 3, 4, 5)), new Signal(Kind.SHIFT_ABOVE, List.of(6, 7, 8, 9, 10, 11)));
        assertThat(RunChartRules.shifts(values(1, 5, 1, 5, 5, 5, 5, 5, 1), 3.0)).isEmpty();
    }

    @Test
    void pointsOnTheMedianNeitherMakeNorBreakAShift() {
        // Above, above, on, above, above, above, above: six above with one on the median between.
        assertThat(RunChartRules.shifts(values(5, 5, 3, 5, 5, 5, 5), 3.0))
                .containsExactly(new Signal(Kind.SHIFT_ABOVE, List.of(0, 1, 3, 4, 5, 6)));
        assertThat(RunChartRules.shifts(values(5, 5, 3, 3, 5, 5, 3), 3.0)).isEmpty();
    }

    @Test
    void fiveRisingPointsAreATrendFourAreNot() {
        assertThat(RunChartRules.trends(values(1, 2, 3, 4, 5, 3))).containsExactly(new Signal(Kind.TREND_UP, List.of(0, 1, 2, 3, 4)));
        assertThat(RunChartRules.trends(values(1, 2, 3, 4, 2, 1))).isEmpty();
        assertThat(RunChartRules.trends(values(9, 8, 7, 6, 5, 4))).containsExactly(
                new Signal(Kind.TREND_DOWN, List.of(0, 1, 2, 3, 4, 5)));
    }

    @Test
    void aRepeatedValueNeitherAddsToNorBreaksATrend() {
        assertThat(RunChartRules.trends(values(1, 2, 2, 3, 4, 5))).containsExactly(new Signal(Kind.TREND_UP, List.of(0, 1, 3, 4, 5)));
        assertThat(RunChartRules.trends(values(1, 2, 2, 3, 4))).isEmpty();
    }

    @Test
    void aTrendCanTurnIntoTheOppositeTrendSharingItsTurningPoint() {
        assertThat(RunChartRules.trends(values(1, 2, 3, 4, 5, 4, 3, 2, 1))).containsExactly(
                new Signal(Kind.TREND_UP, List.of(0, 1, 2, 3, 4)), new Signal(Kind.TREND_DOWN, List.of(4, 5, 6, 7, 8)));
    }

    @Test
    void signalsComeInTheOrderTheyStartAndSayWhatTheyAreInWords() {
        List<Signal> found = RunChartRules.signals(values(60, 61, 59, 60, 62, 64, 66, 68, 70, 71, 72, 73));
        assertThat(found).extracting(Signal::kind).containsExactly(Kind.SHIFT_BELOW, Kind.TREND_UP, Kind.SHIFT_ABOVE);
        assertThat(found.get(1).words()).isEqualTo("Trend: 10 points in a row going up");
        assertThat(RunChartRules.signals(values())).isEmpty();
    }
}
