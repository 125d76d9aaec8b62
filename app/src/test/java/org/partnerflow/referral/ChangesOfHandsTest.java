package org.partnerflow.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.identity.Role;
import org.partnerflow.referral.ChronologyEntry.Kind;
import org.partnerflow.testsupport.Race;
import org.partnerflow.testsupport.TestReferrals;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.Refusal;
import org.partnerflow.workflow.form.FormValidationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Changes of hands (issue 17, item 4) through the real forms and the real process: a change of Named
 * Person or school within the council, a transfer between councils (accepted, declined, lapsed), a
 * change of Lead Professional; who may ask, what is refused in words, and the races.
 */
class ChangesOfHandsTest extends PartnerflowSpringTest {

    static final String CARTSIDE_NAMED_PERSONS = "named-persons.cartside-primary";
    static final String WESTFIELD_NAMED_PERSONS = "named-persons.westfield-academy";
    static final String REASON = "The family moved house over the October holidays";

    @Autowired
    TestReferrals referrals;
    @Autowired
    WellbeingConcerns concerns;
    @Autowired
    CaseAccess access;
    @Autowired
    ChangesOfHands changes;
    @Autowired
    Chronology chronology;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ChildsCases cases;

    private String namedPerson() {
        return people.ensure(Role.NAMED_PERSON); // Eastfield's and Westfield's, in Glasgow City
    }

    private String cartsideNamedPerson(String id) {
        return people.ensureIn(id, List.of("renfrewshire", CARTSIDE_NAMED_PERSONS), Role.NAMED_PERSON);
    }

    /** A concern at Eastfield Primary (Glasgow City) assessed by its Named Person: waiting for them to confirm the pathway. */
    private ProcessInstance assessedAtEastfield(String family) {
        ProcessInstance referral = referrals.raise(people.ensure(Role.PRACTITIONER), "Ailsa", family + System.nanoTime(),
                "Eastfield Primary", null, "no");
        referrals.work(referral, "Activity_NamedPersonAssessment", namedPerson(), TestReferrals.assessment("Healthy", 3L, false));
        return referral;
    }

    private WellbeingConcern concernOf(ProcessInstance referral) {
        return concerns.findByProcessInstanceId(referral.getId()).orElseThrow();
    }

    private Task taskAt(ProcessInstance referral, String activity) {
        return taskService.createTaskQuery().processInstanceId(referral.getId()).taskDefinitionKey(activity).singleResult();
    }

    private List<String> groupsOf(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
    }

    private void as(String user, Runnable action) {
        people.signInAs(user);
        try {
            action.run();
        } finally {
            people.signOut();
        }
    }

    private boolean mayOpen(String user, WellbeingConcern concern) {
        people.signInAs(user);
        try {
            access.open(concern.getId(), "case");
            return true;
        } catch (NoAccessException refused) {
            return false;
        } finally {
            people.signOut();
        }
    }

    private List<ChronologyEntry> entries(WellbeingConcern concern, Kind kind) {
        return chronology.of(concern).stream().filter(e -> e.getKind() == kind).toList();
    }

    // --- a transfer between councils ---

