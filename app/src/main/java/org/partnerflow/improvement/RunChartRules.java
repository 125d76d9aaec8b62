package org.partnerflow.improvement;

import java.util.ArrayList;
import java.util.List;

/**
 * The standard run-chart rules (Institute for Healthcare Improvement, as used by Scottish improvement
 * teams), computed on a measure's values in time order:
 * <ul>
 *   <li>a <b>shift</b>: six or more consecutive points all above or all below the median; points on
 *       the median neither add to nor break a shift;</li>
 *   <li>a <b>trend</b>: five or more consecutive points all going up or all going down; a point equal
 *       to the one before neither adds to nor breaks a trend.</li>
 * </ul>
 * Each signal names the points it covers (indexes into the values), so a chart can flag them.
 */
public final class RunChartRules {

    public static final int SHIFT_LENGTH = 6;
    public static final int TREND_LENGTH = 5;

    public enum Kind { SHIFT_ABOVE, SHIFT_BELOW, TREND_UP, TREND_DOWN }

    /** A signal found by a rule: its kind and the indexes of the points that make it up. */
    public record Signal(Kind kind, List<Integer> points) {

        public String words() {
            return switch (kind) {
                case SHIFT_ABOVE -> "Shift: " + points.size() + " points in a row above the median";
                case SHIFT_BELOW -> "Shift: " + points.size() + " points in a row below the median";
                case TREND_UP -> "Trend: " + points.size() + " points in a row going up";
                case TREND_DOWN -> "Trend: " + points.size() + " points in a row going down";
            };
        }
    }

    private RunChartRules() {
    }

    /** The median of the values; NaN when there are none. */
    public static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** Every shift and trend in the values, in the order they start. */
    public static List<Signal> signals(List<Double> values) {
        List<Signal> found = new ArrayList<>(shifts(values, median(values)));
        found.addAll(trends(values));
        found.sort((a, b) -> Integer.compare(a.points().get(0), b.points().get(0)));
        return found;
    }

    static List<Signal> shifts(List<Double> values, double median) {
        List<Signal> found = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        int side = 0;
        for (int i = 0; i < values.size(); i++) {
            int s = Double.compare(values.get(i), median);
            if (s == 0) {
                continue; // on the median: neither adds to nor breaks the run
            }
            if (s != side) {
                close(found, run, side > 0 ? Kind.SHIFT_ABOVE : Kind.SHIFT_BELOW, SHIFT_LENGTH);
                run = new ArrayList<>();
                side = s;
            }
            run.add(i);
        }
        close(found, run, side > 0 ? Kind.SHIFT_ABOVE : Kind.SHIFT_BELOW, SHIFT_LENGTH);
        return found;
    }

    static List<Signal> trends(List<Double> values) {
        List<Signal> found = new ArrayList<>();
        if (values.isEmpty()) {
            return found;
        }
        List<Integer> run = new ArrayList<>(List.of(0));
        int direction = 0;
        int last = 0;
        for (int i = 1; i < values.size(); i++) {
            int d = Double.compare(values.get(i), values.get(last));
            if (d == 0) {
                continue; // repeats the point before: neither adds to nor breaks the trend
            }
            if (direction != 0 && d != direction) {
                close(found, run, direction > 0 ? Kind.TREND_UP : Kind.TREND_DOWN, TREND_LENGTH);
                run = new ArrayList<>(List.of(last));
            }
            direction = d;
            run.add(i);
            last = i;
        }
        close(found, run, direction > 0 ? Kind.TREND_UP : Kind.TREND_DOWN, TREND_LENGTH);
        return found;
    }

    private static void close(List<Signal> found, List<Integer> run, Kind kind, int length) {
        if (run.size() >= length) {
            found.add(new Signal(kind, List.copyOf(run)));
        }
    }
}
