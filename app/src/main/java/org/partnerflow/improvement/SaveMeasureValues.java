package org.partnerflow.improvement;

import static org.partnerflow.improvement.WrittenLines.number;
import static org.partnerflow.improvement.WrittenLines.refused;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.workflow.Actors;
import org.partnerflow.workflow.form.Answers;
import org.springframework.stereotype.Component;

/** "measure; value; note" per line, measured on the given date, in the current cycle. */
@Component("saveMeasureValues")
class SaveMeasureValues implements JavaDelegate {

    private static final String FORM = "record-measure-values";

    private final RunningProjects running;
    private final ActionResearchCycles cycles;
    private final Measures measures;
    private final MeasureValues values;
    private final Clock clock;

    SaveMeasureValues(RunningProjects running, ActionResearchCycles cycles, Measures measures, MeasureValues values, Clock clock) {
        this.running = running;
        this.cycles = cycles;
        this.measures = measures;
        this.values = values;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution e) {
        ImprovementProject project = running.of(e);
        RecordMeasureValuesAnswers a = Answers.of(e, RecordMeasureValuesAnswers.class);
        Map<String, Measure> byName = new HashMap<>();
        measures.findByProjectIdOrderByIdAsc(project.getId()).forEach(m -> byName.put(m.getName().toLowerCase(Locale.ROOT), m));
        LocalDate on = a.measuredOn();
        if (on == null) {
            throw refused(FORM, "measuredOn", "the date must be a date written YYYY-MM-DD");
        }
        Long cycleId = cycles.findByProjectIdAndNumber(project.getId(), project.getCurrentCycle()).map(ActionResearchCycle::getId).orElse(null);
        String[] rows = String.valueOf(a.measureValues()).strip().split("\\R");
        List<MeasureValue> read = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].isBlank()) {
                continue;
            }
            String line = "line " + (i + 1) + ": ";
            String[] p = rows[i].split(";", 3);
            Measure measure = byName.get(p[0].strip().toLowerCase(Locale.ROOT));
            if (measure == null) {
                throw refused(FORM, "measureValues", line + "'" + p[0].strip() + "' is not one of this project's measures ("
                        + String.join(", ", byName.values().stream().map(Measure::getName).sorted().toList()) + ")");
            }
            if (p.length < 2) {
                throw refused(FORM, "measureValues", line + "give the value after the measure's name");
            }
            BigDecimal value = number(p[1], FORM, "measureValues", line + "the value");
            String note = p.length > 2 && !p[2].isBlank() ? p[2].strip() : null;
            if (note != null && note.length() > 1000) {
                throw refused(FORM, "measureValues", line + "the note may have up to 1,000 characters");
            }
            read.add(new MeasureValue(measure.getId(), cycleId, on, value, note, Actors.of(e), clock.instant()));
        }
        read.forEach(values::save);
        // The lead may end the trial early with these values; the choice is the trial's own (local to
        // its subprocess), so the next cycle's trial starts without it. The next round starts blank.
        e.setVariableLocal("trialEndsNow", a.endTrialNow());
        e.removeVariables(List.of("measuredOn", "measureValues", "endTrialNow"));
    }
}