    @Test
    void aTransferAcceptedMovesTheRecordToTheReceivingCouncilAndBothSidesAccessChanges() {
        String receiving = cartsideNamedPerson("test-np-cartside-transfer");
        String glasgowManager = people.ensure(Role.MANAGER);
        String oldNamedPerson = namedPerson();
        ProcessInstance referral = assessedAtEastfield("Transfer");
        WellbeingConcern concern = concernOf(referral);
        assertThat(mayOpen(glasgowManager, concern)).isTrue();

        as(oldNamedPerson, () -> changes.proposeTransfer(concern.getId(), "cartside-primary", REASON));
        Task offer = taskAt(referral, "Activity_AcceptTransfer");
        assertThat(offer.getName()).isEqualTo("Accept or decline the transfer");
        assertThat(groupsOf(offer)).containsExactly(CARTSIDE_NAMED_PERSONS);
        assertThat(mayOpen(receiving, concern)).as("offered the transfer, the receiving Named Person reads the case").isTrue();

        referrals.work(referral, "Activity_AcceptTransfer", receiving, Map.of("transferAnswer", "accept",
                "transferAcceptNote", "Starts at Cartside on Monday"));

        WellbeingConcern moved = concernOf(referral);
        assertThat(moved.getNamedPerson()).isEqualTo(receiving);
        assertThat(moved.getChild().getEstablishmentCode()).isEqualTo("cartside-primary");
        assertThat(moved.getChild().getAuthorityCode()).isEqualTo("renfrewshire");
        assertThat(runtime.getVariables(referral.getId())).containsEntry("authority", "renfrewshire")
                .containsEntry("namedPersonGroup", CARTSIDE_NAMED_PERSONS).containsEntry("namedPerson", receiving)
                .containsEntry("coordinator", receiving).doesNotContainKeys("transferAnswer", "transferReason", "receivingEstablishment");
        assertThat(taskAt(referral, "Activity_ConfirmPathway").getAssignee()).as("the old Named Person's open task moved").isEqualTo(receiving);
        assertThat(entries(moved, Kind.TRANSFERRED)).singleElement().satisfies(e -> assertThat(e.getSummary())
                .contains("Transferred from Glasgow City to Renfrewshire", "Eastfield Primary to Cartside Primary", REASON,
                        "Starts at Cartside on Monday"));

        referrals.work(referral, "Activity_ConfirmPathway", receiving, Map.of("pathwayChoice", "accept"));
        assertThat(mayOpen(glasgowManager, moved)).as("the sending council's managers").isFalse();
        assertThat(mayOpen(people.ensureIn("test-manager-renfrewshire", List.of("renfrewshire"), Role.MANAGER), moved)).isTrue();
        assertThat(mayOpen(oldNamedPerson, moved)).as("the old Named Person, within the period").isTrue();
        as(oldNamedPerson, () -> assertThatThrownBy(() -> cases.addNote(moved.getId(), "Spoke to the new school", LocalDate.now(Words.ZONE),
                InformationSource.SCHOOL))
                .as("reads, does not add").isInstanceOf(IllegalArgumentException.class).hasMessageContaining("You handed this case on"));
        as(receiving, () -> cases.addNote(moved.getId(), "Met the family at Cartside", LocalDate.now(Words.ZONE), InformationSource.PARENT_CARER));

        jdbc.update("update former_case_access set read_until = ? where concern_id = ?", Timestamp.from(Instant.now().minusSeconds(60)),
                moved.getId());
        assertThat(mayOpen(oldNamedPerson, moved)).as("the old Named Person, once the period ended").isFalse();
        assertThat(mayOpen(receiving, moved)).isTrue();
    }

    @Test
    void aTransferDeclinedNeedsAReasonAndTheRecordStays() {
        String receiving = cartsideNamedPerson("test-np-cartside-decline");
        ProcessInstance referral = assessedAtEastfield("Declined");
        WellbeingConcern concern = concernOf(referral);
        as(people.ensure(Role.MANAGER), () -> changes.proposeTransfer(concern.getId(), "cartside-primary", REASON));

        assertThatThrownBy(() -> referrals.work(referral, "Activity_AcceptTransfer", receiving, Map.of("transferAnswer", "decline")))
                .isInstanceOfSatisfying(FormValidationException.class, f -> assertThat(f.fieldErrors()).containsKey("transferDeclineReason"));
        referrals.work(referral, "Activity_AcceptTransfer", receiving, Map.of("transferAnswer", "decline",
                "transferDeclineReason", "The child is not enrolled with us"));

        WellbeingConcern stayed = concernOf(referral);
        assertThat(stayed.getChild().getAuthorityCode()).isEqualTo("glasgow-city");
        assertThat(stayed.getNamedPerson()).isEqualTo(namedPerson());
        assertThat(entries(stayed, Kind.CHANGE_OF_HANDS_DECLINED)).singleElement().satisfies(e -> assertThat(e.getSummary())
                .contains("Transfer to Renfrewshire declined", "The child is not enrolled with us", "stays with Glasgow City"));
        assertThat(mayOpen(people.ensure(Role.MANAGER), stayed)).isTrue();
    }

