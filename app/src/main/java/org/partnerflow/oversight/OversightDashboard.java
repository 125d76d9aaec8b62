package org.partnerflow.oversight;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.partnerflow.identity.Permissions;
import org.partnerflow.identity.Refusals;
import org.partnerflow.improvement.ImprovementProject;
import org.partnerflow.partnership.Partnership;
import org.partnerflow.partnership.PartnershipEvaluation;
import org.partnerflow.referral.CaseStage;
import org.partnerflow.referral.ChronologyEntry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.HandleAuthorizationDenied;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The managers' oversight figures: open cases per stage, overdue work by team and by person,
 * timescale breaches, throughput and median time per step, partnerships by status with their latest
 * evaluation, improvement projects by status and by the step they are at. Each figure is one grouped
 * (or capped) query; nothing loads the history into memory.
 */
@Service
@HandleAuthorizationDenied(handlerClass = Refusals.class)
@Transactional(readOnly = true)
public class OversightDashboard {

    /** The period throughput, medians and breaches are counted over. */
    public static final Duration PERIOD = Duration.ofDays(90);
    static final int PARTNERSHIPS_SHOWN = 50;

    public record Count<T>(T what, long count) {
    }

    /** A partnership still running, with its latest evaluation cycle (if any) and that cycle's mean rating. */
    public record PartnershipStanding(Long id, String name, Partnership.Status status, Integer latestCycle,
                                      PartnershipEvaluation.Decision decision, Double meanRating) {
    }

    private final EntityManager em;
    private final ProcessStatistics engine;
    private final Permissions permissions;
    private final Clock clock;

    OversightDashboard(EntityManager em, ProcessStatistics engine, Permissions permissions, Clock clock) {
        this.em = em;
        this.engine = engine;
        this.permissions = permissions;
        this.clock = clock;
    }

    public boolean mayOversee() {
        return permissions.mayOversee();
    }

    @PreAuthorize("@permissions.mayOversee()")
    public List<Count<CaseStage>> openCasesByStage() {
        return em.createQuery("select c.stage, count(c) from WellbeingConcern c where c.stage <> :closed group by c.stage order by c.stage",
                        Object[].class)
                .setParameter("closed", CaseStage.CLOSED).getResultList().stream()
                .map(r -> new Count<>((CaseStage) r[0], (Long) r[1])).toList();
    }

    @PreAuthorize("@permissions.mayOversee()")
    public List<ProcessStatistics.Overdue> overdueTasksByTeam() {
        return engine.overdueByTeam(clock.instant());
    }

    @PreAuthorize("@permissions.mayOversee()")
    public List<ProcessStatistics.Overdue> overdueTasksByPerson() {
        return engine.overdueByPerson(clock.instant());
    }

    /** Timescales missed in the period (screening, assessment, review), by the step whose timer fired. */
    @PreAuthorize("@permissions.mayOversee()")
    public List<Count<String>> timescaleBreaches() {
        // Breach entries read "<step>: <timer>. Managers alerted."; the step is what they are counted by.
        return em.createQuery("select substring(e.summary, 1, locate(':', e.summary) - 1), count(e) from ChronologyEntry e"
                        + " where e.kind = :kind and e.recordedAt >= :since and locate(':', e.summary) > 1"
                        + " group by substring(e.summary, 1, locate(':', e.summary) - 1) order by count(e) desc", Object[].class)
                .setParameter("kind", ChronologyEntry.Kind.TIMESCALE_MISSED).setParameter("since", since())
                .getResultList().stream().map(r -> new Count<>((String) r[0], (Long) r[1])).toList();
    }

    /** Per user task of a process: finished in the period and the median time taken. */
    @PreAuthorize("@permissions.mayOversee()")
    public List<ProcessStatistics.StepDuration> throughput(String processKey) {
        return engine.durations(processKey, since(), true);
    }

    @PreAuthorize("@permissions.mayOversee()")
    public List<Count<Partnership.Status>> partnershipsByStatus() {
        return em.createQuery("select p.status, count(p) from Partnership p group by p.status order by p.status", Object[].class)
                .getResultList().stream().map(r -> new Count<>((Partnership.Status) r[0], (Long) r[1])).toList();
    }

    /** Partnerships not closed, with their latest evaluation; at most {@value #PARTNERSHIPS_SHOWN}, by name. */
    @PreAuthorize("@permissions.mayOversee()")
    public List<PartnershipStanding> runningPartnerships() {
        return em.createQuery("""
                        select p.id, p.name, p.status, e.cycle, e.decision,
                               (select avg(r.rating) from PrincipleRating r where r.evaluationId = e.id)
                        from Partnership p left join PartnershipEvaluation e on e.partnershipId = p.id
                             and e.cycle = (select max(e2.cycle) from PartnershipEvaluation e2 where e2.partnershipId = p.id)
                        where p.status <> :closed order by p.name, p.id""", Object[].class)
                .setParameter("closed", Partnership.Status.CLOSED).setMaxResults(PARTNERSHIPS_SHOWN).getResultList().stream()
                .map(r -> new PartnershipStanding((Long) r[0], (String) r[1], (Partnership.Status) r[2], (Integer) r[3],
                        (PartnershipEvaluation.Decision) r[4], r[5] == null ? null : ((Number) r[5]).doubleValue())).toList();
    }

    @PreAuthorize("@permissions.mayOversee()")
    public List<Count<ImprovementProject.Status>> projectsByStatus() {
        return em.createQuery("select p.status, count(p) from ImprovementProject p group by p.status order by p.status", Object[].class)
                .getResultList().stream().map(r -> new Count<>((ImprovementProject.Status) r[0], (Long) r[1])).toList();
    }

    /** Where running instances of a process wait now, by step (improvement projects by stage, the heat view). */
    @PreAuthorize("@permissions.mayOversee()")
    public List<ProcessStatistics.Waiting> waiting(String processKey) {
        return engine.waiting(processKey);
    }

    private Instant since() {
        return clock.instant().minus(PERIOD);
    }
}
