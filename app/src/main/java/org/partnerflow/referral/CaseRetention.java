package org.partnerflow.referral;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.partnerflow.audit.AccessLog;
import org.partnerflow.audit.AuditSettings;
import org.partnerflow.identity.CurrentUser;
import org.partnerflow.identity.Refusals;
import org.partnerflow.workflow.Refusal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.HandleAuthorizationDenied;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention of children's case records. A closed case past the retention period
 * ({@code partnerflow.audit.closed-case-retention}) is put forward for a manager's review; the
 * manager may anonymise it. Anonymising removes the personal content (the child's identity, what was
 * observed, assessed, planned, consented and shared, the chronology's text, the engine's recorded
 * values) and keeps the audit trail: which steps happened, who did them and when, who opened the
 * record. The anonymisation itself is recorded ({@link CaseAnonymisation}) and logged.
 */
@Service
@HandleAuthorizationDenied(handlerClass = Refusals.class)
public class CaseRetention {

    /** What replaces removed text, so a reader sees that something was there. */
    public static final String REMOVED = "(removed when the case was anonymised)";
    static final int LISTED = 200;

    /** A closed case past retention, as the review list shows it. */
    public record Due(Long concernId, String child, Instant closedAt) {
    }

    private final EntityManager em;
    private final WellbeingConcerns concerns;
    private final CaseAnonymisations anonymisations;
    private final HistoryService history;
    private final AccessLog accessLog;
    private final AuditSettings settings;
    private final CurrentUser currentUser;
    private final OverseenCouncils councils;
    private final Clock clock;

    CaseRetention(EntityManager em, WellbeingConcerns concerns, CaseAnonymisations anonymisations, HistoryService history,
                  AccessLog accessLog, AuditSettings settings, CurrentUser currentUser, OverseenCouncils councils, Clock clock) {
        this.em = em;
        this.concerns = concerns;
        this.anonymisations = anonymisations;
        this.history = history;
        this.accessLog = accessLog;
        this.settings = settings;
        this.currentUser = currentUser;
        this.councils = councils;
        this.clock = clock;
    }

    public Period retention() {
        return Period.parse(settings.closedCaseRetention());
    }

    /**
     * Whether the signed-in person reviews any council's cases here: a council's managers their own
     * council's. The region's managers and administrators are overseers of no council's children, so
     * the page lists nothing for them.
     */
    public boolean reviewsCases() {
        return !councils.mine().isEmpty();
    }

