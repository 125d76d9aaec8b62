package org.partnerflow.improvement;

import static org.partnerflow.improvement.WrittenLines.refused;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.workflow.form.Answers;
import org.springframework.stereotype.Component;

/** The plan of the project's current cycle, and its trial's timers. */
@Component("startActionResearchCycle")
class StartActionResearchCycle implements JavaDelegate {

    private static final String FORM = "plan-change";

    /** The trial's timers: how often values are asked for, and when the trial ends. */
    record Trial(Integer cycleNumber, String monitorInterval, Instant cycleEndsAt) {
    }

    private final RunningProjects running;
    private final ActionResearchCycles cycles;
    private final Clock clock;

    StartActionResearchCycle(RunningProjects running, ActionResearchCycles cycles, Clock clock) {
        this.running = running;
        this.cycles = cycles;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution e) {
        ImprovementProject project = running.of(e);
        PlanChangeAnswers a = Answers.of(e, PlanChangeAnswers.class);
        LocalDate from = a.tryFrom();
        LocalDate until = a.tryUntil();
        if (from == null) {
            throw refused(FORM, "tryFrom", "the start must be a date written YYYY-MM-DD");
        }
        if (until == null) {
            throw refused(FORM, "tryUntil", "the end must be a date written YYYY-MM-DD");
        }
        if (until.isBefore(from)) {
            throw refused(FORM, "tryUntil", "must be on or after the start");
        }
        if (until.isBefore(LocalDate.now(clock))) {
            throw refused(FORM, "tryUntil", "is already past: the trial needs time to run");
        }
        cycles.save(new ActionResearchCycle(project.getId(), project.getCurrentCycle(), a.changeIdea(), a.changeWho(),
                a.professionalLearning(), from, until, a.monitorEvery()));
        // The trial ends at the close of its last day.
        Answers.write(e, new Trial(project.getCurrentCycle(), a.monitorEvery(),
                until.plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
    }
}
