package org.partnerflow.referral;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.partnerflow.charts.LineChart;
import org.partnerflow.words.Words;

/**
 * Ratings per wellbeing indicator over time: one line per indicator across the rating occasions
 * (assessment, reviews), 1 = serious concern … 6 = thriving.
 */
final class WellbeingChart {

    private WellbeingChart() {
    }

    static LineChart of(List<WellbeingRating> ratings) {
        TreeMap<Instant, List<WellbeingRating>> byOccasion = occasions(ratings);
        List<Instant> when = new ArrayList<>(byOccasion.keySet());
        LineChart.Builder chart = LineChart.of("wellbeing-chart", "Wellbeing ratings over time (1 serious concern, 6 thriving)")
                .scale(1, 6).occasions("Rated on", when.stream().map(Words::shortDate).toList());
        for (WellbeingIndicator indicator : WellbeingIndicator.values()) {
            List<Double> values = new ArrayList<>();
            for (Instant at : when) {
                values.add(byOccasion.get(at).stream().filter(r -> r.getIndicator() == indicator).findFirst()
                        .map(r -> (double) r.getRating()).orElse(null));
            }
            chart.series(Words.of(indicator), values);
        }
        return chart.description(describe(ratings)).build();
    }

    /** The chart's content in words, for screen readers. */
    static String describe(List<WellbeingRating> ratings) {
        if (ratings.isEmpty()) {
            return "Wellbeing ratings: none recorded yet";
        }
        TreeMap<Instant, List<WellbeingRating>> byOccasion = occasions(ratings);
        return "Wellbeing ratings on " + byOccasion.size() + " occasions; latest: " + byOccasion.lastEntry().getValue().stream()
                .map(r -> Words.of(r.getIndicator()) + " " + r.getRating()).collect(Collectors.joining(", "));
    }

    private static TreeMap<Instant, List<WellbeingRating>> occasions(List<WellbeingRating> ratings) {
        return ratings.stream().collect(Collectors.groupingBy(WellbeingRating::getRatedAt, TreeMap::new, Collectors.toList()));
    }
}