    @Test
    void aTransferNobodyAnswersLapsesAndTheRecordStays() {
        cartsideNamedPerson("test-np-cartside-lapse");
        ProcessInstance referral = assessedAtEastfield("Lapsed");
        WellbeingConcern concern = concernOf(referral);
        as(namedPerson(), () -> changes.proposeTransfer(concern.getId(), "cartside-primary", REASON));

        management.executeJob(management.createJobQuery().processInstanceId(referral.getId()).activityId("Event_TransferLapses")
                .singleResult().getId());

        assertThat(taskAt(referral, "Activity_AcceptTransfer")).isNull();
        WellbeingConcern stayed = concernOf(referral);
        assertThat(stayed.getChild().getAuthorityCode()).isEqualTo("glasgow-city");
        assertThat(entries(stayed, Kind.TRANSFER_LAPSED)).singleElement().satisfies(e -> assertThat(e.getSummary())
                .contains("Renfrewshire (Cartside Primary) lapsed", "10 days", "stays with Glasgow City"));
        as(namedPerson(), () -> changes.proposeTransfer(concern.getId(), "cartside-primary", REASON));
        assertThat(taskAt(referral, "Activity_AcceptTransfer")).as("a lapsed transfer may be proposed again").isNotNull();
    }

    // --- a change of Named Person or school within the council ---

    @Test
    void aChangeOfSchoolAcceptedHandsTheChildToTheNewSchoolsNamedPerson() {
        String westfield = people.ensureIn("test-np-westfield", List.of("glasgow-city", WESTFIELD_NAMED_PERSONS), Role.NAMED_PERSON);
        String oldNamedPerson = namedPerson();
        ProcessInstance referral = assessedAtEastfield("Moved");
        WellbeingConcern concern = concernOf(referral);

        as(oldNamedPerson, () -> changes.changeNamedPerson(concern.getId(), "westfield-academy", null, REASON));
        Task offer = taskAt(referral, "Activity_TakeOnAsNamedPerson");
        assertThat(offer.getName()).isEqualTo("Take on the child as Named Person");
        assertThat(groupsOf(offer)).containsExactly(WESTFIELD_NAMED_PERSONS);
        assertThat(entries(concern, Kind.CHANGE_OF_HANDS_REQUESTED)).singleElement().satisfies(e -> assertThat(e.getSummary())
                .contains("from Eastfield Primary to Westfield Academy", "the Named Persons of Westfield Academy", REASON));

        assertThatThrownBy(() -> referrals.work(referral, "Activity_TakeOnAsNamedPerson", oldNamedPerson, Map.of("namedPersonAnswer", "accept")))
                .as("the old Named Person is a Named Person of Westfield too, but cannot take the child from themselves")
                .isInstanceOfSatisfying(FormValidationException.class, f -> assertThat(f.fieldErrors().get("namedPersonAnswer"))
                        .contains("already the child's Named Person"));
        as(oldNamedPerson, () -> taskService.setAssignee(taskAt(referral, "Activity_TakeOnAsNamedPerson").getId(), null));
        referrals.work(referral, "Activity_TakeOnAsNamedPerson", westfield, Map.of("namedPersonAnswer", "accept"));

        WellbeingConcern moved = concernOf(referral);
        assertThat(moved.getNamedPerson()).isEqualTo(westfield);
        assertThat(moved.getChild().getEstablishmentCode()).isEqualTo("westfield-academy");
        assertThat(moved.getChild().getAuthorityCode()).isEqualTo("glasgow-city");
        assertThat(runtime.getVariables(referral.getId())).containsEntry("namedPersonGroup", WESTFIELD_NAMED_PERSONS)
                .containsEntry("coordinator", westfield).doesNotContainKeys("namedPersonAnswer", "proposedEstablishment");
        assertThat(taskAt(referral, "Activity_ConfirmPathway").getAssignee()).isEqualTo(westfield);
        assertThat(entries(moved, Kind.NAMED_PERSON_CHANGED)).singleElement().satisfies(e -> assertThat(e.getSummary())
                .contains("moved from Eastfield Primary to Westfield Academy"));
        assertThat(mayOpen(people.ensure(Role.MANAGER), moved)).as("the same council's managers").isTrue();
    }

