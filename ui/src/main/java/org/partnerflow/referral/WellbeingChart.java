package org.partnerflow.referral;

import com.vaadin.flow.component.Svg;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Ratings per wellbeing indicator over time, drawn as plain SVG on the server: one line per
 * indicator across the rating occasions (assessment, reviews), 1 = serious concern … 6 = thriving.
 * Only numbers, dates and the fixed indicator names go into the markup.
 */
class WellbeingChart extends Svg {

    private static final String[] COLOURS = {"#1b6ac9", "#c0392b", "#1e8449", "#8e44ad", "#d35400", "#117a65", "#7f8c8d", "#b7950b"};
    private static final int WIDTH = 640;
    private static final int HEIGHT = 260;
    private static final int LEFT = 40;
    private static final int RIGHT = 150;
    private static final int TOP = 20;
    private static final int BOTTOM = 40;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yy", Locale.UK).withZone(ZoneId.systemDefault());

    WellbeingChart(List<WellbeingRating> ratings) {
        super(svg(ratings));
        setId("wellbeing-chart");
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", describe(ratings));
    }

    /** The chart's content in words, for screen readers. */
    static String describe(List<WellbeingRating> ratings) {
        if (ratings.isEmpty()) {
            return "Wellbeing ratings: none recorded yet";
        }
        Map<Instant, List<WellbeingRating>> byOccasion = occasions(ratings);
        List<WellbeingRating> latest = byOccasion.get(((TreeMap<Instant, List<WellbeingRating>>) byOccasion).lastKey());
        return "Wellbeing ratings on " + byOccasion.size() + " occasions; latest: " + latest.stream()
                .map(r -> r.getIndicator().displayName() + " " + r.getRating()).collect(Collectors.joining(", "));
    }

    private static Map<Instant, List<WellbeingRating>> occasions(List<WellbeingRating> ratings) {
        return ratings.stream().collect(Collectors.groupingBy(WellbeingRating::getRatedAt, TreeMap::new, Collectors.toList()));
    }

    private static String svg(List<WellbeingRating> ratings) {
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\" font-family=\"sans-serif\" font-size=\"11\">");
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        for (int rating = 1; rating <= 6; rating++) {
            int y = TOP + plotHeight - (rating - 1) * plotHeight / 5;
            s.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(LEFT + plotWidth).append("\" y1=\"").append(y)
                    .append("\" y2=\"").append(y).append("\" stroke=\"#ddd\"/>");
            s.append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(y + 4).append("\" text-anchor=\"end\">").append(rating).append("</text>");
        }
        List<Instant> when = new ArrayList<>(occasions(ratings).keySet());
        for (int i = 0; i < when.size(); i++) {
            int x = xOf(i, when.size(), plotWidth);
            s.append("<text x=\"").append(x).append("\" y=\"").append(HEIGHT - BOTTOM + 16).append("\" text-anchor=\"middle\">")
                    .append(DAY.format(when.get(i))).append("</text>");
        }
        WellbeingIndicator[] indicators = WellbeingIndicator.values();
        for (int k = 0; k < indicators.length; k++) {
            WellbeingIndicator indicator = indicators[k];
            StringBuilder points = new StringBuilder();
            for (WellbeingRating r : ratings) {
                if (r.getIndicator() == indicator) {
                    int x = xOf(when.indexOf(r.getRatedAt()), when.size(), plotWidth);
                    int y = TOP + plotHeight - (r.getRating() - 1) * plotHeight / 5;
                    points.append(x).append(',').append(y).append(' ');
                    s.append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"3\" fill=\"").append(COLOURS[k]).append("\"/>");
                }
            }
            if (!points.isEmpty()) {
                s.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(COLOURS[k]).append("\" points=\"")
                        .append(points.toString().trim()).append("\"/>");
            }
            int ly = TOP + 6 + k * 18;
            s.append("<rect x=\"").append(WIDTH - RIGHT + 16).append("\" y=\"").append(ly - 8).append("\" width=\"10\" height=\"10\" fill=\"")
                    .append(COLOURS[k]).append("\"/><text x=\"").append(WIDTH - RIGHT + 32).append("\" y=\"").append(ly + 1).append("\">")
                    .append(indicator.displayName()).append("</text>");
        }
        return s.append("</svg>").toString();
    }

    private static int xOf(int index, int count, int plotWidth) {
        return count <= 1 ? LEFT + plotWidth / 2 : LEFT + 10 + index * (plotWidth - 20) / (count - 1);
    }
}
