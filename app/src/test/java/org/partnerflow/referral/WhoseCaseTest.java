package org.partnerflow.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.audit.AccessLog;
import org.partnerflow.identity.Role;
import org.partnerflow.referral.ChronologyEntry.Kind;
import org.partnerflow.testsupport.TestReferrals;
import org.partnerflow.workflow.form.FormValidationException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Whose case it is (issue 17): a concern belongs to the child's establishment and council; it is
 * offered to that establishment's Named Persons (or, while it has none, the council's Named Person
 * coordinators), and each council's managers open their own council's children only.
 */
class WhoseCaseTest extends PartnerflowSpringTest {

    static final String EASTFIELD_NAMED_PERSONS = "named-persons.eastfield-primary";
    static final String CARTSIDE_NAMED_PERSONS = "named-persons.cartside-primary";

    @Autowired
    TestReferrals referrals;
    @Autowired
    WellbeingConcerns concerns;
    @Autowired
    CaseAccess access;
    @Autowired
    Chronology chronology;
    @Autowired
    AccessLog accessLog;
    @Autowired
    ReferralSummary summaries;

    private WellbeingConcern concernOf(ProcessInstance referral) {
        return concerns.findByProcessInstanceId(referral.getId()).orElseThrow();
    }

    private Task assessmentOf(ProcessInstance referral) {
        return taskService.createTaskQuery().processInstanceId(referral.getId()).taskDefinitionKey("Activity_NamedPersonAssessment")
                .singleResult();
    }