    /**
     * Closed cases past retention and not yet anonymised, longest closed first (at most {@value #LISTED}):
     * of the councils whose cases the signed-in manager oversees (and cases not yet placed in a council).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@permissions.mayOversee()")
    public List<Due> dueForReview() {
        Set<String> mine = councils.mine();
        if (mine.isEmpty()) {
            return List.of();
        }
        Instant cutoff = clock.instant().atOffset(ZoneOffset.UTC).minus(retention()).toInstant();
        return em.createQuery("""
                        select c.id, c.child.givenName, c.child.familyName, c.closedAt from WellbeingConcern c
                        where c.stage = :closed and c.closedAt < :cutoff
                          and (c.child.authorityCode in :mine or c.child.authorityCode is null)
                          and not exists (select a.id from CaseAnonymisation a where a.concernId = c.id)
                        order by c.closedAt, c.id""", Object[].class)
                .setParameter("closed", CaseStage.CLOSED).setParameter("cutoff", cutoff).setParameter("mine", List.copyOf(mine))
                .setMaxResults(LISTED).getResultList().stream()
                .map(r -> new Due((Long) r[0], r[1] + " " + r[2], (Instant) r[3])).toList();
    }

    /**
     * Anonymises a closed case past retention, with the manager's reason.
     *
     * @throws Refusal if the case is another council's (or the person oversees no council's cases),
     *                 not closed, not yet past retention, already anonymised, or the child has another
     *                 case that is not (their identity is still needed there)
     */
    @Transactional
    @PreAuthorize("@permissions.mayOversee()")
    public CaseAnonymisation anonymise(long concernId, String reason) {
        String cleanReason = reason == null ? "" : reason.strip();
        if (cleanReason.length() < 5 || cleanReason.length() > 1000) {
            throw new Refusal("Give the reason for anonymising (5 to 1,000 characters), for example the review that decided it.");
        }
        // Another council's case is answered as one that does not exist, and the attempt is logged.
        boolean reviews = reviewsCases();
        WellbeingConcern concern = concerns.findById(concernId).filter(c -> reviews && councils.oversee(c.getChild().getAuthorityCode()))
                .orElseThrow(() -> {
                    accessLog.record(currentUser.requireId(), CaseAccess.RECORD_TYPE, concernId, "anonymisation", false);
                    return new Refusal("There is no case " + concernId + " of your council to anonymise: retention is each council's"
                            + " managers' for their own council's children.");
                });
        if (anonymisations.findByConcernId(concernId).isPresent()) {
            throw new Refusal("Case " + concernId + " is already anonymised.");
        }
        Instant cutoff = clock.instant().atOffset(ZoneOffset.UTC).minus(retention()).toInstant();
        if (concern.getStage() != CaseStage.CLOSED || concern.getClosedAt() == null || !concern.getClosedAt().isBefore(cutoff)) {
            throw new Refusal("Case " + concernId + " is not closed for longer than the retention period (" + settings.closedCaseRetention()
                    + "), so it is kept.");
        }
        Child child = concern.getChild();
        boolean childHasOtherCases = em.createQuery("""
                        select count(c) from WellbeingConcern c where c.child = :child and c.id <> :id
                          and not exists (select a.id from CaseAnonymisation a where a.concernId = c.id)""", Long.class)
                .setParameter("child", child).setParameter("id", concernId).getSingleResult() > 0;

        removeCaseContent(concernId);
        // What the raiser typed about the child goes too; the year of birth stays, as on the record.
        em.createNativeQuery("update wellbeing_concern set entered_given_name = 'Anonymised', entered_family_name = ?,"
                        + " entered_date_of_birth = ?, entered_school = ?, entered_candidate_number = null where id = ?")
                .setParameter(1, "child " + child.getId()).setParameter(2, LocalDate.of(concern.getChildAsEntered().dateOfBirth().getYear(), 1, 1))
                .setParameter(3, REMOVED).setParameter(4, concernId).executeUpdate();
        if (!childHasOtherCases) {
            // Only the year of birth stays, for statistics; the name becomes the record number.
            em.createNativeQuery("update child set given_name = 'Anonymised', family_name = ?, date_of_birth = ?, school = ?,"
                            + " candidate_number = null, version = version + 1 where id = ?")
                    .setParameter(1, "child " + child.getId()).setParameter(2, LocalDate.of(child.getDateOfBirth().getYear(), 1, 1))
                    .setParameter(3, REMOVED).setParameter(4, child.getId()).executeUpdate();
            anonymiseChildRecordHistory(child);
        }
        if (concern.getProcessInstanceId() != null) {
            // The engine's recorded values hold the forms' answers (names, observations): they go; the
            // history of steps, tasks and who did them stays. Task comments are reminders' dates only.
            history.deleteHistoricVariableInstancesByProcessInstanceId(concern.getProcessInstanceId());
        }
        String me = currentUser.requireId();
        accessLog.record(me, CaseAccess.RECORD_TYPE, concernId, "anonymisation", true);
        em.clear();
        return anonymisations.save(new CaseAnonymisation(concernId, me, clock.instant(), cleanReason));
    }

