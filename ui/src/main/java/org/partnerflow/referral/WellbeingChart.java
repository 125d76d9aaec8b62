package org.partnerflow.referral;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.partnerflow.RatingChart;
import org.partnerflow.words.Words;

/**
 * Ratings per wellbeing indicator over time: one line per indicator across the rating occasions
 * (assessment, reviews), 1 = serious concern … 6 = thriving.
 */
final class WellbeingChart {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yy", Locale.UK).withZone(ZoneId.systemDefault());

    private WellbeingChart() {
    }

    static RatingChart of(List<WellbeingRating> ratings) {
        TreeMap<Instant, List<WellbeingRating>> byOccasion = occasions(ratings);
        List<Instant> when = new ArrayList<>(byOccasion.keySet());
        List<RatingChart.Series> series = Arrays.stream(WellbeingIndicator.values()).map(indicator -> {
            List<Double> values = new ArrayList<>();
            for (Instant at : when) {
                values.add(byOccasion.get(at).stream().filter(r -> r.getIndicator() == indicator).findFirst()
                        .map(r -> (double) r.getRating()).orElse(null));
            }
            return new RatingChart.Series(Words.of(indicator), values);
        }).toList();
        return new RatingChart("wellbeing-chart", 1, 6, when.stream().map(DAY::format).toList(), series, describe(ratings));
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