    @Test
    void aTaskOfferedToTheOldSchoolsNamedPersonsMovesToTheNewSchoolsAndTheyAreToldOfIt() {
        String westfield = people.ensureIn("test-np-westfield", List.of("glasgow-city", WESTFIELD_NAMED_PERSONS), Role.NAMED_PERSON);
        String colleague = people.ensureIn("test-np-westfield-colleague", List.of("glasgow-city", WESTFIELD_NAMED_PERSONS), Role.NAMED_PERSON);
        String oldNamedPerson = namedPerson();
        ProcessInstance referral = assessedAtEastfield("Reoffered");
        WellbeingConcern concern = concernOf(referral);
        Task pathway = taskAt(referral, "Activity_ConfirmPathway");
        // Handed back to the school's Named Persons before the child moves: offered to the group, held by no one
        // (as the light review and the Named Person's other group tasks are).
        as(oldNamedPerson, () -> taskService.setAssignee(pathway.getId(), null));
        taskService.addCandidateGroup(pathway.getId(), "named-persons.eastfield-primary");
        assertThat(groupsOf(taskAt(referral, "Activity_ConfirmPathway"))).contains("named-persons.eastfield-primary");

        as(oldNamedPerson, () -> changes.changeNamedPerson(concern.getId(), "westfield-academy", null, REASON));
        referrals.work(referral, "Activity_TakeOnAsNamedPerson", westfield, Map.of("namedPersonAnswer", "accept"));

        Task moved = taskAt(referral, "Activity_ConfirmPathway");
        assertThat(moved.getAssignee()).isNull();
        assertThat(groupsOf(moved)).contains(WESTFIELD_NAMED_PERSONS).doesNotContain("named-persons.eastfield-primary");
        assertThat(jdbc.queryForList("select recipient from notification where link = ? and kind = 'TASK_OFFERED'", String.class,
                "tasks/" + moved.getId())).as("the new school's Named Persons, except the one who accepted (who knows)")
                .contains(colleague).doesNotContain(westfield);
    }

    @Test
    void aChangeOfNamedPersonDeclinedIsOnTheChronologyAndNothingMoves() {
        String westfield = people.ensureIn("test-np-westfield-2", List.of("glasgow-city", WESTFIELD_NAMED_PERSONS), Role.NAMED_PERSON);
        ProcessInstance referral = assessedAtEastfield("Stays");
        WellbeingConcern concern = concernOf(referral);
        as(people.ensure(Role.MANAGER), () -> changes.changeNamedPerson(concern.getId(), "westfield-academy", westfield, REASON));
        assertThat(taskAt(referral, "Activity_TakeOnAsNamedPerson").getAssignee()).as("the Named Person asked").isEqualTo(westfield);

        referrals.work(referral, "Activity_TakeOnAsNamedPerson", westfield, Map.of("namedPersonAnswer", "decline",
                "namedPersonDeclineReason", "The family have not enrolled yet"));

        WellbeingConcern stayed = concernOf(referral);
        assertThat(stayed.getNamedPerson()).isEqualTo(namedPerson());
        assertThat(stayed.getChild().getEstablishmentCode()).isEqualTo("eastfield-primary");
        assertThat(entries(stayed, Kind.CHANGE_OF_HANDS_DECLINED)).singleElement().satisfies(e -> assertThat(e.getSummary())
                .contains("Change of Named Person declined", "The family have not enrolled yet", "stays with Eastfield Primary"));
    }

    // --- refused in words ---

