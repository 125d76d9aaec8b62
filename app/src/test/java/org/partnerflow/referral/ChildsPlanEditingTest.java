package org.partnerflow.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.identity.People;
import org.partnerflow.identity.Role;
import org.partnerflow.referral.ChildsPlanChanges.Kind;
import org.partnerflow.referral.ChildsPlanEditing.ActionEdit;
import org.partnerflow.referral.PlanAction.Status;
import org.partnerflow.testsupport.TestReferrals;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.Refusal;
import org.partnerflow.workflow.StaleRecordException;
import org.partnerflow.workflow.form.FormValidationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A Child's Plan that changes: the Lead Professional edits the draft between reviews (outcomes added,
 * reworded, met; actions with an owner from the team, a due date and a status; progress noted), the
 * review agrees the next version from it, the old version stays as it was, and what changed is told
 * in words. Stale edits, owners who left the team and due dates before the plan's date are refused
 * in words with nothing written.
 */
class ChildsPlanEditingTest extends PartnerflowSpringTest {

    @Autowired
    TestReferrals referrals;
    @Autowired
    ChildsPlanEditing editing;
    @Autowired
    ChildsPlanVersions versions;
    @Autowired
    WellbeingConcerns concerns;
    @Autowired
    TeamMembers team;
    @Autowired
    ManagementService managementService;
    @Autowired
    People names;
    @Autowired
    JdbcTemplate jdbc;

    String namedPerson;
    String leadProfessional;

    @AfterEach
    void signOut() {
        people.signOut();
    }

    /** A multi-agency case at its first plan: Health joined with Dr Shona Bell; the Lead Professional owns the breakfast club. */
    private long caseWithAPlan(String actionDue) {
        return caseWithAPlan(actionDue, Map.of("agencyDecision", "accept",
                "joining", "outside-contact", "outsideContactName", "Dr Shona Bell", "outsideContactDetails", "0141 000 0000"));
    }

    private String healthVisitor;

    private long caseWithAPlan(String actionDue, Map<String, Object> healthAnswer) {
        namedPerson = people.ensure(Role.NAMED_PERSON);
        leadProfessional = people.ensure(Role.LEAD_PROFESSIONAL);
        healthVisitor = referrals.agencyPractitioner(TestReferrals.HEALTH_VISITING);
        ProcessInstance referral = referrals.raise(people.ensure(Role.PRACTITIONER), "Plan" + System.nanoTime() % 1_000_000, null, "no");
        referrals.work(referral, "Activity_NamedPersonAssessment", namedPerson, TestReferrals.assessment("Nurtured", 2L, true));
        referrals.work(referral, "Activity_ConfirmPathway", namedPerson, Map.of("pathwayChoice", "accept"));
        referrals.work(referral, "Activity_RecordConsent", namedPerson, Map.of("consentGiven", "yes", "consentGivenBy", "Mother",
                "consentScope", "Attendance, health and family support", "consentAgencies", List.of("health"), "consentDate", "2026-11-20"));
        referrals.work(referral, "Activity_AppointLeadProfessional", leadProfessional, Map.of("invitedAgencies", List.of(TestReferrals.HEALTH_VISITING)));
        // Dr Shona Bell, the family's GP, joins for health visiting as a contact outside Partnerflow.
        referrals.answerInvitation(referral, TestReferrals.HEALTH_VISITING, healthVisitor, healthAnswer);
        referrals.agreeAtTheTeamMeeting(referral, leadProfessional, Map.of("needsSummary", "Food and sleep",
                "outcomeHealthy", "Eats breakfast every school day",
                "planActions", "Breakfast club; " + names.displayName(leadProfessional) + "; Education; " + actionDue,
                "reviewDate", LocalDate.now().plusDays(30).toString()));
        this.referral = referral;
        return concerns.findByProcessInstanceId(referral.getId()).orElseThrow().getId();
    }

    private ProcessInstance referral;

    private void review(String decision, String nextReviewDate) {
        Job reviewDue = managementService.createJobQuery().processInstanceId(referral.getId()).activityId("Event_ReviewDue").singleResult();
        managementService.executeJob(reviewDue.getId());
        referrals.reviewAtAMeeting(referral, leadProfessional, TestReferrals.review(decision, nextReviewDate));
    }