    /** The record's corrections and its parents and carers (V16) hold who the child is and who their family are: they go too. */
    private void anonymiseChildRecordHistory(Child child) {
        LocalDate year = LocalDate.of(child.getDateOfBirth().getYear(), 1, 1);
        em.createNativeQuery("update child_details_change set was_given_name = 'Anonymised', was_family_name = ?, was_date_of_birth = ?,"
                        + " was_school = ?, was_candidate_number = null, now_given_name = 'Anonymised', now_family_name = ?,"
                        + " now_date_of_birth = ?, now_school = ?, now_candidate_number = null, reason = ? where child_id = ?")
                .setParameter(1, "child " + child.getId()).setParameter(2, year).setParameter(3, REMOVED)
                .setParameter(4, "child " + child.getId()).setParameter(5, year).setParameter(6, REMOVED)
                .setParameter(7, REMOVED).setParameter(8, child.getId()).executeUpdate();
        em.createNativeQuery("update parent_or_carer_change set name = ?, contact = null,"
                        + " reason = case when reason is null then null else ? end"
                        + " where parent_or_carer_id in (select p.id from parent_or_carer p where p.child_id = ?)")
                .setParameter(1, REMOVED).setParameter(2, REMOVED).setParameter(3, child.getId()).executeUpdate();
        em.createNativeQuery("update parent_or_carer set name = ?, contact = null, version = version + 1 where child_id = ?")
                .setParameter(1, REMOVED).setParameter(2, child.getId()).executeUpdate();
    }

    private void removeCaseContent(long concernId) {
        String[] updates = {
            "update wellbeing_concern set observation = :removed, closing_summary = case when closing_summary is null then null else :removed end,"
                    + " version = version + 1 where id = :id",
            "update chronology_entry set summary = :removed,"
                    + " correction_reason = case when correction_reason is null then null else :removed end where concern_id = :id",
            "update consent_record set given_by = case when given_by is null then null else :removed end, scope = null,"
                    + " reason_without_consent = case when reason_without_consent is null then null else :removed end where concern_id = :id",
            "update information_sharing_decision set what_shared = case when what_shared is null then null else :removed end,"
                    + " reason = :removed where concern_id = :id",
            "update team_member set decline_reason = case when decline_reason is null then null else :removed end where concern_id = :id",
            "update wellbeing_assessment set what_is_getting_in_the_way = :removed, information_needed = :removed,"
                    + " what_i_can_do_now = :removed, what_my_agency_can_do = :removed, additional_help = :removed,"
                    + " growing_strengths = null, growing_challenges = null, carers_strengths = null, carers_challenges = null,"
                    + " wider_world_strengths = null, wider_world_challenges = null, childs_views = :removed, parents_views = :removed"
                    + " where concern_id = :id",
            "update plan_outcome set outcome = :removed where plan_version_id in (select id from childs_plan_version where concern_id = :id)",
            "update plan_action set what = :removed, who = null where plan_version_id in (select id from childs_plan_version where concern_id = :id)",
            "update childs_plan_version set needs_summary = :removed, services = null where concern_id = :id",
            // the plan as changed since (issue 18): the draft and progress notes
            "update plan_draft_outcome set outcome = :removed where draft_id in (select id from childs_plan_draft where concern_id = :id)",
            "update plan_draft_action set what = :removed, who = null where draft_id in (select id from childs_plan_draft where concern_id = :id)",
            "update plan_action_note set note = :removed where concern_id = :id",
            "update plan_review set progress = :removed, views = :removed where concern_id = :id",
            // Team-around-the-child meetings (issue 18): the views, decisions and reasons, and the names of the child, family and others
            "update team_meeting set place = case when place is null then null else :removed end,"
                    + " not_held_reason = case when not_held_reason is null then null else :removed end, child_views = null, family_views = null,"
                    + " decisions = null, agreement_reason = case when agreement_reason is null then null else :removed end where concern_id = :id",
            "update team_meeting_person set person_name = :removed where part <> 'TEAM_MEMBER'"
                    + " and meeting_id in (select id from team_meeting where concern_id = :id)"
        };
        for (String update : updates) {
            em.createNativeQuery(update).setParameter("removed", REMOVED).setParameter("id", concernId).executeUpdate();
        }
    }
}
