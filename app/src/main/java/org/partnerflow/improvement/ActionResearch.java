package org.partnerflow.improvement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.indicators.RegionalIndicators;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.workflow.Actors;
import org.partnerflow.workflow.TaskSubjects;
import org.partnerflow.workflow.form.FieldErrors;
import org.partnerflow.workflow.form.FormValidationException;
import org.partnerflow.workflow.form.FormValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;

/**
 * Writes an improvement project as action-research.bpmn moves: the project, the challenge, the
 * measures (what success looks like), each cycle's plan, the measures' values while it is tried,
 * the evaluation and decision, and the learning published to the library. Lines people write
 * (measures, values) are read here and refused at their field, naming the line, if they cannot be.
 */
@Service
public class ActionResearch {

    private final ImprovementProjects projects;
    private final ActionResearchCycles cycles;
    private final Measures measures;
    private final MeasureValues values;
    private final LearningLibrary library;
    private final Partnerships partnerships;
    private final RegionalIndicators indicators;
    private final Clock clock;

    ActionResearch(ImprovementProjects projects, ActionResearchCycles cycles, Measures measures, MeasureValues values,
                   LearningLibrary library, Partnerships partnerships, RegionalIndicators indicators, Clock clock) {
        this.projects = projects;
        this.cycles = cycles;
        this.measures = measures;
        this.values = values;
        this.library = library;
        this.partnerships = partnerships;
        this.indicators = indicators;
        this.clock = clock;
    }

    /** ${recordImprovementProject} */
    void recordProject(DelegateExecution e) {
        Map<String, Object> v = FormValues.plain(e.getVariables());
        Long partnershipId = null;
        if (v.get("partnershipId") != null && !String.valueOf(v.get("partnershipId")).isBlank()) {
            try {
                partnershipId = Long.valueOf(String.valueOf(v.get("partnershipId")));
            } catch (NumberFormatException ex) {
                partnershipId = -1L;
            }
            if (partnerships.findById(partnershipId).isEmpty()) {
                throw refused("form-improvement-project", "partnershipId", "is not a partnership in the register");
            }
        }
        Set<String> linked = indicators.known(v.get("criticalIndicators"),
                c -> refused("form-improvement-project", "criticalIndicators", "'" + c + "' is not a critical indicator"));
        String lead = v.get("projectLead") != null ? String.valueOf(v.get("projectLead")) : Actors.of(e);
        ImprovementProject project = projects.save(new ImprovementProject(e.getProcessInstanceId(), (String) v.get("name"),
                partnershipId, (String) v.get("participants"), (String) v.get("enquiryQuestion"), (String) v.get("inequityIssue"),
                (String) v.get("planLinks"), (String) v.get("team"), lead, linked, clock.instant()));
        e.setVariable("projectId", project.getId());
        e.setVariable("projectLead", lead);
        e.setVariable(TaskSubjects.SUBJECT, "Improvement project: " + project.getName());
    }

    /** ${recordChallenge} */
    void recordChallenge(DelegateExecution e) {
        projectOf(e).challenge((String) e.getVariable("challengeData"), (String) e.getVariable("evidenceSummary"));
    }