    @Test
    void requestsThatDoNotFitAreRefusedInWordsAndNothingIsWritten() {
        cartsideNamedPerson("test-np-cartside-refusals");
        String np = namedPerson();
        ProcessInstance referral = assessedAtEastfield("Refused");
        long id = concernOf(referral).getId();
        int before = chronology.of(concernOf(referral)).size();

        as(np, () -> {
            assertThatThrownBy(() -> changes.changeNamedPerson(id, "hogwarts", null, REASON)).isInstanceOf(Refusal.class)
                    .hasMessageContaining("Partnerflow does not know that one");
            assertThatThrownBy(() -> changes.changeNamedPerson(id, "westfield-academy", null, " ")).isInstanceOf(Refusal.class)
                    .hasMessageContaining("Give the reason");
            assertThatThrownBy(() -> changes.changeNamedPerson(id, "cartside-primary", null, REASON)).isInstanceOf(Refusal.class)
                    .hasMessageContaining("Cartside Primary is in Renfrewshire, another council: propose a transfer");
            assertThatThrownBy(() -> changes.proposeTransfer(id, "westfield-academy", REASON)).isInstanceOf(Refusal.class)
                    .hasMessageContaining("the child's own council");
            assertThatThrownBy(() -> changes.changeNamedPerson(id, "eastfield-primary", null, REASON)).isInstanceOf(Refusal.class)
                    .hasMessageContaining("already at Eastfield Primary");
            assertThatThrownBy(() -> changes.changeNamedPerson(id, "westfield-academy", people.ensure(Role.PRACTITIONER), REASON))
                    .isInstanceOf(Refusal.class).hasMessageContaining("is not a Named Person of Westfield Academy");
            assertThatThrownBy(() -> changes.changeLeadProfessional(id, people.ensure(Role.LEAD_PROFESSIONAL), REASON))
                    .isInstanceOf(Refusal.class).hasMessageContaining("no Lead Professional to change");
        });
        as(people.ensure(Role.PRACTITIONER), () -> assertThatThrownBy(() -> changes.proposeTransfer(id, "cartside-primary", REASON))
                .as("the raiser may read the case, not move it").isInstanceOf(AuthorizationException.class)
                .hasMessageContaining("Only the child's Named Person"));
        assertThat(jdbc.queryForObject("select count(*) from record_access_log where user_id = ? and record_id = ? and view_name = ?"
                + " and granted = false", Long.class, people.ensure(Role.PRACTITIONER), String.valueOf(id), "change-of-hands"))
                .as("the refusal is in the access log").isPositive();
        String renfrewshireManager = people.ensureIn("test-manager-renfrewshire", List.of("renfrewshire"), Role.MANAGER);
        as(renfrewshireManager, () -> assertThatThrownBy(() -> changes.proposeTransfer(id, "cartside-primary", REASON))
                .as("another council's manager cannot even open it").isInstanceOf(NoAccessException.class));

        as(np, () -> changes.proposeTransfer(id, "cartside-primary", REASON));
        as(np, () -> {
            assertThatThrownBy(() -> changes.proposeTransfer(id, "cartside-primary", REASON)).isInstanceOf(Refusal.class)
                    .hasMessageContaining("A transfer to another council is already waiting for the Named Persons of Cartside Primary to answer");
            assertThatThrownBy(() -> changes.changeNamedPerson(id, "westfield-academy", null, REASON)).isInstanceOf(Refusal.class)
                    .hasMessageContaining("already waiting for the Named Persons of Cartside Primary");
        });
        assertThat(chronology.of(concernOf(referral))).hasSize(before + 1);
        assertThat(taskService.createTaskQuery().processInstanceId(referral.getId()).taskDefinitionKey("Activity_AcceptTransfer").count())
                .isEqualTo(1);
    }