    private ChildsPlanEditing.Plan plan(long concernId) {
        return editing.plan(concernId).orElseThrow();
    }

    private String shonaBell(ChildsPlanEditing.Plan plan) {
        return plan.team().stream().filter(o -> o.fullName().equals("Dr Shona Bell")).findFirst().orElseThrow().id();
    }

    @Test
    void theLeadProfessionalChangesThePlanAndTheReviewAgreesTheNextVersionFromIt() {
        long concernId = caseWithAPlan("31/01/2027");
        people.signInAs(leadProfessional);
        ChildsPlanEditing.Plan plan = plan(concernId);
        assertThat(plan.mayEdit()).isTrue();
        assertThat(plan.team()).extracting(PlanOwner::fullName)
                .containsExactly(names.displayName(leadProfessional), names.displayName(namedPerson), "Dr Shona Bell");
        PlanAction breakfast = plan.draft().getActions().get(0);
        assertThat(breakfast.getOwnerId()).as("the form's 'who' named the Lead Professional").isEqualTo("person:" + leadProfessional);
        assertThat(breakfast.getDueDate()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(breakfast.getStatus()).isEqualTo(Status.NOT_STARTED);
        assertThat(plan.changesInDraft()).isEmpty();

        long v = plan.draft().getVersion();
        editing.changeAction(concernId, v, breakfast.getRef(), new ActionEdit("Breakfast club", breakfast.getOwnerId(), "Education",
                breakfast.getDueDate(), Status.DONE));
        v = plan(concernId).draft().getVersion();
        editing.addAction(concernId, v, new ActionEdit("Sleep clinic referral", shonaBell(plan), null, LocalDate.now().plusDays(40),
                Status.NOT_STARTED));
        v = plan(concernId).draft().getVersion();
        editing.setOutcome(concernId, v, WellbeingIndicator.HEALTHY, "Eats breakfast and sleeps through most nights");
        v = plan(concernId).draft().getVersion();
        editing.markOutcomeMet(concernId, v, WellbeingIndicator.HEALTHY);
        v = plan(concernId).draft().getVersion();
        editing.setOutcome(concernId, v, WellbeingIndicator.INCLUDED, "Joins an after-school club");
        editing.addProgressNote(concernId, plan(concernId).draft().getVersion(), breakfast.getRef(), "Attending every day since the first week");

        ChildsPlanEditing.Plan edited = plan(concernId);
        PlanAction sleep = edited.draft().getActions().get(1);
        assertThat(sleep.getWho()).isEqualTo("Dr Shona Bell");
        assertThat(sleep.getAgency()).as("the owner's agency when none is given").isEqualTo("NHS Greater Glasgow and Clyde health visiting (North East)");
        assertThat(edited.notes().get(breakfast.getRef())).singleElement().satisfies(n -> {
            assertThat(n.getNote()).isEqualTo("Attending every day since the first week");
            assertThat(n.getNotedBy()).isEqualTo(leadProfessional);
            assertThat(n.getNotedOn()).isEqualTo(LocalDate.now(Words.ZONE));
        });
        assertThat(edited.changesInDraft()).extracting(ChildsPlanChanges.Change::kind)
                .containsExactly(Kind.OUTCOME_REWORDED, Kind.OUTCOME_MET, Kind.OUTCOME_ADDED, Kind.ACTION_STATUS, Kind.ACTION_ADDED);
        assertThat(versions.findByConcernIdOrderByVersionNumberDesc(concernId)).as("nothing agreed before the review").hasSize(1);
        people.signOut();

        review("continue", LocalDate.now().plusDays(120).toString());

        List<ChildsPlanVersion> agreed = versions.findByConcernIdOrderByVersionNumberDesc(concernId);
        assertThat(agreed).extracting(ChildsPlanVersion::getVersionNumber).containsExactly(2, 1);
        ChildsPlanVersion second = agreed.get(0);
        ChildsPlanVersion first = agreed.get(1);
        assertThat(first.getActions()).singleElement().satisfies(a -> assertThat(a.getStatus()).isEqualTo(Status.NOT_STARTED));
        assertThat(first.getOutcomes()).containsExactly(Map.entry(WellbeingIndicator.HEALTHY, "Eats breakfast every school day"));
        assertThat(second.getActions()).extracting(PlanAction::getWhat, PlanAction::getStatus)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Breakfast club", Status.DONE),
                        org.assertj.core.groups.Tuple.tuple("Sleep clinic referral", Status.NOT_STARTED));
        assertThat(second.getPlanOutcomes().get(WellbeingIndicator.HEALTHY).isMet()).isTrue();
        assertThat(ChildsPlanChanges.between(first, second)).extracting(ChildsPlanChanges.Change::words).containsExactly(
                "Outcome reworded (Healthy): was \"Eats breakfast every school day\", now \"Eats breakfast and sleeps through most nights\"",
                "Outcome met (Healthy) on " + Words.date(LocalDate.now(Words.ZONE)) + ": Eats breakfast and sleeps through most nights",
                "Outcome added (Included): Joins an after-school club",
                "Action \"Breakfast club\": Not started → Done",
                "Action added: Sleep clinic referral (Dr Shona Bell, NHS Greater Glasgow and Clyde health visiting (North East), due " + Words.date(LocalDate.now().plusDays(40)) + ")");

        people.signInAs(leadProfessional);
        ChildsPlanEditing.Plan after = plan(concernId);
        assertThat(after.draft().getBasedOnVersion()).as("the editor starts again from the agreed version").isEqualTo(2);
        assertThat(after.changesInDraft()).isEmpty();
        assertThat(after.changesByVersion().get(2)).hasSize(5);
    }

