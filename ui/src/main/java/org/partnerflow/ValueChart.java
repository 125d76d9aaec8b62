package org.partnerflow;

import com.vaadin.flow.component.Svg;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * Values over time on an open scale, drawn as plain SVG on the server: the points joined in order,
 * reference levels (baseline, target, median) as labelled horizontal lines, markers before chosen
 * points (a cycle's start), and flagged points drawn larger in another colour. Used for measures' run
 * charts and the critical indicators. Every text that goes into the markup is escaped; the
 * description in words is the chart's accessible name.
 */
public class ValueChart extends Svg {

    /** One point: its label on the time axis, its value, and whether a rule flagged it. */
    public record Point(String label, double value, boolean flagged) {
    }

    /** A horizontal reference line. {@code dash} is an SVG dash pattern, empty for a solid line. */
    public record Level(double value, String label, String colour, String dash) {
    }

    /** A dashed vertical marker just before the point at {@code index}. */
    public record Marker(int index, String label) {
    }

    private static final int WIDTH = 720;
    private static final int HEIGHT = 280;
    private static final int LEFT = 56;
    private static final int RIGHT = 170;
    private static final int TOP = 24;
    private static final int BOTTOM = 44;

    public ValueChart(String id, List<Point> points, List<Level> levels, List<Marker> markers, String flaggedLegend,
                      String description) {
        super(svg(points, levels, markers, flaggedLegend));
        setId(id);
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", description);
    }

    private static String svg(List<Point> points, List<Level> levels, List<Marker> markers, String flaggedLegend) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (Level l : levels) {
            low = Math.min(low, l.value());
            high = Math.max(high, l.value());
        }
        for (Point p : points) {
            low = Math.min(low, p.value());
            high = Math.max(high, p.value());
        }
        if (low > high) {
            low = 0;
            high = 1;
        }
        double pad = Math.max((high - low) * 0.1, 1);
        double min = low - pad;
        double max = high + pad;
        int plotWidth = WIDTH - LEFT - RIGHT;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\" font-family=\"sans-serif\" font-size=\"11\">");
        s.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"").append(LEFT).append("\" y2=\"")
                .append(HEIGHT - BOTTOM).append("\" stroke=\"#999\"/>");
        for (Level l : levels) {
            int y = y(l.value(), min, max);
            s.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(y).append("\" x2=\"").append(LEFT + plotWidth).append("\" y2=\"")
                    .append(y).append("\" stroke=\"").append(l.colour()).append('"')
                    .append(l.dash().isEmpty() ? "" : " stroke-dasharray=\"" + l.dash() + "\"").append("/>");
            s.append("<text x=\"").append(LEFT + plotWidth + 8).append("\" y=\"").append(y + 4).append("\" fill=\"").append(l.colour())
                    .append("\">").append(escape(l.label())).append("</text>");
        }
        for (Marker m : markers) {
            int x = x(m.index(), points.size(), plotWidth) - 6;
            s.append("<line x1=\"").append(x).append("\" y1=\"").append(TOP).append("\" x2=\"").append(x).append("\" y2=\"")
                    .append(HEIGHT - BOTTOM).append("\" stroke=\"#8e44ad\" stroke-dasharray=\"3,3\"/>");
            s.append("<text x=\"").append(x + 2).append("\" y=\"").append(TOP - 8).append("\" fill=\"#8e44ad\">")
                    .append(escape(m.label())).append("</text>");
        }
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            int x = x(i, points.size(), plotWidth);
            path.append(x).append(',').append(y(points.get(i).value(), min, max)).append(' ');
            s.append("<text x=\"").append(x).append("\" y=\"").append(HEIGHT - BOTTOM + 16).append("\" text-anchor=\"middle\">")
                    .append(escape(points.get(i).label())).append("</text>");
        }
        if (!path.isEmpty()) {
            s.append("<polyline fill=\"none\" stroke=\"#1b6ac9\" stroke-width=\"2\" points=\"").append(path.toString().trim()).append("\"/>");
        }
        boolean anyFlagged = false;
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            anyFlagged |= p.flagged();
            s.append("<circle cx=\"").append(x(i, points.size(), plotWidth)).append("\" cy=\"").append(y(p.value(), min, max))
                    .append("\" r=\"").append(p.flagged() ? 5 : 3).append("\" fill=\"").append(p.flagged() ? "#c0392b" : "#1b6ac9")
                    .append("\"><title>").append(escape(p.label())).append(": ").append(number(p.value()))
                    .append(p.flagged() ? " (" + escape(flaggedLegend) + ")" : "").append("</title></circle>");
        }
        if (anyFlagged) {
            s.append("<circle cx=\"").append(WIDTH - RIGHT + 20).append("\" cy=\"").append(HEIGHT - BOTTOM - 4)
                    .append("\" r=\"5\" fill=\"#c0392b\"/><text x=\"").append(WIDTH - RIGHT + 30).append("\" y=\"").append(HEIGHT - BOTTOM)
                    .append("\">").append(escape(flaggedLegend)).append("</text>");
        }
        return s.append("</svg>").toString();
    }

    private static int x(int index, int count, int plotWidth) {
        return count <= 1 ? LEFT + plotWidth / 2 : LEFT + 12 + index * (plotWidth - 24) / (count - 1);
    }

    private static int y(double value, double min, double max) {
        return (int) Math.round(TOP + (HEIGHT - TOP - BOTTOM) * (max - value) / (max - min));
    }

    /** A number as people write it: at most two decimals, no trailing zeros. */
    public static String number(double d) {
        return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static String escape(String text) {
        return Entities.escape(text);
    }
}
