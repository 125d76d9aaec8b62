package org.partnerflow.improvement;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnerflow.charts.LineChart;
import org.partnerflow.words.Words;

/**
 * A measure's run chart: the values in time order, the baseline, the target and the median as lines,
 * each cycle's start marked, and the points of any shift or trend the run-chart rules find flagged,
 * with the signals named in words for screen readers.
 */
final class RunChart {

    private RunChart() {
    }

    static LineChart of(Measure measure, List<MeasureValue> values, Map<Long, Integer> cycleNumbers) {
        List<Double> measured = values.stream().map(v -> v.getMeasured().doubleValue()).toList();
        Set<Integer> flagged = new HashSet<>();
        RunChartRules.signals(measured).forEach(signal -> flagged.addAll(signal.points()));
        LineChart.Builder chart = LineChart.of("run-chart-" + measure.getId(), "Run chart: " + measure.getName())
                .occasions("Measured on", values.stream().map(v -> Words.dayMonth(v.getMeasuredOn())).toList())
                .series(measure.getName() + (measure.getUnit() == null ? "" : " (" + measure.getUnit() + ")"), measured)
                .flagged(flagged, "Shift or trend");
        Long lastCycle = null;
        for (int i = 0; i < values.size(); i++) {
            MeasureValue v = values.get(i);
            if (v.getCycleId() != null && !v.getCycleId().equals(lastCycle)) {
                chart.marker(i, "Cycle " + cycleNumbers.getOrDefault(v.getCycleId(), 0));
                lastCycle = v.getCycleId();
            }
        }
        chart.level(measure.getBaselineValue().doubleValue(), "Baseline " + plain(measure.getBaselineValue()))
                .level(measure.getTargetValue().doubleValue(), "Target " + plain(measure.getTargetValue()));
        if (!measured.isEmpty()) {
            double median = RunChartRules.median(measured);
            chart.level(median, "Median " + LineChart.number(median));
        }
        return chart.description(describe(measure, values)).build();
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
                + ", median " + LineChart.number(RunChartRules.median(points)) + ". "
                + (signals.isEmpty() ? "No shift or trend." : signals.stream().map(RunChartRules.Signal::words).collect(Collectors.joining(". ")) + ".");
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