    private List<String> offeredTo(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(java.util.Objects::nonNull).toList();
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

    private ProcessInstance raiseAt(String establishment, String family) {
        return referrals.raise(people.ensure(Role.PRACTITIONER), "Ailsa", family, establishment, null, "no");
    }

    @Test
    void theAssessmentIsOfferedToTheChildsOwnNamedPersonsOnly() {
        WellbeingConcern concern;
        ProcessInstance referral = raiseAt("Eastfield Primary", "Own" + System.nanoTime());
        concern = concernOf(referral);
        assertThat(concern.getChild().getEstablishmentCode()).isEqualTo("eastfield-primary");
        assertThat(concern.getChild().getAuthorityCode()).isEqualTo("glasgow-city");
        assertThat(concern.getChildAsEntered().school()).isEqualTo("Eastfield Primary");
        assertThat(offeredTo(assessmentOf(referral))).containsExactly(EASTFIELD_NAMED_PERSONS);

        String elsewhere = people.ensureIn("test-np-cartside", List.of("renfrewshire", CARTSIDE_NAMED_PERSONS), Role.NAMED_PERSON);
        people.signInAs(elsewhere);
        try {
            assertThatThrownBy(() -> taskService.claim(assessmentOf(referral).getId(), elsewhere))
                    .isInstanceOf(AuthorizationException.class).hasMessageContaining("is not offered to");
        } finally {
            people.signOut();
        }
        assertThat(mayOpen(elsewhere, concern)).as("another school's Named Person").isFalse();
        assertThat(mayOpen(people.ensure(Role.NAMED_PERSON), concern)).as("the school's Named Person, before claiming").isTrue();

        referrals.work(referral, "Activity_NamedPersonAssessment", people.ensure(Role.NAMED_PERSON), TestReferrals.assessment("Healthy", 3L, false));
        assertThat(concernOf(referral).getNamedPerson()).isEqualTo(people.ensure(Role.NAMED_PERSON));
    }

    @Test
    void anEstablishmentWithoutANamedPersonSendsTheConcernToTheCouncilsCoordinators() {
        String coordinator = people.ensureIn("test-np-coordinator", List.of("glasgow-city", "named-person-coordinators.glasgow-city"),
                Role.NAMED_PERSON);
        ProcessInstance referral = raiseAt("Riverside Nursery", "Gap" + System.nanoTime());
        WellbeingConcern concern = concernOf(referral);

        assertThat(offeredTo(assessmentOf(referral))).containsExactly("named-person-coordinators.glasgow-city");
        assertThat(chronology.of(concern)).filteredOn(e -> e.getKind() == Kind.OFFERED_TO_COORDINATORS).singleElement()
                .satisfies(e -> assertThat(e.getSummary()).contains("Riverside Nursery has no Named Person recorded")
                        .contains("Glasgow City's Named Person coordinators"));
        referrals.work(referral, "Activity_NamedPersonAssessment", coordinator, TestReferrals.assessment("Safe", 4L, false));
        assertThat(concernOf(referral).getNamedPerson()).isEqualTo(coordinator);
        assertThat(mayOpen(coordinator, concernOf(referral))).isTrue();
    }

    @Test
    void eachCouncilsManagersOpenTheirOwnCouncilsChildrenOnly() {
        WellbeingConcern glasgow = concernOf(raiseAt("Eastfield Primary", "Council" + System.nanoTime()));
        WellbeingConcern renfrewshire = concernOf(raiseAt("Cartside Primary", "Council" + System.nanoTime()));
        String glasgowManager = people.ensure(Role.MANAGER); // belongs to Glasgow City (TestPeople.AUTHORITY)
        String renfrewshireManager = people.ensureIn("test-manager-renfrewshire", List.of("renfrewshire"), Role.MANAGER);
        String regionalManager = people.ensureIn("test-manager-regional", List.of("west-partnership"), Role.MANAGER);

        assertThat(mayOpen(glasgowManager, glasgow)).isTrue();
        assertThat(mayOpen(glasgowManager, renfrewshire)).isFalse();
        assertThat(mayOpen(renfrewshireManager, renfrewshire)).isTrue();
        assertThat(mayOpen(renfrewshireManager, glasgow)).isFalse();
        assertThat(mayOpen(regionalManager, glasgow)).as("the region sees aggregates, never a council's child").isFalse();
        assertThat(mayOpen(regionalManager, renfrewshire)).isFalse();
        assertThat(accessLog.byUser(renfrewshireManager, 10)).anySatisfy(a -> {
            assertThat(a.getRecordId()).isEqualTo(String.valueOf(glasgow.getId()));
            assertThat(a.isGranted()).isFalse();
        });

        people.signInAs(renfrewshireManager);
        try {
            String family = glasgow.getChild().getFamilyName();
            assertThat(access.search(family)).as("search finds only what one may open").isEmpty();
            assertThat(access.search(renfrewshire.getChild().getFamilyName())).singleElement()
                    .satisfies(c -> assertThat(c.concern().getId()).isEqualTo(renfrewshire.getId()));
        } finally {
            people.signOut();
        }
    }

    @Test
    void aSchoolTheRegisterDoesNotKnowIsRefusedInWordsAndNothingIsWritten() {
        long before = concerns.count();
        assertThatThrownBy(() -> referrals.raise(people.ensure(Role.PRACTITIONER), "Ailsa", "Nowhere" + System.nanoTime(),
                "Hogwarts School", null, "no"))
                .isInstanceOf(FormValidationException.class)
                .satisfies(f -> assertThat(((FormValidationException) f).fieldErrors().get("childEstablishment"))
                        .contains("is not a school or setting Partnerflow knows"));
        assertThat(concerns.count()).isEqualTo(before);
    }

    @Test
    void aKnownChildRaisedAsAtAnotherSchoolStaysWithTheirRecordsSchoolAndTheNamedPersonIsTold() {
        String scn = String.valueOf(100_000_000L + Math.floorMod(System.nanoTime(), 900_000_000L));
        String family = "Moved" + System.nanoTime();
        referrals.raise(people.ensure(Role.PRACTITIONER), "Ailsa", family, "Eastfield Primary", scn, "no");
        ProcessInstance second = referrals.raise(people.ensure("test-raiser-westfield", Role.PRACTITIONER), "Ailsa", family,
                "Westfield Academy", scn, "no");

        WellbeingConcern concern = concernOf(second);
        assertThat(concern.getChild().getEstablishmentCode()).as("the record keeps its school until the Named Person changes it")
                .isEqualTo("eastfield-primary");
        assertThat(offeredTo(assessmentOf(second))).containsExactly(EASTFIELD_NAMED_PERSONS);
        people.signInAs(people.ensure(Role.NAMED_PERSON));
        try {
            assertThat(summaries.summarise(second.getId()).orElseThrow().facts())
                    .anySatisfy(f -> assertThat(f.value()).startsWith("Westfield Academy (the child's record says Eastfield Primary"));
        } finally {
            people.signOut();
        }
    }
}
