package org.partnerflow.referral;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnerflow.identity.Refusals;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.OversightFigure;
import org.partnerflow.workflow.OversightFigure.Row;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.HandleAuthorizationDenied;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The referral's oversight figures: open cases per stage, and timescales missed. Each is one grouped
 * query. A council's managers count their own council's children (and records not yet placed in a
 * council); the region's managers and administrators count every council's, and see them per council
 * too: aggregates only, never a child.
 */
@Service
@HandleAuthorizationDenied(handlerClass = Refusals.class)
@Transactional(readOnly = true)
class ReferralOversight {

    /** Where the case's council is one of the overseer's, or not yet recorded. */
    private static final String OWN_COUNCILS = " (c.child.authorityCode in :mine or c.child.authorityCode is null)";
    static final String NOT_PLACED = "Not yet placed in a council";

    private final EntityManager em;
    private final Clock clock;
    private final OverseenCouncils councils;

    ReferralOversight(EntityManager em, Clock clock, OverseenCouncils councils) {
        this.em = em;
        this.clock = clock;
        this.councils = councils;
    }

    @PreAuthorize("@permissions.mayOversee()")
    public List<OversightFigure> figures() {
        boolean across = councils.acrossCouncils();
        Set<String> mine = councils.mine();
        List<OversightFigure> figures = new ArrayList<>(List.of(openCasesByStage(across, mine), timescaleBreaches(across, mine),
                pathwayOverrides(across, mine)));
        if (across) {
            figures.add(openCasesByCouncil());
        }
        return figures;
    }

    private OversightFigure openCasesByStage(boolean across, Set<String> mine) {
        // A joined concern is part of the case it joined, not a case of its own.
        TypedQuery<Object[]> query = em.createQuery("select c.stage, count(c) from WellbeingConcern c where c.stage not in :ended"
                + (across ? "" : " and" + OWN_COUNCILS) + " group by c.stage order by c.stage", Object[].class)
                .setParameter("ended", List.of(CaseStage.CLOSED, CaseStage.JOINED));
        List<Row> rows = scoped(query, across, mine).getResultList().stream()
                .map(r -> Row.of(Words.of((CaseStage) r[0]), String.valueOf(r[1]))).toList();
        return new OversightFigure("open-cases", "Open cases by stage" + whose(across), List.of("Stage", "Cases"), rows, "No open cases.");
    }

    /** Timescales missed in the period (screening, assessment, review), by the step whose timer fired. */
    private OversightFigure timescaleBreaches(boolean across, Set<String> mine) {
        // Breach entries read "<step>: <timer>. Managers alerted."; the step is what they are counted by.
        TypedQuery<Object[]> query = em.createQuery("select substring(e.summary, 1, locate(':', e.summary) - 1), count(e)"
                        + " from ChronologyEntry e, WellbeingConcern c where c.id = e.concernId"
                        + " and e.kind = :kind and e.recordedAt >= :since and locate(':', e.summary) > 1"
                        + (across ? "" : " and" + OWN_COUNCILS)
                        + " group by substring(e.summary, 1, locate(':', e.summary) - 1) order by count(e) desc", Object[].class)
                .setParameter("kind", ChronologyEntry.Kind.TIMESCALE_MISSED).setParameter("since", clock.instant().minus(OversightFigure.PERIOD));
        List<Row> rows = scoped(query, across, mine).getResultList().stream().map(r -> Row.of((String) r[0], String.valueOf(r[1]))).toList();
        return new OversightFigure("timescale-breaches", "Timescales missed in the last " + OversightFigure.PERIOD.toDays() + " days"
                + whose(across), List.of("Step", "Times missed"), rows, "No timescale missed.");
    }

    /**
     * How often the pathway rules are overridden (issue 18): for each pathway the rules recommended, the
     * decisions, how many chose another pathway, and that as a rate. Every decision counts, a case
     * decided again after a review twice. One grouped query over the pathway decisions.
     */
    private OversightFigure pathwayOverrides(boolean across, Set<String> mine) {
        TypedQuery<Object[]> query = em.createQuery("select p.recommended, count(p), sum(case when p.overridden = true then 1 else 0 end)"
                        + " from PathwayDecision p, WellbeingConcern c where c.id = p.concernId"
                        + (across ? "" : " and" + OWN_COUNCILS)
                        + " group by p.recommended order by p.recommended", Object[].class);
        List<Row> rows = scoped(query, across, mine).getResultList().stream().map(r -> {
            long decisions = ((Number) r[1]).longValue();
            long overridden = ((Number) r[2]).longValue();
            return Row.of(Words.of((Pathway) r[0]), String.valueOf(decisions), String.valueOf(overridden), rate(overridden, decisions));
        }).toList();
        return new OversightFigure("pathway-overrides", "Pathway rules overridden, by recommended pathway" + whose(across),
                List.of("Recommended pathway", "Decisions", "Overridden", "Override rate"), rows, "No pathway decided yet.");
    }

    /** A whole per cent, rounded half up: 1 of 3 is 33%, 2 of 3 is 67%. */
    static String rate(long part, long whole) {
        return whole == 0 ? "–" : (part * 200 + whole) / (2 * whole) + "%";
    }

    /** For the region: open cases per council, so councils compare without anyone seeing a child. */
    private OversightFigure openCasesByCouncil() {
        Map<String, String> names = councils.names();
        List<Row> rows = em.createQuery("select c.child.authorityCode, count(c) from WellbeingConcern c where c.stage not in :ended"
                        + " group by c.child.authorityCode order by c.child.authorityCode", Object[].class)
                .setParameter("ended", List.of(CaseStage.CLOSED, CaseStage.JOINED)).getResultList().stream()
                .map(r -> Row.of(r[0] == null ? NOT_PLACED : names.getOrDefault((String) r[0], (String) r[0]), String.valueOf(r[1]))).toList();
        return new OversightFigure("open-cases-by-council", "Open cases by council", List.of("Council", "Cases"), rows, "No open cases.");
    }

    private static TypedQuery<Object[]> scoped(TypedQuery<Object[]> query, boolean across, Set<String> mine) {
        return across ? query : query.setParameter("mine", OverseenCouncils.orNone(mine));
    }

    private static String whose(boolean across) {
        return across ? ", every council" : ", your council";
    }
}