    /** ${recordMeasures}: "name; unit; higher or lower; source; baseline; baseline date; target; target date" per line. */
    void recordMeasures(DelegateExecution e) {
        ImprovementProject project = projectOf(e);
        List<Measure> read = new ArrayList<>();
        String[] rows = String.valueOf(e.getVariable("measures")).strip().split("\\R");
        Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].isBlank()) {
                continue;
            }
            String line = "line " + (i + 1) + ": ";
            String[] p = rows[i].split(";");
            if (p.length != 8) {
                throw refused("define-success", "measures", line + "write name; unit; higher or lower; data source; baseline value; "
                        + "baseline date; target value; target date");
            }
            String name = p[0].strip();
            if (name.isEmpty() || name.length() > 200 || !names.add(name.toLowerCase(Locale.ROOT))) {
                throw refused("define-success", "measures", line + "each measure needs its own name (up to 200 characters)");
            }
            String direction = p[2].strip().toLowerCase(Locale.ROOT);
            if (!direction.equals("higher") && !direction.equals("lower")) {
                throw refused("define-success", "measures", line + "say whether higher or lower is better");
            }
            BigDecimal baseline = number(p[4], "define-success", "measures", line + "the baseline");
            LocalDate baselineDate = date(p[5], "define-success", "measures", line + "the baseline date");
            BigDecimal target = number(p[6], "define-success", "measures", line + "the target");
            LocalDate targetDate = date(p[7], "define-success", "measures", line + "the target date");
            if (!targetDate.isAfter(baselineDate)) {
                throw refused("define-success", "measures", line + "the target date must come after the baseline date");
            }
            read.add(new Measure(project.getId(), name, p[1].strip(), direction.equals("higher"), p[3].strip(), baseline, baselineDate,
                    target, targetDate));
        }
        if (read.isEmpty()) {
            throw refused("define-success", "measures", "name at least one measure");
        }
        read.forEach(measures::save);
        project.predict((String) e.getVariable("prediction"));
    }

    /** ${startActionResearchCycle}: the plan of the project's current cycle, and its trial's timers. */
    void startCycle(DelegateExecution e) {
        ImprovementProject project = projectOf(e);
        LocalDate from = date(String.valueOf(e.getVariable("tryFrom")), "plan-change", "tryFrom", "the start");
        LocalDate until = date(String.valueOf(e.getVariable("tryUntil")), "plan-change", "tryUntil", "the end");
        if (until.isBefore(from)) {
            throw refused("plan-change", "tryUntil", "must be on or after the start");
        }
        if (until.isBefore(LocalDate.now(clock))) {
            throw refused("plan-change", "tryUntil", "is already past: the trial needs time to run");
        }
        String every = String.valueOf(e.getVariable("monitorEvery"));
        cycles.save(new ActionResearchCycle(project.getId(), project.getCurrentCycle(), (String) e.getVariable("changeIdea"),
                (String) e.getVariable("changeWho"), (String) e.getVariable("professionalLearning"), from, until, every));
        e.setVariable("cycleNumber", project.getCurrentCycle());
        e.setVariable("monitorInterval", every);
        // The trial ends at the close of its last day.
        e.setVariable("cycleEndsAt", Date.from(until.plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
    }

    /** ${saveMeasureValues}: "measure; value; note" per line, measured on the given date, in the current cycle. */
    void saveMeasureValues(DelegateExecution e) {
        ImprovementProject project = projectOf(e);
        Map<String, Measure> byName = new HashMap<>();
        measures.findByProjectIdOrderByIdAsc(project.getId()).forEach(m -> byName.put(m.getName().toLowerCase(Locale.ROOT), m));
        LocalDate on = date(String.valueOf(e.getVariable("measuredOn")), "record-measure-values", "measuredOn", "the date");
        Long cycleId = cycles.findByProjectIdAndNumber(project.getId(), project.getCurrentCycle()).map(ActionResearchCycle::getId).orElse(null);
        String[] rows = String.valueOf(e.getVariable("measureValues")).strip().split("\\R");
        List<MeasureValue> read = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].isBlank()) {
                continue;
            }
            String line = "line " + (i + 1) + ": ";
            String[] p = rows[i].split(";", 3);
            Measure measure = byName.get(p[0].strip().toLowerCase(Locale.ROOT));
            if (measure == null) {
                throw refused("record-measure-values", "measureValues", line + "'" + p[0].strip() + "' is not one of this project's measures ("
                        + String.join(", ", byName.values().stream().map(Measure::getName).sorted().toList()) + ")");
            }
            if (p.length < 2) {
                throw refused("record-measure-values", "measureValues", line + "give the value after the measure's name");
            }
            BigDecimal value = number(p[1], "record-measure-values", "measureValues", line + "the value");
            String note = p.length > 2 && !p[2].isBlank() ? p[2].strip() : null;
            if (note != null && note.length() > 1000) {
                throw refused("record-measure-values", "measureValues", line + "the note may have up to 1,000 characters");
            }
            read.add(new MeasureValue(measure.getId(), cycleId, on, value, note, Actors.of(e), clock.instant()));
        }
        read.forEach(values::save);
        // The lead may end the trial early with these values; the choice is the trial's own (local to
        // its subprocess), so the next cycle's trial starts without it. The next round starts blank.
        e.setVariableLocal("trialEndsNow", Boolean.TRUE.equals(e.getVariable("endTrialNow")));
        e.removeVariables(List.of("measuredOn", "measureValues", "endTrialNow"));
    }

    /** ${recordCycleEvaluation}: the impact, the reflections and the decision on this cycle. */
    void recordEvaluation(DelegateExecution e) {
        ImprovementProject project = projectOf(e);
        ActionResearchCycle cycle = cycles.findByProjectIdAndNumber(project.getId(), project.getCurrentCycle())
                .orElseThrow(() -> new IllegalStateException("Project " + project.getId() + " has no cycle " + project.getCurrentCycle()));
        cycle.evaluate((String) e.getVariable("impactOnLearners"), (String) e.getVariable("staffReflections"),
                ActionResearchCycle.Decision.valueOf(String.valueOf(e.getVariable("cycleDecision")).toUpperCase(Locale.ROOT)),
                (String) e.getVariable("decisionReason"), clock.instant());
    }

    /** ${openNextCycle}: adapting or abandoning starts the next cycle; the evaluation form starts blank. */
    void openNextCycle(DelegateExecution e) {
        projectOf(e).nextCycle();
        e.removeVariables(List.of("impactOnLearners", "staffReflections", "decisionReason"));
    }

    /** ${publishLearning}: the learning goes to the library and the project finishes. */
    void publishLearning(DelegateExecution e) {
        ImprovementProject project = projectOf(e);
        library.save(new LearningSummary(project.getId(), (String) e.getVariable("learningTitle"), (String) e.getVariable("learningSummary"),
                (String) e.getVariable("whatWorked"), (String) e.getVariable("whatDidNot"),
                Boolean.TRUE.equals(e.getVariable("forSharingEvent")), Actors.of(e), clock.instant()));
        project.finish(clock.instant());
    }

    private ImprovementProject projectOf(DelegateExecution e) {
        return projects.findByProcessInstanceId(e.getProcessInstanceId())
                .orElseThrow(() -> new IllegalStateException("No improvement project for process " + e.getProcessInstanceId()));
    }

    private static BigDecimal number(String text, String formId, String field, String what) {
        try {
            BigDecimal n = new BigDecimal(text.strip().replace("%", ""));
            if (n.abs().compareTo(BigDecimal.valueOf(10_000_000_000L)) >= 0 || n.scale() > 2) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException ex) {
            throw refused(formId, field, what + " must be a number with at most two decimals");
        }
    }

    private static LocalDate date(String text, String formId, String field, String what) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException ex) {
            throw refused(formId, field, what + " must be a date written YYYY-MM-DD");
        }
    }

    private static FormValidationException refused(String formId, String field, String message) {
        return new FormValidationException(formId, FieldErrors.of(field, message));
    }

    @Configuration(proxyBeanMethods = false)
    static class Delegates {
        @Bean JavaDelegate recordImprovementProject(ActionResearch a) { return a::recordProject; }
        @Bean JavaDelegate recordChallenge(ActionResearch a) { return a::recordChallenge; }
        @Bean JavaDelegate recordMeasures(ActionResearch a) { return a::recordMeasures; }
        @Bean JavaDelegate startActionResearchCycle(ActionResearch a) { return a::startCycle; }
        @Bean JavaDelegate saveMeasureValues(ActionResearch a) { return a::saveMeasureValues; }
        @Bean JavaDelegate recordCycleEvaluation(ActionResearch a) { return a::recordEvaluation; }
        @Bean JavaDelegate openNextCycle(ActionResearch a) { return a::openNextCycle; }
        @Bean JavaDelegate publishLearning(ActionResearch a) { return a::publishLearning; }
    }
}