    /** As the browser journey does it: the review date has come, the review is open, and the plan is changed before it is held. */
    @Test
    void changesMadeWhileTheReviewIsOpenAreAllToldAgainstTheAgreedVersion() {
        long concernId = caseWithAPlan("31/01/2027");
        Job reviewDue = managementService.createJobQuery().processInstanceId(referral.getId()).activityId("Event_ReviewDue").singleResult();
        managementService.executeJob(reviewDue.getId());
        people.signInAs(leadProfessional);
        ChildsPlanEditing.Plan plan = plan(concernId);
        PlanAction breakfast = plan.draft().getActions().get(0);
        editing.changeAction(concernId, plan.draft().getVersion(), breakfast.getRef(), new ActionEdit(breakfast.getWhat(),
                "person:" + namedPerson, breakfast.getAgency(), breakfast.getDueDate(), Status.DONE));
        editing.markOutcomeMet(concernId, plan(concernId).draft().getVersion(), WellbeingIndicator.HEALTHY);

        ChildsPlanEditing.Plan edited = plan(concernId);
        assertThat(edited.current().getActions()).singleElement().satisfies(a -> assertThat(a.getStatus()).isEqualTo(Status.NOT_STARTED));
        assertThat(edited.current().getPlanOutcomes().get(WellbeingIndicator.HEALTHY).isMet()).as("the agreed version is not changed").isFalse();
        assertThat(edited.changesInDraft()).extracting(ChildsPlanChanges.Change::kind)
                .containsExactly(Kind.OUTCOME_MET, Kind.ACTION_STATUS, Kind.ACTION_OWNER);
        people.signOut();
    }

    @Test
    void onceSteppedDownThePlanIsNoLongerChangedOrWorkedOnAndSaysWhy() {
        long concernId = caseWithAPlan("31/01/2027");
        review("step-down", null);
        assertThat(concerns.findById(concernId).orElseThrow().getStage()).isEqualTo(CaseStage.STEPPED_DOWN);
        people.signInAs(leadProfessional);
        try {
            ChildsPlanEditing.Plan plan = plan(concernId);
            assertThat(plan.mayEdit()).isFalse();
            assertThat(plan.notable()).as("no progress notes on a plan no longer in force").isEmpty();
            PlanAction breakfast = plan.draft().getActions().get(0);
            long version = plan.draft().getVersion();
            assertThatThrownBy(() -> editing.changeAction(concernId, version, breakfast.getRef(), new ActionEdit(breakfast.getWhat(),
                    breakfast.getOwnerId(), breakfast.getAgency(), breakfast.getDueDate(), Status.DONE)))
                    .isInstanceOf(Refusal.class).hasMessageContaining("stepped down to universal support");
            assertThatThrownBy(() -> editing.addProgressNote(concernId, version, breakfast.getRef(), "Still going"))
                    .isInstanceOf(Refusal.class).hasMessageContaining("stepped down to universal support");
            assertThat(plan(concernId).draft().getActions().get(0).getStatus()).isEqualTo(Status.NOT_STARTED);
            assertThat(plan(concernId).draft().getVersion()).isEqualTo(version);
        } finally {
            people.signOut();
        }
    }

