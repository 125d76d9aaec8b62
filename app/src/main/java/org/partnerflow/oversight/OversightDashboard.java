package org.partnerflow.oversight;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.partnerflow.identity.Refusals;
import org.partnerflow.workflow.OversightFigure;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.HandleAuthorizationDenied;
import org.springframework.stereotype.Service;

/**
 * The managers' oversight figures that are no one family's: overdue work by team and by person,
 * throughput and median time per step, and where instances of a process wait now, from the engine's
 * own tables. Each family adds its own figures ({@code ProcessFamily.oversightFigures()}).
 */
@Service
@HandleAuthorizationDenied(handlerClass = Refusals.class)
public class OversightDashboard {

    /** The period throughput, medians and breaches are counted over. */
    public static final Duration PERIOD = OversightFigure.PERIOD;

    private final ProcessStatistics engine;
    private final Clock clock;

    OversightDashboard(ProcessStatistics engine, Clock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    @PreAuthorize("@permissions.mayOversee()")
    public List<ProcessStatistics.Overdue> overdueTasksByTeam() {
        return engine.overdueByTeam(clock.instant());
    }

    @PreAuthorize("@permissions.mayOversee()")
    public List<ProcessStatistics.Overdue> overdueTasksByPerson() {
        return engine.overdueByPerson(clock.instant());
    }

    /** Per user task of a process: finished in the period and the median time taken. */
    @PreAuthorize("@permissions.mayOversee()")
    public List<ProcessStatistics.StepDuration> throughput(String processKey) {
        return engine.durations(processKey, since(), true);
    }

    /** Where running instances of a process wait now, by step (the heat view). */
    @PreAuthorize("@permissions.mayOversee()")
    public List<ProcessStatistics.Waiting> waiting(String processKey) {
        return engine.waiting(processKey);
    }

    private Instant since() {
        return clock.instant().minus(PERIOD);
    }
}
