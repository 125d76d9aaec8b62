package org.partnerflow;

import com.vaadin.flow.component.Svg;
import java.util.List;

/**
 * Ratings on a fixed scale (the six-point scales of SHANARRI ratings and HGIOS4 evaluations) across
 * occasions, drawn as plain SVG on the server: one line per series, a legend, and a description in
 * words for screen readers. Every text that goes into the markup is escaped.
 */
public class RatingChart extends Svg {

    /** One line: its name and a value per occasion (null where it was not rated then). */
    public record Series(String name, List<Double> values) {
    }

    private static final String[] COLOURS = {"#1b6ac9", "#c0392b", "#1e8449", "#8e44ad", "#d35400", "#117a65", "#7f8c8d",
            "#b7950b", "#2c3e50"};
    private static final int WIDTH = 700;
    private static final int HEIGHT = 260;
    private static final int LEFT = 40;
    private static final int RIGHT = 210;
    private static final int TOP = 20;
    private static final int BOTTOM = 40;

    public RatingChart(String id, int lowest, int highest, List<String> occasions, List<Series> series, String description) {
        super(svg(lowest, highest, occasions, series));
        setId(id);
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", description);
    }

    private static String svg(int lowest, int highest, List<String> occasions, List<Series> series) {
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\" font-family=\"sans-serif\" font-size=\"11\">");
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int steps = highest - lowest;
        for (int value = lowest; value <= highest; value++) {
            int y = yOf(value, lowest, steps, plotHeight);
            s.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(LEFT + plotWidth).append("\" y1=\"").append(y)
                    .append("\" y2=\"").append(y).append("\" stroke=\"#ddd\"/>");
            s.append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(y + 4).append("\" text-anchor=\"end\">").append(value).append("</text>");
        }
        for (int i = 0; i < occasions.size(); i++) {
            s.append("<text x=\"").append(xOf(i, occasions.size(), plotWidth)).append("\" y=\"").append(HEIGHT - BOTTOM + 16)
                    .append("\" text-anchor=\"middle\">").append(ValueChart.escape(occasions.get(i))).append("</text>");
        }
        for (int k = 0; k < series.size(); k++) {
            String colour = COLOURS[k % COLOURS.length];
            StringBuilder points = new StringBuilder();
            List<Double> values = series.get(k).values();
            for (int i = 0; i < values.size() && i < occasions.size(); i++) {
                if (values.get(i) == null) {
                    continue;
                }
                int x = xOf(i, occasions.size(), plotWidth);
                int y = yOf(values.get(i), lowest, steps, plotHeight);
                points.append(x).append(',').append(y).append(' ');
                s.append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"3\" fill=\"").append(colour).append("\"/>");
            }
            if (!points.isEmpty()) {
                s.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(colour).append("\" points=\"")
                        .append(points.toString().trim()).append("\"/>");
            }
            int ly = TOP + 6 + k * 18;
            s.append("<rect x=\"").append(WIDTH - RIGHT + 16).append("\" y=\"").append(ly - 8).append("\" width=\"10\" height=\"10\" fill=\"")
                    .append(colour).append("\"/><text x=\"").append(WIDTH - RIGHT + 32).append("\" y=\"").append(ly + 1).append("\">")
                    .append(ValueChart.escape(series.get(k).name())).append("</text>");
        }
        return s.append("</svg>").toString();
    }

    private static int yOf(double value, int lowest, int steps, int plotHeight) {
        return (int) Math.round(TOP + plotHeight - (value - lowest) * plotHeight / steps);
    }

    private static int xOf(int index, int count, int plotWidth) {
        return count <= 1 ? LEFT + plotWidth / 2 : LEFT + 10 + index * (plotWidth - 20) / (count - 1);
    }
}
