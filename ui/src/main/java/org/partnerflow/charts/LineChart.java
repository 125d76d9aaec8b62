package org.partnerflow.charts;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Entities;

/**
 * The one chart of the product: lines over a row of occasions (dates, school years, cycles), drawn as
 * SVG on the server, with
 * <ul>
 *   <li>axis ticks and labels: every step of a fixed scale (ratings 1–6), else round steps;</li>
 *   <li>each series in its own colour <em>and</em> its own dash pattern and point marker, so the lines
 *       differ in print and for people who do not tell the colours apart;</li>
 *   <li>reference levels (baseline, target, median) as labelled lines, markers before chosen points
 *       (a cycle's start), flagged points (a shift, a target met) drawn larger and named in a legend;</li>
 *   <li>a title and description inside the SVG, the description also the figure's accessible name,
 *       and the same numbers as a data table under the chart ("Show the data").</li>
 * </ul>
 * Hand-built SVG rather than Apache ECharts: no commercial Vaadin chart component, no npm package to
 * fetch and bundle for production, and the picture is built on the server, so a Karibu test reads the
 * markup and the table without a browser. Every text that goes into the markup is escaped; the table
 * is built as elements, whose text Vaadin never reads as markup.
 */
public class LineChart extends Div {

    /** One line: its name and a value per occasion (null where there was none then). */
    public record Series(String name, List<Double> values) {
    }

    /** A labelled horizontal reference line. */
    public record Level(double value, String label) {
    }

    /** A vertical marker just before the occasion at {@code index}. */
    public record Marker(int index, String label) {
    }

    /** How one series is drawn: colour, SVG dash pattern (empty for solid) and point marker. */
    public record Style(String colour, String dash, Shape shape) {
    }

    public enum Shape { CIRCLE, SQUARE, TRIANGLE, DIAMOND, CROSS }

    static final String FLAG_COLOUR = "#c0392b";
    private static final String[] COLOURS = {"#1b6ac9", "#c0392b", "#1e8449", "#8e44ad", "#d35400", "#117a65", "#7f8c8d",
            "#b7950b", "#2c3e50"};
    private static final String[] DASHES = {"", "6,3", "2,3", "8,3,2,3", "12,4", "1,4", "4,2,1,2", "10,2,2,2,2,2", "3,6"};
    private static final String[] LEVEL_COLOURS = {"#7f8c8d", "#1e8449", "#b7950b", "#2c3e50"};
    private static final String[] LEVEL_DASHES = {"6,4", "2,3", "", "8,3,2,3"};
    private static final int WIDTH = 720;
    private static final int HEIGHT = 280;
    private static final int LEFT = 48;
    private static final int RIGHT = 190;
    private static final int TOP = 28;
    private static final int BOTTOM = 44;

    private final Svg svg;
    private final Element table;
    private final List<Style> styles;

    private LineChart(Builder b) {
        setId(b.id);
        addClassName("pf-chart");
        // The figure's accessible name says in words what the lines show.
        getElement().setAttribute("role", "figure");
        getElement().setAttribute("aria-label", b.description);
        styles = new ArrayList<>();
        for (int k = 0; k < b.series.size(); k++) {
            styles.add(new Style(COLOURS[k % COLOURS.length], DASHES[k % DASHES.length], Shape.values()[k % Shape.values().length]));
        }
        svg = new Svg(svg(b, styles));
        svg.setId(b.id + "-picture");
        svg.getElement().setAttribute("role", "img");
        svg.getElement().setAttribute("aria-label", b.description);
        table = table(b);
        Div tableBox = new Div();
        tableBox.getElement().appendChild(table);
        Details data = new Details("Show the data: " + b.title, tableBox);
        data.setId(b.id + "-data");
        add(svg, data);
    }

    public static Builder of(String id, String title) {
        return new Builder(id, title);
    }

    /** The picture, for tests and for pages that print it. */
    public Svg svg() {
        return svg;
    }