    @Test
    void aClosedCaseChangesHandsNoMore() {
        String np = namedPerson();
        ProcessInstance referral = referrals.raise(people.ensure(Role.PRACTITIONER), "Ailsa", "Closed" + System.nanoTime(),
                "Eastfield Primary", null, "no");
        referrals.toClosure(referral, np);
        long id = concernOf(referral).getId();
        as(np, () -> assertThatThrownBy(() -> changes.changeNamedPerson(id, "westfield-academy", null, REASON))
                .isInstanceOf(Refusal.class).hasMessageContaining("This case is closed"));
        as(np, () -> assertThat(changes.allowed(id)).isEqualTo(ChangesOfHands.Allowed.NOTHING));
    }

    // --- races ---

    @Test
    void twoNamedPersonsAcceptingATransferAtOnceOneWinsAndTheOtherIsToldInWords() throws Exception {
        String first = cartsideNamedPerson("test-np-cartside-race-1");
        String second = cartsideNamedPerson("test-np-cartside-race-2");
        ProcessInstance referral = assessedAtEastfield("Race");
        as(namedPerson(), () -> changes.proposeTransfer(concernOf(referral).getId(), "cartside-primary", REASON));
        String taskId = taskAt(referral, "Activity_AcceptTransfer").getId();

        List<Throwable> outcomes = Race.run(people, List.of(
                new Race.Contender(() -> people.signInAs(first), () -> completion.complete(taskId, Map.of("transferAnswer", "accept"))),
                new Race.Contender(() -> people.signInAs(second), () -> completion.complete(taskId, Map.of("transferAnswer", "accept")))));

        List<Throwable> failures = new ArrayList<>(outcomes.stream().filter(Objects::nonNull).toList());
        assertThat(failures).singleElement().satisfies(f -> assertThat(f.getMessage()).isNotBlank().doesNotContain("Exception"));
        String winner = outcomes.get(0) == null ? first : second;
        assertThat(concernOf(referral).getNamedPerson()).isEqualTo(winner);
        assertThat(entries(concernOf(referral), Kind.TRANSFERRED)).hasSize(1);
    }

    @Test
    void twoRequestsAtOnceOneWaitsAndTheOtherIsRefusedInWords() throws Exception {
        cartsideNamedPerson("test-np-cartside-requests");
        String np = namedPerson();
        String manager = people.ensure(Role.MANAGER);
        ProcessInstance referral = assessedAtEastfield("Requests");
        long id = concernOf(referral).getId();

        List<Throwable> outcomes = Race.run(people, List.of(
                new Race.Contender(() -> people.signInAs(np), () -> changes.proposeTransfer(id, "cartside-primary", REASON)),
                new Race.Contender(() -> people.signInAs(manager), () -> changes.changeNamedPerson(id, "westfield-academy", null, REASON))));

        assertThat(outcomes.stream().filter(Objects::nonNull).toList()).singleElement().isInstanceOf(Refusal.class)
                .satisfies(f -> assertThat(f.getMessage()).contains("already waiting for the Named Persons of"));
        assertThat(taskService.createTaskQuery().processInstanceId(referral.getId())
                .taskDefinitionKeyIn("Activity_AcceptTransfer", "Activity_TakeOnAsNamedPerson").count()).isEqualTo(1);
    }

    // --- a change of Lead Professional ---

    /** A multi-agency case whose Lead Professional waits to agree the Child's Plan at the team meeting. */
    private ProcessInstance atTeamMeeting(String family, String leadProfessional) {
        String np = namedPerson();
        ProcessInstance referral = referrals.raise(people.ensure(Role.PRACTITIONER), "Ailsa", family + System.nanoTime(),
                "Eastfield Primary", null, "no");
        referrals.work(referral, "Activity_NamedPersonAssessment", np, TestReferrals.assessment("Healthy", 2L, true));
        referrals.work(referral, "Activity_ConfirmPathway", np, Map.of("pathwayChoice", "accept"));
        referrals.work(referral, "Activity_RecordConsent", np, Map.of("consentGiven", "yes", "consentGivenBy", "Mother",
                "consentScope", "Attendance and health", "consentAgencies", List.of("health"), "consentDate", "2026-11-20"));
        referrals.work(referral, "Activity_AppointLeadProfessional", leadProfessional,
                Map.of("invitedAgencies", List.of(TestReferrals.HEALTH_VISITING)));
        String healthVisitor = referrals.agencyPractitioner(TestReferrals.HEALTH_VISITING);
        referrals.work(referral, "Activity_AgencyResponse", healthVisitor, TestReferrals.joins(healthVisitor));
        assertThat(taskAt(referral, "Activity_TeamMeeting").getAssignee()).isEqualTo(leadProfessional);
        return referral;
    }