    @Test
    void twoEditsFromTheSameDraftVersionTheSecondIsToldInWordsAndNothingOfItIsWritten() {
        long concernId = caseWithAPlan("31/01/2027");
        people.signInAs(leadProfessional);
        long read = plan(concernId).draft().getVersion();
        editing.setOutcome(concernId, read, WellbeingIndicator.SAFE, "Feels safe walking to school");

        assertThatThrownBy(() -> editing.setOutcome(concernId, read, WellbeingIndicator.SAFE, "Walks to school with a friend"))
                .isInstanceOf(StaleRecordException.class)
                .hasMessage("Someone else changed this Child's Plan while you were working on it (version " + (read + 1)
                        + ", you had " + read + "). Reload to see their changes, then try again.");
        assertThat(plan(concernId).draft().getOutcomes().get(WellbeingIndicator.SAFE).getText()).isEqualTo("Feels safe walking to school");
    }

    @Test
    void aDueDateBeforeThePlansDateAndAnOwnerNotOnTheTeamAreRefusedInWords() {
        long concernId = caseWithAPlan("31/01/2027");
        people.signInAs(leadProfessional);
        ChildsPlanEditing.Plan plan = plan(concernId);
        long v = plan.draft().getVersion();
        LocalDate planDate = plan.planDate();

        assertThatThrownBy(() -> editing.addAction(concernId, v, new ActionEdit("Home visit", shonaBell(plan), null, planDate.minusDays(1),
                Status.NOT_STARTED)))
                .isInstanceOfSatisfying(FormValidationException.class, refused -> assertThat(refused.fieldErrors()).containsExactly(
                        Map.entry("dueDate", "The due date " + Words.date(planDate.minusDays(1)) + " is before the plan's date, "
                                + Words.date(planDate) + ": give a date on or after it.")));
        assertThatThrownBy(() -> editing.addAction(concernId, v, new ActionEdit("Home visit", "person:someone-else", null, planDate,
                Status.NOT_STARTED)))
                .isInstanceOfSatisfying(FormValidationException.class, refused -> assertThat(refused.fieldErrors())
                        .containsExactly(Map.entry("owner", "The person chosen is no longer on the team around the child: choose an owner who is.")));
        assertThatThrownBy(() -> editing.addAction(concernId, v, new ActionEdit(" ", shonaBell(plan), null, planDate, Status.NOT_STARTED)))
                .isInstanceOfSatisfying(FormValidationException.class, refused -> assertThat(refused.fieldErrors()).containsKey("what"));
        ChildsPlanEditing.Plan unchanged = plan(concernId);
        assertThat(unchanged.draft().getVersion()).as("nothing written").isEqualTo(v);
        assertThat(unchanged.draft().getActions()).hasSize(1);
    }

