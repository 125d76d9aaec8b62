package org.partnerflow.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.audit.AccessLog;
import org.partnerflow.audit.HistoryTimeline;
import org.partnerflow.audit.TimelineEvent;
import org.partnerflow.identity.Role;
import org.partnerflow.testsupport.TestReferrals;
import org.partnerflow.workflow.Refusal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Retention: a closed case past the period is listed, and anonymising it removes the personal
 * content and keeps the audit trail (steps, who and when, accesses), with the anonymisation recorded.
 */
class CaseRetentionTest extends PartnerflowSpringTest {

    @Autowired
    CaseRetention retention;
    @Autowired
    TestReferrals referrals;
    @Autowired
    WellbeingConcerns concerns;
    @Autowired
    ChronologyEntries chronology;
    @Autowired
    WellbeingAssessments assessments;
    @Autowired
    HistoryTimeline timelines;
    @Autowired
    HistoryService history;
    @Autowired
    AccessLog accessLog;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aClosedCasePastRetentionIsListedAndAnonymisedKeepingTheAuditTrail() {
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        String practitioner = people.ensure(Role.PRACTITIONER);
        String family = "Retained" + System.nanoTime();
        ProcessInstance referral = referrals.raise(practitioner, family, null, "no");
        referrals.toClosure(referral, namedPerson);
        WellbeingConcern closed = concerns.findByProcessInstanceId(referral.getId()).orElseThrow();
        long id = closed.getId();
        assertThat(closed.getStage()).isEqualTo(CaseStage.CLOSED);

        String manager = people.signIn(Role.MANAGER);
        assertThat(retention.dueForReview()).noneSatisfy(d -> assertThat(d.concernId()).isEqualTo(id));
        assertThatThrownBy(() -> retention.anonymise(id, "Reviewed at the retention panel")).isInstanceOf(Refusal.class)
                .hasMessageContaining("is not closed for longer than the retention period (P6Y)");
        int stepsBefore = stepsAndTasks(id);
        ChronologyEntry first = chronology.findByConcernIdOrderByOccurredAtAscIdAsc(id).get(0);
        chronology.save(new ChronologyEntry(id, first.getChildId(), Instant.now(), Instant.now(), manager, ChronologyEntry.Kind.CORRECTION,
                "Observed by the class teacher", first.getId(), first.getEventDate(), null, "Her aunt told the school office"));

        // Time passes: the case closed seven years ago.
        jdbc.update("update wellbeing_concern set closed_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minus(7 * 366, ChronoUnit.DAYS)), id);
        assertThat(retention.dueForReview()).anySatisfy(d -> {
            assertThat(d.concernId()).isEqualTo(id);
            assertThat(d.child()).isEqualTo("Ailsa " + family);
        });
        assertThatThrownBy(() -> retention.anonymise(id, "no")).isInstanceOf(Refusal.class).hasMessageStartingWith("Give the reason");

        CaseAnonymisation done = retention.anonymise(id, "Retention panel of 1 Dec 2033: nothing to keep");
        assertThat(done.getAnonymisedBy()).isEqualTo(manager);

        WellbeingConcern after = concerns.findById(id).orElseThrow();
        assertThat(after.getChild().getGivenName()).isEqualTo("Anonymised");
        assertThat(after.getChild().getFamilyName()).isEqualTo("child " + after.getChild().getId());
        assertThat(after.getChild().getDateOfBirth()).isEqualTo(java.time.LocalDate.of(2016, 1, 1));
        assertThat(after.getChild().getSchool()).isEqualTo(CaseRetention.REMOVED);
        assertThat(after.getObservation()).isEqualTo(CaseRetention.REMOVED);
        assertThat(after.getClosingSummary()).isEqualTo(CaseRetention.REMOVED);
        assertThat(chronology.findByConcernIdOrderByOccurredAtAscIdAsc(id)).isNotEmpty()
                .allSatisfy(e -> assertThat(e.getSummary()).isEqualTo(CaseRetention.REMOVED))
                .anySatisfy(e -> assertThat(e.getRecordedBy()).isEqualTo(practitioner));
        assertThat(jdbc.queryForObject("select count(*) from chronology_entry where concern_id = ? and correction_reason = ?",
                Long.class, id, CaseRetention.REMOVED)).isEqualTo(1L);
        assertThat(jdbc.queryForObject("select count(*) from chronology_entry where concern_id = ? and correction_reason <> ?",
                Long.class, id, CaseRetention.REMOVED)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from wellbeing_assessment where concern_id = ? and childs_views <> ?",
                Long.class, id, CaseRetention.REMOVED)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from plan_action a join childs_plan_version v on v.id = a.plan_version_id"
                + " where v.concern_id = ? and a.what <> ?", Long.class, id, CaseRetention.REMOVED)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from plan_draft_action a join childs_plan_draft d on d.id = a.draft_id"
                + " where d.concern_id = ? and a.what <> ?", Long.class, id, CaseRetention.REMOVED)).as("the plan as changed since").isZero();
        assertThat(jdbc.queryForObject("select count(*) from plan_draft_outcome o join childs_plan_draft d on d.id = o.draft_id"
                + " where d.concern_id = ? and o.outcome <> ?", Long.class, id, CaseRetention.REMOVED)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from consent_record where concern_id = ? and given_by <> ?", Long.class, id,
                CaseRetention.REMOVED)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from team_meeting where concern_id = ? and (child_views is not null"
                + " or family_views is not null or place <> ?)", Long.class, id, CaseRetention.REMOVED)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from team_meeting_person p join team_meeting m on m.id = p.meeting_id"
                + " where m.concern_id = ? and p.person_name <> ?", Long.class, id, CaseRetention.REMOVED)).isZero();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(referral.getId()).count()).isZero();
        assertThat(history.createHistoricDetailQuery().processInstanceId(referral.getId()).count()).isZero();

        // The audit trail stays: every step and task with who and when, the chronology's kinds and authors, the accesses.
        assertThat(stepsAndTasks(id)).isEqualTo(stepsBefore);
        var timeline = timelines.of("case", id).orElseThrow();
        assertThat(timeline.events()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(TimelineEvent.Kind.TASK);
            assertThat(e.what()).isEqualTo("Task completed: Named Person assessment");
            assertThat(e.who()).isEqualTo(namedPerson);
        });
        assertThat(timeline.events()).filteredOn(e -> e.kind() == TimelineEvent.Kind.VARIABLE).isEmpty();
        assertThat(timeline.events()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(TimelineEvent.Kind.ACCESS);
            assertThat(e.who()).isEqualTo(manager);
            assertThat(e.what()).isEqualTo("Opened in anonymisation");
        });
        assertThat(timeline.events()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(TimelineEvent.Kind.CHRONOLOGY);
            assertThat(e.what()).isEqualTo("Anonymised");
            assertThat(e.who()).isEqualTo(manager);
            assertThat(e.detail()).isEqualTo("Retention panel of 1 Dec 2033: nothing to keep");
        });
        assertThat(retention.dueForReview()).noneSatisfy(d -> assertThat(d.concernId()).isEqualTo(id));
        assertThatThrownBy(() -> retention.anonymise(id, "Again, by mistake")).isInstanceOf(Refusal.class).hasMessageContaining("already anonymised");
    }

    @Test
    void aChildWithAnotherCaseKeepsTheirIdentityAndOnlyManagersAnonymise() {
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        String candidate = String.valueOf(100_000_000 + Math.floorMod(System.nanoTime(), 900_000_000L));
        String practitioner = people.ensure(Role.PRACTITIONER);
        String family = "Twice" + System.nanoTime();
        ProcessInstance first = referrals.raise(practitioner, family, candidate, "no");
        referrals.toClosure(first, namedPerson);
        ProcessInstance second = referrals.raise(practitioner, family, candidate, "no");
        long firstId = concerns.findByProcessInstanceId(first.getId()).orElseThrow().getId();
        assertThat(concerns.findByProcessInstanceId(second.getId()).orElseThrow().getChild().getId())
                .isEqualTo(concerns.findById(firstId).orElseThrow().getChild().getId());
        jdbc.update("update wellbeing_concern set closed_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minus(7 * 366, ChronoUnit.DAYS)), firstId);

        people.signIn(Role.LEAD_PROFESSIONAL);
        assertThatThrownBy(() -> retention.anonymise(firstId, "Not mine to decide")).isInstanceOf(AuthorizationException.class);
        people.signIn(Role.MANAGER);
        retention.anonymise(firstId, "Retention panel: first case");
        WellbeingConcern firstAfter = concerns.findById(firstId).orElseThrow();
        assertThat(firstAfter.getObservation()).isEqualTo(CaseRetention.REMOVED);
        assertThat(firstAfter.getChild().getFamilyName()).as("the open case still needs the child's identity").isEqualTo(family);
        assertThat(firstAfter.getChild().getCandidateNumber()).isEqualTo(candidate);
    }

    @Test
    void eachCouncilsManagersReviewAndAnonymiseTheirOwnCouncilsCasesOnly() {
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        String practitioner = people.ensure(Role.PRACTITIONER);
        ProcessInstance glasgowReferral = referrals.raise(practitioner, "RetainedGlasgow" + System.nanoTime(), null, "no");
        ProcessInstance renfrewshireReferral = referrals.raise(practitioner, "RetainedRenfrewshire" + System.nanoTime(), null, "no");
        referrals.toClosure(glasgowReferral, namedPerson);
        referrals.toClosure(renfrewshireReferral, namedPerson);
        long glasgow = concerns.findByProcessInstanceId(glasgowReferral.getId()).orElseThrow().getId();
        WellbeingConcern moving = concerns.findByProcessInstanceId(renfrewshireReferral.getId()).orElseThrow();
        long renfrewshire = moving.getId();
        // The child moved: their record is Renfrewshire's now.
        jdbc.update("update child set authority_code = 'renfrewshire', establishment_code = 'cartside-primary' where id = ?",
                moving.getChild().getId());
        for (long id : List.of(glasgow, renfrewshire)) {
            jdbc.update("update wellbeing_concern set closed_at = ? where id = ?", java.sql.Timestamp.from(Instant.now().minus(7 * 366, ChronoUnit.DAYS)), id);
        }
        String renfrewshireManager = people.ensureIn("test-manager-renfrewshire", List.of("renfrewshire"), Role.MANAGER);
        String regionalManager = people.ensureIn("test-manager-regional", List.of("west-partnership"), Role.MANAGER);

        people.signIn(Role.MANAGER); // Glasgow City's
        assertThat(retention.reviewsCases()).isTrue();
        assertThat(retention.dueForReview()).extracting(CaseRetention.Due::concernId).contains(glasgow).doesNotContain(renfrewshire);
        assertThatThrownBy(() -> retention.anonymise(renfrewshire, "Reviewed by the wrong council"))
                .isInstanceOf(Refusal.class).hasMessageContaining("There is no case " + renfrewshire + " of your council");
        assertThat(concerns.findById(renfrewshire).orElseThrow().getObservation()).as("nothing written").isNotEqualTo(CaseRetention.REMOVED);

        people.signInAs(renfrewshireManager);
        assertThat(retention.dueForReview()).extracting(CaseRetention.Due::concernId).contains(renfrewshire).doesNotContain(glasgow);
        assertThatThrownBy(() -> retention.anonymise(glasgow, "Reviewed by the wrong council")).isInstanceOf(Refusal.class);

        people.signInAs(regionalManager);
        assertThat(retention.reviewsCases()).as("the region keeps no council's children's records").isFalse();
        assertThat(retention.dueForReview()).isEmpty();
        assertThatThrownBy(() -> retention.anonymise(glasgow, "Reviewed by the region")).isInstanceOf(Refusal.class);

        people.signIn(Role.ADMIN);
        assertThat(retention.dueForReview()).isEmpty();
        people.signOut();
        assertThat(accessLog.latestFor(CaseAccess.RECORD_TYPE, renfrewshire, 20)).anySatisfy(a -> {
            assertThat(a.getUserId()).isEqualTo(org.partnerflow.testsupport.TestPeople.idOf(Role.MANAGER));
            assertThat(a.getViewName()).isEqualTo("anonymisation");
            assertThat(a.isGranted()).isFalse();
        });

        people.signInAs(renfrewshireManager);
        retention.anonymise(renfrewshire, "Renfrewshire's retention panel: nothing to keep");
        assertThat(concerns.findById(renfrewshire).orElseThrow().getObservation()).isEqualTo(CaseRetention.REMOVED);
        assertThat(concerns.findById(glasgow).orElseThrow().getObservation()).isNotEqualTo(CaseRetention.REMOVED);
    }

    private int stepsAndTasks(long concernId) {
        WellbeingConcern c = concerns.findById(concernId).orElseThrow();
        return (int) (history.createHistoricActivityInstanceQuery().processInstanceId(c.getProcessInstanceId()).count()
                + history.createHistoricTaskInstanceQuery().processInstanceId(c.getProcessInstanceId()).count());
    }
}
