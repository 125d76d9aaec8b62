package org.partnerflow.improvement;

import static org.partnerflow.improvement.WrittenLines.date;
import static org.partnerflow.improvement.WrittenLines.number;
import static org.partnerflow.improvement.WrittenLines.refused;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.workflow.form.Answers;
import org.springframework.stereotype.Component;

/**
 * What success looks like: "name; unit; higher or lower; source; baseline; baseline date; target; target date"
 * per line, each refused at the field, naming the line, if it cannot be read; and the prediction.
 */
@Component("recordMeasures")
class RecordMeasures implements JavaDelegate {

    private static final String FORM = "define-success";

    private final RunningProjects running;
    private final Measures measures;

    RecordMeasures(RunningProjects running, Measures measures) {
        this.running = running;
        this.measures = measures;
    }

    @Override
    public void execute(DelegateExecution e) {
        ImprovementProject project = running.of(e);
        DefineSuccessAnswers a = Answers.of(e, DefineSuccessAnswers.class);
        List<Measure> read = new ArrayList<>();
        String[] rows = String.valueOf(a.measures()).strip().split("\\R");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].isBlank()) {
                continue;
            }
            String line = "line " + (i + 1) + ": ";
            String[] p = rows[i].split(";");
            if (p.length != 8) {
                throw refused(FORM, "measures", line + "write name; unit; higher or lower; data source; baseline value; "
                        + "baseline date; target value; target date");
            }
            String name = p[0].strip();
            if (name.isEmpty() || name.length() > 200 || !names.add(name.toLowerCase(Locale.ROOT))) {
                throw refused(FORM, "measures", line + "each measure needs its own name (up to 200 characters)");
            }
            String direction = p[2].strip().toLowerCase(Locale.ROOT);
            if (!direction.equals("higher") && !direction.equals("lower")) {
                throw refused(FORM, "measures", line + "say whether higher or lower is better");
            }
            BigDecimal baseline = number(p[4], FORM, "measures", line + "the baseline");
            LocalDate baselineDate = date(p[5], FORM, "measures", line + "the baseline date");
            BigDecimal target = number(p[6], FORM, "measures", line + "the target");
            LocalDate targetDate = date(p[7], FORM, "measures", line + "the target date");
            if (!targetDate.isAfter(baselineDate)) {
                throw refused(FORM, "measures", line + "the target date must come after the baseline date");
            }
            read.add(new Measure(project.getId(), name, p[1].strip(), direction.equals("higher"), p[3].strip(), baseline, baselineDate,
                    target, targetDate));
        }
        if (read.isEmpty()) {
            throw refused(FORM, "measures", "name at least one measure");
        }
        read.forEach(measures::save);
        project.predict(a.prediction());
    }
}