    @Test
    void anActionWhoseOwnerLeftTheTeamIsRefusedInTheEditorAndAtTheReview() {
        long concernId = caseWithAPlan("31/01/2027");
        people.signInAs(leadProfessional);
        ChildsPlanEditing.Plan plan = plan(concernId);
        String shona = shonaBell(plan);
        editing.addAction(concernId, plan.draft().getVersion(), new ActionEdit("Sleep clinic referral", shona, null,
                LocalDate.now().plusDays(20), Status.IN_PROGRESS));
        people.signOut();
        // Health's practitioner leaves the team.
        jdbc.update("update team_member set status = 'LEFT', member_to = current_date where concern_id = ?", concernId);

        people.signInAs(leadProfessional);
        ChildsPlanEditing.Plan now = plan(concernId);
        assertThat(now.team()).extracting(PlanOwner::fullName).doesNotContain("Dr Shona Bell");
        PlanAction sleep = now.draft().getActions().get(1);
        assertThatThrownBy(() -> editing.changeAction(concernId, now.draft().getVersion(), sleep.getRef(), new ActionEdit(sleep.getWhat(),
                shona, sleep.getAgency(), sleep.getDueDate(), Status.DONE)))
                .isInstanceOfSatisfying(FormValidationException.class, refused -> assertThat(refused.fieldErrors())
                        .containsExactly(Map.entry("owner", "Dr Shona Bell is no longer on the team around the child: choose an owner who is.")));
        people.signOut();

        assertThatThrownBy(() -> review("continue", LocalDate.now().plusDays(120).toString()))
                .isInstanceOfSatisfying(FormValidationException.class, refused -> assertThat(refused.fieldErrors().get("reviewDecision"))
                        .contains("\"Sleep clinic referral\" is owned by Dr Shona Bell, who is no longer on the team"));
        assertThat(versions.findByConcernIdOrderByVersionNumberDesc(concernId)).as("nothing agreed").hasSize(1);

        people.signInAs(leadProfessional);
        ChildsPlanEditing.Plan before = plan(concernId);
        editing.changeAction(concernId, before.draft().getVersion(), sleep.getRef(), new ActionEdit(sleep.getWhat(),
                "person:" + leadProfessional, "Health", sleep.getDueDate(), Status.IN_PROGRESS));
        people.signOut();
        referrals.reviewAtAMeeting(referral, leadProfessional, TestReferrals.review("continue", LocalDate.now().plusDays(120).toString()));
        assertThat(ChildsPlanChanges.between(versions.findByConcernIdOrderByVersionNumberDesc(concernId).get(1),
                versions.findByConcernIdOrderByVersionNumberDesc(concernId).get(0))).extracting(ChildsPlanChanges.Change::kind)
                .containsExactly(Kind.ACTION_ADDED);
    }

    @Autowired
    PlanActionsDue actionsDue;

    private List<String> toldOfActions(String person, long concernId) {
        return jdbc.queryForList("select reference from notification where recipient = ? and kind = 'PLAN_ACTION_DUE' and link = ?",
                String.class, person, "cases/" + concernId);
    }

