package org.partnerflow.improvement;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnerflow.ValueChart;

/**
 * A measure's run chart: the values in time order, the baseline, the target and the median as lines,
 * each cycle's start marked, and the points of any shift or trend the run-chart rules find flagged,
 * with the signals named in words for screen readers.
 */
final class RunChart {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    private RunChart() {
    }

    static ValueChart of(Measure measure, List<MeasureValue> values, Map<Long, Integer> cycleNumbers) {
        List<Double> measured = values.stream().map(v -> v.getMeasured().doubleValue()).toList();
        Set<Integer> flagged = new HashSet<>();
        RunChartRules.signals(measured).forEach(signal -> flagged.addAll(signal.points()));
        List<ValueChart.Point> points = new ArrayList<>();
        List<ValueChart.Marker> markers = new ArrayList<>();
        Long lastCycle = null;
        for (int i = 0; i < values.size(); i++) {
            MeasureValue v = values.get(i);
            points.add(new ValueChart.Point(DAY.format(v.getMeasuredOn()), measured.get(i), flagged.contains(i)));
            if (v.getCycleId() != null && !v.getCycleId().equals(lastCycle)) {
                markers.add(new ValueChart.Marker(i, "Cycle " + cycleNumbers.getOrDefault(v.getCycleId(), 0)));
                lastCycle = v.getCycleId();
            }
        }
        List<ValueChart.Level> levels = new ArrayList<>(List.of(
                new ValueChart.Level(measure.getBaselineValue().doubleValue(), "Baseline " + plain(measure.getBaselineValue()), "#7f8c8d", "6,4"),
                new ValueChart.Level(measure.getTargetValue().doubleValue(), "Target " + plain(measure.getTargetValue()), "#1e8449", "2,3")));
        if (!measured.isEmpty()) {
            double median = RunChartRules.median(measured);
            levels.add(new ValueChart.Level(median, "Median " + ValueChart.number(median), "#b7950b", ""));
        }
        return new ValueChart("run-chart-" + measure.getId(), points, levels, markers, "Shift or trend", describe(measure, values));
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
                + ", median " + ValueChart.number(RunChartRules.median(points)) + ". "
                + (signals.isEmpty() ? "No shift or trend." : signals.stream().map(RunChartRules.Signal::words).collect(Collectors.joining(". ")) + ".");
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