    /** The data table's rows as shown, the header first: the occasion, then each series' value. */
    public List<List<String>> tableRows() {
        List<List<String>> rows = new ArrayList<>();
        table.getChildren().filter(e -> !e.getTag().equals("caption")).flatMap(Element::getChildren)
                .forEach(tr -> rows.add(tr.getChildren().map(Element::getText).toList()));
        return rows;
    }

    /** How each series is drawn, in the series' order. */
    public List<Style> styles() {
        return List.copyOf(styles);
    }

    /** Builds a chart: occasions, then series, levels, markers and flags, then a description in words. */
    public static final class Builder {
        private final String id;
        private final String title;
        private final List<String> occasions = new ArrayList<>();
        private final List<Series> series = new ArrayList<>();
        private final List<Level> levels = new ArrayList<>();
        private final List<Marker> markers = new ArrayList<>();
        private Set<Integer> flagged = Set.of();
        private String flaggedLegend = "";
        private Double lowest;
        private Double highest;
        private String occasionHeader = "When";
        private String description = "";

        private Builder(String id, String title) {
            this.id = id;
            this.title = title;
        }

        /** The occasions along the bottom axis, and what the data table calls them ("School year"). */
        public Builder occasions(String header, List<String> labels) {
            occasionHeader = header;
            occasions.addAll(labels);
            return this;
        }

        /** A fixed scale with a tick at every whole step (the six-point rating scales). */
        public Builder scale(int lowest, int highest) {
            this.lowest = (double) lowest;
            this.highest = (double) highest;
            return this;
        }

        public Builder series(String name, List<Double> values) {
            series.add(new Series(name, values));
            return this;
        }

        public Builder level(double value, String label) {
            levels.add(new Level(value, label));
            return this;
        }

        public Builder marker(int index, String label) {
            markers.add(new Marker(index, label));
            return this;
        }

        /** Points of the first series drawn larger in red and named in the legend (a shift, a target met). */
        public Builder flagged(Set<Integer> points, String legend) {
            flagged = Set.copyOf(points);
            flaggedLegend = legend;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public LineChart build() {
            return new LineChart(this);
        }
    }