    @Test
    void anActionFallingDueTellsItsOwnerOnceForEachDueDateAndNotOnceItIsDone() {
        LocalDate today = LocalDate.now(Words.ZONE);
        long concernId = caseWithAPlan(today.plusDays(10).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        String reference = WellbeingConcern.referenceOf(concernId);

        actionsDue.tellOfActionsDue(today);
        assertThat(toldOfActions(leadProfessional, concernId)).as("ten days off: not yet").isEmpty();
        actionsDue.tellOfActionsDue(today.plusDays(8));
        assertThat(toldOfActions(leadProfessional, concernId)).as("two days before").containsExactly(reference);
        actionsDue.tellOfActionsDue(today.plusDays(9));
        actionsDue.tellOfActionsDue(today.plusDays(12));
        assertThat(toldOfActions(leadProfessional, concernId)).as("once for its date").hasSize(1);
        assertThat(toldOfActions(namedPerson, concernId)).as("only its owner").isEmpty();

        people.signInAs(leadProfessional);
        ChildsPlanEditing.Plan plan = plan(concernId);
        PlanAction breakfast = plan.draft().getActions().get(0);
        editing.changeAction(concernId, plan.draft().getVersion(), breakfast.getRef(), new ActionEdit(breakfast.getWhat(),
                breakfast.getOwnerId(), breakfast.getAgency(), today.plusDays(20), Status.IN_PROGRESS));
        people.signOut();
        actionsDue.tellOfActionsDue(today.plusDays(18));
        assertThat(toldOfActions(leadProfessional, concernId)).as("moved: told of the new date").hasSize(2);

        people.signInAs(leadProfessional);
        plan = plan(concernId);
        editing.changeAction(concernId, plan.draft().getVersion(), breakfast.getRef(), new ActionEdit(breakfast.getWhat(),
                breakfast.getOwnerId(), breakfast.getAgency(), today.plusDays(30), Status.DONE));
        people.signOut();
        actionsDue.tellOfActionsDue(today.plusDays(40));
        assertThat(toldOfActions(leadProfessional, concernId)).as("done: nothing more").hasSize(2);
    }

    @Test
    void onlyTheLeadProfessionalEditsAMultiAgencyPlanAndOverdueActionsShowToTheirOwner() {
        long concernId = caseWithAPlan("01/11/2026");
        people.signInAs(namedPerson);
        ChildsPlanEditing.Plan seen = plan(concernId);
        assertThat(seen.mayEdit()).isFalse();
        assertThat(seen.team()).isEmpty();
        assertThatThrownBy(() -> editing.setOutcome(concernId, seen.draft().getVersion(), WellbeingIndicator.SAFE, "Feels safe"))
                .isInstanceOf(AuthorizationException.class);
        assertThat(seen.overdue()).extracting(PlanAction::getWhat).containsExactly("Breakfast club");
        assertThat(editing.myOverdueActions()).noneMatch(o -> o.concernId() == concernId);

        people.signInAs(leadProfessional);
        assertThat(editing.myOverdueActions()).filteredOn(o -> o.concernId() == concernId)
                .singleElement().satisfies(o -> {
                    assertThat(o.action().getWhat()).isEqualTo("Breakfast club");
                    assertThat(o.child()).startsWith("Ailsa Plan");
                });
        ChildsPlanEditing.Plan plan = plan(concernId);
        PlanAction breakfast = plan.overdue().get(0);
        editing.changeAction(concernId, plan.draft().getVersion(), breakfast.getRef(), new ActionEdit(breakfast.getWhat(),
                breakfast.getOwnerId(), breakfast.getAgency(), breakfast.getDueDate(), Status.NO_LONGER_NEEDED));
        assertThat(editing.myOverdueActions()).noneMatch(o -> o.concernId() == concernId);
        assertThat(plan(concernId).overdue()).isEmpty();
    }

    @Test
    void theHealthVisitorWhoJoinedNotesProgressOnlyOnTheirOwnActionsAndSeesThemOverdue() {
        long concernId = caseWithAPlan("01/11/2026", TestReferrals.joins(referrals.agencyPractitioner(TestReferrals.HEALTH_VISITING)));
        people.signInAs(leadProfessional);
        ChildsPlanEditing.Plan plan = plan(concernId);
        String hv = plan.team().stream().filter(o -> o.fullName().equals(names.displayName(healthVisitor))).findFirst().orElseThrow().id();
        String sleep = editing.addAction(concernId, plan.draft().getVersion(), new ActionEdit("Sleep clinic referral", hv, null,
                plan.planDate(), Status.IN_PROGRESS));
        String breakfast = plan.draft().getActions().get(0).getRef();
        people.signOut();

        people.signInAs(healthVisitor);
        ChildsPlanEditing.Plan seen = plan(concernId);
        assertThat(seen.mayEdit()).isFalse();
        assertThat(seen.myActions()).extracting(PlanAction::getRef).containsExactly(sleep);
        assertThat(seen.overdue()).extracting(PlanAction::getWhat).contains("Breakfast club");
        long v = seen.draft().getVersion();
        assertThatThrownBy(() -> editing.addProgressNote(concernId, v, breakfast, "Not mine to note"))
                .isInstanceOf(AuthorizationException.class);
        editing.addProgressNote(concernId, v, sleep, "Referral sent to the sleep clinic");
        assertThat(plan(concernId).notes().get(sleep)).singleElement()
                .satisfies(n -> assertThat(n.getNotedBy()).isEqualTo(healthVisitor));
        assertThat(plan(concernId).notes()).doesNotContainKey(breakfast);
        people.signOut();

        // The Lead Professional changes the plan meanwhile: a note from the version read before is refused in words.
        people.signInAs(leadProfessional);
        editing.setOutcome(concernId, plan(concernId).draft().getVersion(), WellbeingIndicator.SAFE, "Feels safe at home");
        people.signOut();
        people.signInAs(healthVisitor);
        assertThatThrownBy(() -> editing.addProgressNote(concernId, v, sleep, "Second note")).isInstanceOf(StaleRecordException.class);
        assertThat(plan(concernId).notes().get(sleep)).hasSize(1);
    }
}
