package org.partnerflow.improvement;

import com.vaadin.flow.component.Svg;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A measure's run chart, drawn as SVG on the server: the values in time order, the baseline, the
 * target and the median as lines, each cycle's start marked, and the points of any shift or trend the
 * run-chart rules find drawn larger and in another colour, with the signals named in words for
 * screen readers.
 */
class RunChart extends Svg {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 280;
    private static final int LEFT = 56;
    private static final int RIGHT = 150;
    private static final int TOP = 24;
    private static final int BOTTOM = 44;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    RunChart(Measure measure, List<MeasureValue> values, Map<Long, Integer> cycleNumbers) {
        super(svg(measure, values, cycleNumbers));
        setId("run-chart-" + measure.getId());
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", describe(measure, values));
    }

    static String describe(Measure measure, List<MeasureValue> values) {
        List<Double> points = values.stream().map(v -> v.getMeasured().doubleValue()).toList();
        if (points.isEmpty()) {
            return measure.getName() + ": no values yet; baseline " + plain(measure.getBaselineValue()) + ", target "
                    + plain(measure.getTargetValue());
        }
        List<RunChartRules.Signal> signals = RunChartRules.signals(points);
        return measure.getName() + ": " + points.size() + " values, latest " + plain(values.get(values.size() - 1).getMeasured())
                + " " + measure.getUnit() + "; baseline " + plain(measure.getBaselineValue()) + ", target " + plain(measure.getTargetValue())
                + ", median " + number(RunChartRules.median(points)) + ". "
                + (signals.isEmpty() ? "No shift or trend." : signals.stream().map(RunChartRules.Signal::words).collect(Collectors.joining(". ")) + ".");
    }

    private static String svg(Measure measure, List<MeasureValue> values, Map<Long, Integer> cycleNumbers) {
        List<Double> points = values.stream().map(v -> v.getMeasured().doubleValue()).toList();
        double baseline = measure.getBaselineValue().doubleValue();
        double target = measure.getTargetValue().doubleValue();
        double median = RunChartRules.median(points);
        double low = Math.min(baseline, target);
        double high = Math.max(baseline, target);
        for (double p : points) {
            low = Math.min(low, p);
            high = Math.max(high, p);
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
        line(s, y(baseline, min, max), "#7f8c8d", "6,4", "Baseline " + plain(measure.getBaselineValue()), plotWidth);
        line(s, y(target, min, max), "#1e8449", "2,3", "Target " + plain(measure.getTargetValue()), plotWidth);
        if (!points.isEmpty()) {
            line(s, y(median, min, max), "#b7950b", "", "Median " + number(median), plotWidth);
        }
        Set<Integer> flagged = new HashSet<>();
        RunChartRules.signals(points).forEach(signal -> flagged.addAll(signal.points()));
        StringBuilder path = new StringBuilder();
        Long lastCycle = null;
        for (int i = 0; i < values.size(); i++) {
            int x = x(i, values.size(), plotWidth);
            int y = y(points.get(i), min, max);
            path.append(x).append(',').append(y).append(' ');
            MeasureValue v = values.get(i);
            if (v.getCycleId() != null && !v.getCycleId().equals(lastCycle)) {
                // Each cycle's start: a vertical marker and its number.
                s.append("<line x1=\"").append(x - 6).append("\" y1=\"").append(TOP).append("\" x2=\"").append(x - 6).append("\" y2=\"")
                        .append(HEIGHT - BOTTOM).append("\" stroke=\"#8e44ad\" stroke-dasharray=\"3,3\"/>");
                s.append("<text x=\"").append(x - 4).append("\" y=\"").append(TOP - 8).append("\" fill=\"#8e44ad\">Cycle ")
                        .append(cycleNumbers.getOrDefault(v.getCycleId(), 0)).append("</text>");
                lastCycle = v.getCycleId();
            }
            s.append("<text x=\"").append(x).append("\" y=\"").append(HEIGHT - BOTTOM + 16).append("\" text-anchor=\"middle\">")
                    .append(DAY.format(v.getMeasuredOn())).append("</text>");
        }
        if (!path.isEmpty()) {
            s.append("<polyline fill=\"none\" stroke=\"#1b6ac9\" stroke-width=\"2\" points=\"").append(path.toString().trim()).append("\"/>");
        }
        for (int i = 0; i < values.size(); i++) {
            boolean signal = flagged.contains(i);
            s.append("<circle cx=\"").append(x(i, values.size(), plotWidth)).append("\" cy=\"").append(y(points.get(i), min, max))
                    .append("\" r=\"").append(signal ? 5 : 3).append("\" fill=\"").append(signal ? "#c0392b" : "#1b6ac9")
                    .append("\"><title>").append(DAY.format(values.get(i).getMeasuredOn())).append(": ")
                    .append(plain(values.get(i).getMeasured())).append(signal ? " (part of a shift or trend)" : "").append("</title></circle>");
        }
        if (!flagged.isEmpty()) {
            s.append("<circle cx=\"").append(WIDTH - RIGHT + 20).append("\" cy=\"").append(HEIGHT - BOTTOM - 4)
                    .append("\" r=\"5\" fill=\"#c0392b\"/><text x=\"").append(WIDTH - RIGHT + 30).append("\" y=\"").append(HEIGHT - BOTTOM)
                    .append("\">Shift or trend</text>");
        }
        return s.append("</svg>").toString();
    }

    private static void line(StringBuilder s, int y, String colour, String dash, String label, int plotWidth) {
        s.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(y).append("\" x2=\"").append(LEFT + plotWidth).append("\" y2=\"")
                .append(y).append("\" stroke=\"").append(colour).append('"')
                .append(dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"").append("/>");
        s.append("<text x=\"").append(LEFT + plotWidth + 8).append("\" y=\"").append(y + 4).append("\" fill=\"").append(colour).append("\">")
                .append(label).append("</text>");
    }

    private static int x(int index, int count, int plotWidth) {
        return count <= 1 ? LEFT + plotWidth / 2 : LEFT + 12 + index * (plotWidth - 24) / (count - 1);
    }

    private static int y(double value, double min, double max) {
        return (int) Math.round(TOP + (HEIGHT - TOP - BOTTOM) * (max - value) / (max - min));
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.UK, "%.1f", d);
    }
}