    private static String svg(Builder b, List<Style> styles) {
        double[] range = range(b);
        double min = range[0];
        double max = range[1];
        int count = b.occasions.size();
        int plotWidth = WIDTH - LEFT - RIGHT;
        int bottom = HEIGHT - BOTTOM;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" font-family=\"sans-serif\" font-size=\"11\" aria-labelledby=\"").append(escape(b.id)).append("-title ")
                .append(escape(b.id)).append("-desc\">");
        s.append("<title id=\"").append(escape(b.id)).append("-title\">").append(escape(b.title)).append("</title>");
        s.append("<desc id=\"").append(escape(b.id)).append("-desc\">").append(escape(b.description)).append("</desc>");
        // Axes with ticks and their labels.
        s.append("<g stroke=\"#999\">").append(line(LEFT, TOP, LEFT, bottom, "#999", "")).append(line(LEFT, bottom, LEFT + plotWidth, bottom, "#999", ""))
                .append("</g>");
        for (double tick : ticks(b, min, max)) {
            int y = y(tick, min, max);
            s.append(line(LEFT, y, LEFT + plotWidth, y, "#eee", "")).append(line(LEFT - 4, y, LEFT, y, "#999", ""));
            s.append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(y + 4).append("\" text-anchor=\"end\">")
                    .append(number(tick)).append("</text>");
        }
        int every = Math.max(1, (count + 11) / 12); // at most about twelve labels along the bottom
        for (int i = 0; i < count; i++) {
            int x = x(i, count, plotWidth);
            s.append(line(x, bottom, x, bottom + 4, "#999", ""));
            if (i % every == 0 || i == count - 1) {
                s.append("<text x=\"").append(x).append("\" y=\"").append(bottom + 16).append("\" text-anchor=\"middle\">")
                        .append(escape(b.occasions.get(i))).append("</text>");
            }
        }
        for (int l = 0; l < b.levels.size(); l++) {
            Level level = b.levels.get(l);
            String colour = LEVEL_COLOURS[l % LEVEL_COLOURS.length];
            int y = y(level.value(), min, max);
            s.append(line(LEFT, y, LEFT + plotWidth, y, colour, LEVEL_DASHES[l % LEVEL_DASHES.length]));
            s.append("<text x=\"").append(LEFT + plotWidth + 8).append("\" y=\"").append(y + 4).append("\" fill=\"").append(colour)
                    .append("\">").append(escape(level.label())).append("</text>");
        }
        for (Marker m : b.markers) {
            int x = x(m.index(), count, plotWidth) - 6;
            s.append(line(x, TOP, x, bottom, "#8e44ad", "3,3"));
            s.append("<text x=\"").append(x + 2).append("\" y=\"").append(TOP - 8).append("\" fill=\"#8e44ad\">")
                    .append(escape(m.label())).append("</text>");
        }
        boolean anyFlagged = false;
        for (int k = 0; k < b.series.size(); k++) {
            Series series = b.series.get(k);
            Style style = styles.get(k);
            StringBuilder points = new StringBuilder();
            StringBuilder marks = new StringBuilder();
            for (int i = 0; i < series.values().size() && i < count; i++) {
                Double value = series.values().get(i);
                if (value == null) {
                    continue;
                }
                int x = x(i, count, plotWidth);
                int y = y(value, min, max);
                points.append(x).append(',').append(y).append(' ');
                boolean flag = k == 0 && b.flagged.contains(i);
                anyFlagged |= flag;
                String tip = escape(b.occasions.get(i)) + ": " + number(value) + (series.name().isEmpty() ? "" : " (" + escape(series.name()) + ")")
                        + (flag ? " (" + escape(b.flaggedLegend) + ")" : "");
                marks.append(flag ? "<circle cx=\"" + x + "\" cy=\"" + y + "\" r=\"5\" fill=\"" + FLAG_COLOUR + "\"><title>" + tip + "</title></circle>"
                        : shape(style, x, y, tip));
            }
            s.append("<g class=\"series\">");
            if (!points.isEmpty()) {
                s.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(style.colour()).append('"')
                        .append(style.dash().isEmpty() ? "" : " stroke-dasharray=\"" + style.dash() + "\"")
                        .append(" points=\"").append(points.toString().trim()).append("\"/>");
            }
            s.append(marks).append("</g>");
            if (!series.name().isEmpty()) {
                int ly = TOP + 6 + k * 18;
                int lx = WIDTH - RIGHT + 16;
                s.append(line(lx, ly - 3, lx + 22, ly - 3, style.colour(), style.dash())).append(shape(style, lx + 11, ly - 3, null))
                        .append("<text x=\"").append(lx + 28).append("\" y=\"").append(ly + 1).append("\">").append(escape(series.name()))
                        .append("</text>");
            }
        }
        if (anyFlagged) {
            s.append("<circle cx=\"").append(WIDTH - RIGHT + 20).append("\" cy=\"").append(bottom - 4).append("\" r=\"5\" fill=\"")
                    .append(FLAG_COLOUR).append("\"/><text x=\"").append(WIDTH - RIGHT + 30).append("\" y=\"").append(bottom)
                    .append("\">").append(escape(b.flaggedLegend)).append("</text>");
        }
        return s.append("</svg>").toString();
    }

    private static Element table(Builder b) {
        Element table = new Element("table");
        table.getStyle().set("border-collapse", "collapse").set("font-size", "var(--lumo-font-size-s)");
        Element caption = new Element("caption");
        caption.setText(b.title + (b.levels.isEmpty() ? "" : ". " + String.join(", ", b.levels.stream().map(Level::label).toList()))
                + (b.markers.isEmpty() ? "" : ". " + String.join(", ", b.markers.stream()
                        .map(m -> m.label() + " from " + (m.index() < b.occasions.size() ? b.occasions.get(m.index()) : "")).toList())));
        table.appendChild(caption);
        Element head = new Element("thead");
        Element header = new Element("tr");
        header.appendChild(cell("th", b.occasionHeader));
        b.series.forEach(s -> header.appendChild(cell("th", s.name().isEmpty() ? "Value" : s.name())));
        head.appendChild(header);
        Element body = new Element("tbody");
        for (int i = 0; i < b.occasions.size(); i++) {
            Element row = new Element("tr");
            row.appendChild(cell("th", b.occasions.get(i)));
            for (int k = 0; k < b.series.size(); k++) {
                List<Double> values = b.series.get(k).values();
                Double value = i < values.size() ? values.get(i) : null;
                row.appendChild(cell("td", value == null ? "–" : number(value)
                        + (k == 0 && b.flagged.contains(i) ? " (" + b.flaggedLegend + ")" : "")));
            }
            body.appendChild(row);
        }
        table.appendChild(head, body);
        return table;
    }

