package org.partnerflow.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** The one chart builder: ticks and labels, lines told apart by more than colour, and the data table. */
class LineChartTest {

    private static Document svg(LineChart chart) {
        return Jsoup.parse(chart.svg().getElement().getProperty("innerHTML"), "", Parser.xmlParser());
    }

    @Test
    void aFixedScaleHasATickAndLabelAtEveryStepAndTheOccasionsAlongTheBottom() {
        LineChart chart = LineChart.of("ratings", "Ratings").scale(1, 6).occasions("When", List.of("4 Mar 25", "9 Jun 25"))
                .series("Safe", List.of(2.0, 4.0)).description("Safe from 2 to 4").build();

        List<String> texts = svg(chart).select("text").eachText();
        assertThat(texts).contains("1", "2", "3", "4", "5", "6", "4 Mar 25", "9 Jun 25", "Safe");
        assertThat(svg(chart).select("title").first().text()).isEqualTo("Ratings");
        assertThat(svg(chart).select("desc").text()).isEqualTo("Safe from 2 to 4");
        assertThat(chart.getElement().getAttribute("aria-label")).isEqualTo("Safe from 2 to 4");
        assertThat(chart.svg().getElement().getAttribute("role")).isEqualTo("img");
    }

    @Test
    void anOpenScaleTicksInRoundSteps() {
        LineChart chart = LineChart.of("attendance", "Attendance").occasions("When", List.of("a", "b", "c"))
                .series("", List.of(88.0, 90.5, 91.0)).level(92, "Target 92").build();

        List<Double> ticks = svg(chart).select("text[text-anchor=end]").eachText().stream().map(Double::valueOf).toList();
        assertThat(ticks).hasSizeGreaterThanOrEqualTo(3).allSatisfy(t -> assertThat(t % 1).isZero());
        assertThat(ticks).isSorted();
        assertThat(svg(chart).select("text").eachText()).contains("Target 92");
    }

    @Test
    void theDataTableHoldsTheSameNumbersAsTheLines() {
        List<Double> safe = Arrays.asList(2.0, null, 5.0);
        List<Double> healthy = Arrays.asList(3.5, 4.0, 6.0);
        LineChart chart = LineChart.of("wellbeing", "Wellbeing").scale(1, 6).occasions("Rated on", List.of("1 Jan 25", "1 Apr 25", "1 Jul 25"))
                .series("Safe", safe).series("Healthy", healthy).build();

        assertThat(chart.tableRows()).containsExactly(
                List.of("Rated on", "Safe", "Healthy"),
                List.of("1 Jan 25", "2", "3.5"),
                List.of("1 Apr 25", "–", "4"),
                List.of("1 Jul 25", "5", "6"));
    }

    @Test
    void flaggedPointsAreNamedInTheTableToo() {
        LineChart chart = LineChart.of("indicator", "Literacy").occasions("School year", List.of("2016-17", "2017-18"))
                .series("", List.of(71.0, 79.0)).flagged(Set.of(1), "Target met").build();

        assertThat(chart.tableRows().get(2)).containsExactly("2017-18", "79 (Target met)");
        assertThat(svg(chart).select("circle[r=5]")).hasSize(2); // the flagged point and its legend
    }

    @Test
    void everySeriesHasItsOwnDashPatternAndPointMarkerNotOnlyAColour() {
        LineChart.Builder builder = LineChart.of("many", "Nine principles").scale(1, 6).occasions("Cycle", List.of("Cycle 1", "Cycle 2"));
        for (int k = 0; k < 5; k++) {
            builder.series("Principle " + k, List.of(1.0 + k, 2.0 + k / 2.0));
        }
        LineChart chart = builder.build();

        List<LineChart.Style> styles = chart.styles();
        assertThat(styles.stream().map(LineChart.Style::dash).distinct()).hasSize(5);
        assertThat(styles.stream().map(LineChart.Style::shape).distinct()).hasSize(5);
        List<String> dashes = svg(chart).select("g.series > polyline").stream().map(e -> e.attr("stroke-dasharray")).toList();
        assertThat(dashes).hasSize(5).doesNotHaveDuplicates();
        for (Element series : svg(chart).select("g.series")) {
            assertThat(series.children().size()).as("a line and a marker per point").isEqualTo(3);
        }
    }
}