    @Test
    void aChangeOfLeadProfessionalAcceptedMovesTheCaseAndItsOpenTasks() {
        String oldLead = people.ensure(Role.LEAD_PROFESSIONAL);
        String newLead = people.ensure("test-lp-ishbel", Role.LEAD_PROFESSIONAL);
        ProcessInstance referral = atTeamMeeting("NewLead", oldLead);
        long id = concernOf(referral).getId();

        as(people.ensure(Role.PRACTITIONER), () -> assertThat(changes.allowed(id).leadProfessional()).isFalse());
        as(oldLead, () -> {
            assertThat(changes.allowed(id).leadProfessional()).isTrue();
            assertThatThrownBy(() -> changes.changeLeadProfessional(id, people.ensure(Role.PRACTITIONER), REASON))
                    .isInstanceOf(Refusal.class).hasMessageContaining("is not a Lead Professional");
            changes.changeLeadProfessional(id, newLead, "Moving to another team in January");
            assertThatThrownBy(() -> changes.changeLeadProfessional(id, newLead, "Moving to another team in January"))
                    .isInstanceOf(Refusal.class).hasMessageContaining("A change of Lead Professional is already waiting for Test Lp Ishbel to answer");
        });
        Task offer = taskAt(referral, "Activity_TakeOnAsLeadProfessional");
        assertThat(offer.getName()).isEqualTo("Take on the case as Lead Professional");
        assertThat(offer.getAssignee()).isEqualTo(newLead);

        referrals.work(referral, "Activity_TakeOnAsLeadProfessional", newLead, Map.of("leadProfessionalAnswer", "accept"));

        WellbeingConcern changed = concernOf(referral);
        assertThat(changed.getLeadProfessional()).isEqualTo(newLead);
        assertThat(changed.getNamedPerson()).isEqualTo(namedPerson());
        assertThat(runtime.getVariables(referral.getId())).containsEntry("leadProfessional", newLead).containsEntry("coordinator", newLead);
        assertThat(taskAt(referral, "Activity_TeamMeeting").getAssignee()).isEqualTo(newLead);
        assertThat(entries(changed, Kind.LEAD_PROFESSIONAL_CHANGED)).singleElement().satisfies(e -> assertThat(e.getSummary())
                .contains("Moving to another team in January"));
        assertThat(mayOpen(oldLead, changed)).as("within the period").isTrue();
    }

    @Test
    void aChangeOfLeadProfessionalDeclinedLeavesTheCaseWithTheLeadProfessional() {
        String oldLead = people.ensure(Role.LEAD_PROFESSIONAL);
        String asked = people.ensure("test-lp-declines", Role.LEAD_PROFESSIONAL);
        ProcessInstance referral = atTeamMeeting("SameLead", oldLead);
        long id = concernOf(referral).getId();
        as(namedPerson(), () -> changes.changeLeadProfessional(id, asked, "A second opinion on who leads"));

        referrals.work(referral, "Activity_TakeOnAsLeadProfessional", asked, Map.of("leadProfessionalAnswer", "decline",
                "leadProfessionalDeclineReason", "My caseload is full until March"));

        WellbeingConcern same = concernOf(referral);
        assertThat(same.getLeadProfessional()).isEqualTo(oldLead);
        assertThat(taskAt(referral, "Activity_TeamMeeting").getAssignee()).isEqualTo(oldLead);
        assertThat(entries(same, Kind.CHANGE_OF_HANDS_DECLINED)).singleElement().satisfies(e -> assertThat(e.getSummary())
                .contains("Change of Lead Professional declined", "My caseload is full until March"));
    }
}