    private static Element cell(String tag, String text) {
        Element cell = new Element(tag);
        cell.setText(text);
        cell.getStyle().set("text-align", "left").set("padding", "0 0.75em 0 0");
        if (tag.equals("th")) {
            cell.setAttribute("scope", "row");
        }
        return cell;
    }

    /** The value range drawn: the fixed scale, else the values and levels with a margin. */
    private static double[] range(Builder b) {
        if (b.lowest != null) {
            return new double[] {b.lowest, b.highest};
        }
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (Level l : b.levels) {
            low = Math.min(low, l.value());
            high = Math.max(high, l.value());
        }
        for (Series s : b.series) {
            for (Double v : s.values()) {
                if (v != null) {
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                }
            }
        }
        if (low > high) {
            low = 0;
            high = 1;
        }
        double pad = Math.max((high - low) * 0.1, 1);
        return new double[] {low - pad, high + pad};
    }

    /** Every whole step of a fixed scale; else about five round steps (1, 2 or 5 times a power of ten). */
    static List<Double> ticks(Builder b, double min, double max) {
        List<Double> ticks = new ArrayList<>();
        if (b.lowest != null) {
            for (double t = min; t <= max + 1e-9; t++) {
                ticks.add(t);
            }
            return ticks;
        }
        double rough = (max - min) / 5;
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double step = rough / power < 1.5 ? power : rough / power < 3.5 ? 2 * power : rough / power < 7.5 ? 5 * power : 10 * power;
        for (double t = Math.ceil(min / step) * step; t <= max + 1e-9; t += step) {
            ticks.add(Math.round(t / step) * step);
        }
        return ticks;
    }

    private static String shape(Style style, int x, int y, String tip) {
        String title = tip == null ? "" : "<title>" + tip + "</title>";
        String fill = "\" fill=\"" + style.colour() + "\">";
        return switch (style.shape()) {
            case CIRCLE -> "<circle cx=\"" + x + "\" cy=\"" + y + "\" r=\"3.5" + fill + title + "</circle>";
            case SQUARE -> "<rect x=\"" + (x - 3) + "\" y=\"" + (y - 3) + "\" width=\"7\" height=\"7" + fill + title + "</rect>";
            case TRIANGLE -> "<path d=\"M" + x + " " + (y - 4) + " L" + (x + 4) + " " + (y + 3) + " L" + (x - 4) + " " + (y + 3) + " Z" + fill
                    + title + "</path>";
            case DIAMOND -> "<path d=\"M" + x + " " + (y - 4) + " L" + (x + 4) + " " + y + " L" + x + " " + (y + 4) + " L" + (x - 4) + " " + y
                    + " Z" + fill + title + "</path>";
            case CROSS -> "<path d=\"M" + (x - 4) + " " + (y - 4) + " L" + (x + 4) + " " + (y + 4) + " M" + (x + 4) + " " + (y - 4) + " L"
                    + (x - 4) + " " + (y + 4) + "\" stroke-width=\"2\" stroke=\"" + style.colour() + "\">" + title + "</path>";
        };
    }

    private static String line(int x1, int y1, int x2, int y2, String colour, String dash) {
        return "<line x1=\"" + x1 + "\" y1=\"" + y1 + "\" x2=\"" + x2 + "\" y2=\"" + y2 + "\" stroke=\"" + colour + "\""
                + (dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"") + "/>";
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

    private static String escape(String text) {
        return Entities.escape(text == null ? "" : text);
    }
}
