package org.partnerflow.partnership;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import org.partnerflow.identity.Refusals;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.OversightFigure;
import org.partnerflow.workflow.OversightFigure.Row;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.HandleAuthorizationDenied;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnerships' oversight figures: how many at each status, and those still running with their
 * latest evaluation (capped, by name), each line opening the partnership's page.
 */
@Service
@HandleAuthorizationDenied(handlerClass = Refusals.class)
@Transactional(readOnly = true)
class PartnershipOversight {

    static final int PARTNERSHIPS_SHOWN = 50;

    private final EntityManager em;

    PartnershipOversight(EntityManager em) {
        this.em = em;
    }

    @PreAuthorize("@permissions.mayOversee()")
    public List<OversightFigure> figures() {
        return List.of(partnershipsByStatus(), runningPartnerships());
    }

    private OversightFigure partnershipsByStatus() {
        List<Row> rows = em.createQuery("select p.status, count(p) from Partnership p group by p.status order by p.status", Object[].class)
                .getResultList().stream().map(r -> Row.of(Words.of((Partnership.Status) r[0]), String.valueOf(r[1]))).toList();
        return new OversightFigure("partnerships-by-status", "Partnerships by status", List.of("Status", "Partnerships"), rows,
                "No partnerships.");
    }

    /** Partnerships not closed, with their latest evaluation cycle (if any) and that cycle's mean rating. */
    private OversightFigure runningPartnerships() {
        List<Row> rows = em.createQuery("""
                        select p.id, p.name, p.status, e.cycle, e.decision,
                               (select avg(r.rating) from PrincipleRating r where r.evaluationId = e.id)
                        from Partnership p left join PartnershipEvaluation e on e.partnershipId = p.id
                             and e.cycle = (select max(e2.cycle) from PartnershipEvaluation e2 where e2.partnershipId = p.id)
                        where p.status <> :closed order by p.name, p.id""", Object[].class)
                .setParameter("closed", Partnership.Status.CLOSED).setMaxResults(PARTNERSHIPS_SHOWN).getResultList().stream()
                .map(r -> Row.opening("partnerships/" + r[0], (String) r[1], Words.of((Partnership.Status) r[2]),
                        latestEvaluation((Integer) r[3], (PartnershipEvaluation.Decision) r[4]),
                        r[5] == null ? "" : String.format(Locale.UK, "%.1f of 6", ((Number) r[5]).doubleValue())))
                .toList();
        return new OversightFigure("running-partnerships", "Running partnerships and their latest evaluation",
                List.of("Partnership", "Status", "Latest evaluation", "Mean rating"), rows, "No partnership is running.");
    }

    private static String latestEvaluation(Integer cycle, PartnershipEvaluation.Decision decision) {
        if (cycle == null) {
            return "Not yet evaluated";
        }
        return "Cycle " + cycle + (decision == null ? " (open)" : ": " + Words.of(decision).toLowerCase(Locale.UK));
    }
}
