package org.partnerflow.improvement;

import java.util.List;
import java.util.Map;

/** Everything an improvement project's page shows: the project, its cycles, measures with their values, and its learning. */
public record ImprovementFile(
        ImprovementProject project,
        List<ActionResearchCycle> cycles,
        List<Measure> measures,
        Map<Long, List<MeasureValue>> valuesByMeasure,
        List<LearningSummary> learning) {

    /** Cycle numbers by cycle id, for marking each cycle's start on the run charts. */
    public Map<Long, Integer> cycleNumbers() {
        return cycles.stream().collect(java.util.stream.Collectors.toMap(ActionResearchCycle::getId, ActionResearchCycle::getNumber));
    }
}
