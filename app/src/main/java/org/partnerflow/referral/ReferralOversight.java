package org.partnerflow.referral;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import org.partnerflow.identity.Refusals;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.OversightFigure;
import org.partnerflow.workflow.OversightFigure.Row;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.HandleAuthorizationDenied;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The referral's oversight figures: open cases per stage, and timescales missed. Each is one grouped query. */
@Service
@HandleAuthorizationDenied(handlerClass = Refusals.class)
@Transactional(readOnly = true)
class ReferralOversight {

    private final EntityManager em;
    private final Clock clock;

    ReferralOversight(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @PreAuthorize("@permissions.mayOversee()")
    public List<OversightFigure> figures() {
        return List.of(openCasesByStage(), timescaleBreaches());
    }

    private OversightFigure openCasesByStage() {
        // A joined concern is part of the case it joined, not a case of its own.
        List<Row> rows = em.createQuery("select c.stage, count(c) from WellbeingConcern c where c.stage not in :ended group by c.stage order by c.stage",
                        Object[].class)
                .setParameter("ended", java.util.List.of(CaseStage.CLOSED, CaseStage.JOINED)).getResultList().stream()
                .map(r -> Row.of(Words.of((CaseStage) r[0]), String.valueOf(r[1]))).toList();
        return new OversightFigure("open-cases", "Open cases by stage", List.of("Stage", "Cases"), rows, "No open cases.");
    }

    /** Timescales missed in the period (screening, assessment, review), by the step whose timer fired. */
    private OversightFigure timescaleBreaches() {
        // Breach entries read "<step>: <timer>. Managers alerted."; the step is what they are counted by.
        List<Row> rows = em.createQuery("select substring(e.summary, 1, locate(':', e.summary) - 1), count(e) from ChronologyEntry e"
                        + " where e.kind = :kind and e.recordedAt >= :since and locate(':', e.summary) > 1"
                        + " group by substring(e.summary, 1, locate(':', e.summary) - 1) order by count(e) desc", Object[].class)
                .setParameter("kind", ChronologyEntry.Kind.TIMESCALE_MISSED).setParameter("since", clock.instant().minus(OversightFigure.PERIOD))
                .getResultList().stream().map(r -> Row.of((String) r[0], String.valueOf(r[1]))).toList();
        return new OversightFigure("timescale-breaches", "Timescales missed in the last " + OversightFigure.PERIOD.toDays() + " days",
                List.of("Step", "Times missed"), rows, "No timescale missed.");
    }
}
