package org.partnerflow.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.identity.Role;
import org.partnerflow.referral.ChronologyEntry.Kind;
import org.partnerflow.testsupport.TestReferrals;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.Refusal;
import org.partnerflow.workflow.form.FormValidationException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Information sharing as Practice Guidance 4 records it (issue 18, item 4): the lawful basis, whether
 * the family was told and if not why, their views and advice sought, on the consent record and each
 * share; consent withdrawn for some agencies, after which nothing more is shared with them and an
 * invitation to one is refused saying when; and the team told.
 */
class InformationSharingRecordsTest extends PartnerflowSpringTest {

    @Autowired
    TestReferrals referrals;
    @Autowired
    WellbeingConcerns concerns;
    @Autowired
    ConsentRecords consents;
    @Autowired
    InformationSharing sharing;
    @Autowired
    Chronology chronology;
    @Autowired
    TeamMembers team;


    /** A new multi-agency referral at the Lead Professional's task, under the given consent answers. */
    private ProcessInstance toLeadProfessional(String family, Map<String, Object> consentAnswers) {
        ProcessInstance referral = referrals.raise(people.ensure(Role.PRACTITIONER), family + System.nanoTime(), null, "no");
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        referrals.work(referral, "Activity_NamedPersonAssessment", namedPerson, TestReferrals.assessment("Healthy", 2L, true));
        referrals.work(referral, "Activity_ConfirmPathway", namedPerson, Map.of("pathwayChoice", "accept"));
        referrals.work(referral, "Activity_RecordConsent", namedPerson, consentAnswers);
        return referral;
    }

    private static Map<String, Object> consentFor(List<String> agencies) {
        Map<String, Object> v = new HashMap<>(Map.of("consentGiven", "yes", "consentGivenBy", "Mrs Moira Kerr (mother)",
                "consentScope", "Attendance and health at school", "consentAgencies", agencies, "consentDate", "2026-11-20"));
        v.put("familyViews", "Ailsa wants the school nurse to know; her mother does not want the police involved");
        v.put("adviceSought", "yes");
        v.put("adviceFrom", "Gillian Ross, data protection officer");
        v.put("adviceGiven", "Consent is the right basis here; share attendance and health only");
        return v;
    }

    private static Map<String, Object> withoutConsent(Map<String, Object> more) {
        Map<String, Object> v = new HashMap<>(Map.of("consentGiven", "no", "shareWithoutConsent", true,
                "reasonWithoutConsent", "Untreated injury seen at school; the GP must be told",
                "scopeWithoutConsent", "The injury and when it was seen", "agenciesWithoutConsent", List.of("health")));
        v.putAll(more);
        return v;
    }

    private WellbeingConcern concernOf(ProcessInstance referral) {
        return concerns.findByProcessInstanceId(referral.getId()).orElseThrow();
    }

    private <T> T as(String user, Callable<T> action) throws Exception {
        people.signInAs(user);
        try {
            return action.call();
        } finally {
            people.signOut();
        }
    }

    @Test
    void withConsentEachShareRecordsItsBasisTheFamilysViewsAndTheAdviceSought() {
        ProcessInstance referral = toLeadProfessional("Pg4Consent", consentFor(List.of("health")));
        WellbeingConcern concern = concernOf(referral);
        referrals.work(referral, "Activity_AppointLeadProfessional", people.ensure(Role.LEAD_PROFESSIONAL),
                Map.of("invitedAgencies", List.of(TestReferrals.HEALTH_VISITING)));

        ConsentRecord consent = consents.findByConcernIdOrderByRecordedAtAsc(concern.getId()).get(0);
        assertThat(consent.getNotes().getLawfulBasis()).isEqualTo(LawfulBasis.CONSENT);
        assertThat(consent.getNotes().getFamilyTold()).isTrue();
        assertThat(sharing.decisionsFor(concern.getId())).singleElement().satisfies(d -> {
            assertThat(d.getAgency()).isEqualTo("health");
            assertThat(d.getWhatShared()).isEqualTo("Attendance and health at school");
            assertThat(d.getNotes().getLawfulBasis()).isEqualTo(LawfulBasis.CONSENT);
            assertThat(d.getNotes().getFamilyTold()).isTrue();
            assertThat(d.getNotes().getNotToldReason()).isNull();
            assertThat(d.getNotes().getFamilyViews()).startsWith("Ailsa wants the school nurse to know");
            assertThat(d.getNotes().getAdviceFrom()).isEqualTo("Gillian Ross, data protection officer");
            assertThat(d.getNotes().getAdviceGiven()).isEqualTo("Consent is the right basis here; share attendance and health only");
        });
        assertThat(chronology.of(concern)).filteredOn(e -> e.getKind() == Kind.CONSENT_RECORDED).singleElement()
                .satisfies(e -> assertThat(e.getSummary()).endsWith("; advice sought from Gillian Ross, data protection officer"));
    }

    @Test
    void withoutConsentTheLawfulBasisIsNeededAndNotToldNeedsWhy() {
        ProcessInstance referral = referrals.raise(people.ensure(Role.PRACTITIONER), "Pg4Without" + System.nanoTime(), null, "no");
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        referrals.work(referral, "Activity_NamedPersonAssessment", namedPerson, TestReferrals.assessment("Healthy", 2L, true));
        referrals.work(referral, "Activity_ConfirmPathway", namedPerson, Map.of("pathwayChoice", "accept"));

        assertThatThrownBy(() -> referrals.work(referral, "Activity_RecordConsent", namedPerson, withoutConsent(Map.of("familyTold", "yes"))))
                .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("lawfulBasis"));
        assertThatThrownBy(() -> referrals.work(referral, "Activity_RecordConsent", namedPerson,
                withoutConsent(Map.of("lawfulBasis", "public-task"))))
                .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("familyTold"));
        assertThatThrownBy(() -> referrals.work(referral, "Activity_RecordConsent", namedPerson,
                withoutConsent(Map.of("lawfulBasis", "public-task", "familyTold", "no"))))
                .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("notToldReason"));
        assertThatThrownBy(() -> referrals.work(referral, "Activity_RecordConsent", namedPerson,
                withoutConsent(Map.of("lawfulBasis", "consent", "familyTold", "yes"))))
                .as("consent is no basis for sharing without it").isInstanceOf(FormValidationException.class);
        assertThatThrownBy(() -> referrals.work(referral, "Activity_RecordConsent", namedPerson,
                withoutConsent(Map.of("lawfulBasis", "public-task", "familyTold", "yes", "adviceSought", "yes"))))
                .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("adviceFrom"));
        WellbeingConcern concern = concernOf(referral);
        assertThat(consents.findByConcernIdOrderByRecordedAtAsc(concern.getId())).as("nothing half-written").isEmpty();

        referrals.work(referral, "Activity_RecordConsent", namedPerson, withoutConsent(Map.of("lawfulBasis", "vital-interests",
                "familyTold", "no", "notToldReason", "Telling the father first could put Ailsa at risk tonight",
                "familyViews", "Not asked: see why they were not told")));
        referrals.work(referral, "Activity_AppointLeadProfessional", people.ensure(Role.LEAD_PROFESSIONAL),
                Map.of("invitedAgencies", List.of(TestReferrals.HEALTH_VISITING)));

        assertThat(sharing.decisionsFor(concern.getId())).singleElement().satisfies(d -> {
            assertThat(d.getBasis()).isEqualTo(InformationSharingDecision.Basis.WITHOUT_CONSENT);
            assertThat(d.getNotes().getLawfulBasis()).isEqualTo(LawfulBasis.VITAL_INTERESTS);
            assertThat(d.getNotes().getFamilyTold()).isFalse();
            assertThat(d.getNotes().getNotToldReason()).isEqualTo("Telling the father first could put Ailsa at risk tonight");
            assertThat(d.getNotes().getAdviceFrom()).isNull();
        });
        assertThat(chronology.of(concern)).filteredOn(e -> e.getKind() == Kind.CONSENT_RECORDED).singleElement()
                .satisfies(e -> assertThat(e.getSummary()).contains("(lawful basis: Vital interests)", "the family was not told"));
    }

    @Test
    void aShareWithChildProtectionIsOnTheChildProtectionBasis() {
        ProcessInstance referral = referrals.raise(people.ensure(Role.PRACTITIONER), "Pg4Cp" + System.nanoTime(), null, "yes");
        assertThat(sharing.decisionsFor(concernOf(referral).getId())).singleElement().satisfies(d -> {
            assertThat(d.getAgency()).isEqualTo(InformationSharing.CHILD_PROTECTION);
            assertThat(d.getNotes().getLawfulBasis()).isEqualTo(LawfulBasis.CHILD_PROTECTION);
            assertThat(d.getNotes().getFamilyTold()).as("nobody was asked at this step").isNull();
        });
    }

    @Test
    void consentWithdrawnForAnAgencyStopsSharingWithItAndAnInvitationIsRefusedSayingWhen() throws Exception {
        ProcessInstance referral = toLeadProfessional("Withdrawn", consentFor(List.of("health", "police", "housing")));
        WellbeingConcern concern = concernOf(referral);
        long id = concern.getId();
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        LocalDate withdrawnOn = LocalDate.now(ZoneId.of("Europe/London")).minusDays(1);

        assertThat(as(namedPerson, () -> sharing.withdrawable(id))).containsExactly("health", "housing", "police");
        ConsentWithdrawal withdrawal = as(namedPerson, () -> sharing.withdrawConsent(id, "Mrs Moira Kerr (mother)", withdrawnOn,
                List.of("police"), "Told the Named Person by phone"));

        assertThat(withdrawal.getAgencies()).containsExactly("police");
        assertThat(sharing.coverage(concern, "police")).satisfies(c -> {
            assertThat(c.covered()).isFalse();
            assertThat(c.why()).isEqualTo("consent for Police was withdrawn on " + Words.date(withdrawnOn)
                    + ": nothing more is shared with Police");
        });
        assertThat(sharing.coverage(concern, "health").covered()).isTrue();
        assertThat(sharing.whoMayBeTold(concern)).as("beside the Lead Professional's task")
                .contains("Health, Housing (with consent); consent withdrawn for Police");
        assertThat(sharing.coverage(concern, "social-work").why()).contains("does not cover Social work; it covers Health, Housing");

        String leadProfessional = people.ensure(Role.LEAD_PROFESSIONAL);
        assertThatThrownBy(() -> referrals.work(referral, "Activity_AppointLeadProfessional", leadProfessional,
                Map.of("invitedAgencies", List.of(TestReferrals.HEALTH_VISITING, TestReferrals.POLICE))))
                .isInstanceOfSatisfying(FormValidationException.class, refused -> assertThat(refused.fieldErrors())
                        .hasEntrySatisfying("invitedAgencies", m -> assertThat(m)
                                .isEqualTo("consent for Police was withdrawn on " + Words.date(withdrawnOn) + ": nothing more is shared with Police")));
        assertThat(sharing.decisionsFor(id)).as("nothing shared, nothing half-written").isEmpty();
        assertThat(team.findByConcernIdOrderByIdAsc(id)).isEmpty();

        referrals.work(referral, "Activity_AppointLeadProfessional", leadProfessional, Map.of("invitedAgencies", List.of(TestReferrals.HEALTH_VISITING)));
        assertThat(sharing.decisionsFor(id)).extracting(InformationSharingDecision::getAgency).containsExactly("health");

        // Mid-plan, the rest is withdrawn by the Lead Professional: no agency is covered any more.
        as(leadProfessional, () -> sharing.withdrawConsent(id, "Mrs Moira Kerr (mother)", LocalDate.now(ZoneId.of("Europe/London")),
                List.of(), null));
        assertThat(sharing.coverage(concern, "health").covered()).isFalse();
        assertThat(sharing.coverage(concern, "housing").why()).startsWith("consent for Housing was withdrawn on ");
        assertThatThrownBy(() -> sharing.shareWithTeam(concern, "appoint-lead-professional", "invitedAgencies", List.of("health"),
                leadProfessional)).isInstanceOf(FormValidationException.class).hasMessageContaining("consent for Health was withdrawn on");
        assertThat(as(namedPerson, () -> sharing.withdrawable(id))).isEmpty();

        // The consent record itself is never changed: withdrawals are records of their own.
        assertThat(consents.findByConcernIdOrderByRecordedAtAsc(id)).singleElement()
                .satisfies(c -> assertThat(c.getAgencies()).containsExactlyInAnyOrder("health", "police", "housing"));
        assertThat(sharing.withdrawalsFor(id)).hasSize(2).last().satisfies(w -> assertThat(w.getAgencies())
                .containsExactlyInAnyOrder("health", "housing"));

        // The team is told: the chronology, and a note on the case's open tasks naming no one.
        assertThat(chronology.of(concern)).filteredOn(e -> e.getKind() == Kind.CONSENT_WITHDRAWN).hasSize(2).first().satisfies(e -> {
            assertThat(e.getSummary()).isEqualTo("Consent withdrawn by Mrs Moira Kerr (mother) on " + Words.date(withdrawnOn)
                    + " for Police: nothing more is shared with it; the consent still covers Health, Housing. Told the Named Person by phone");
            assertThat(e.getEventDate()).isEqualTo(withdrawnOn);
            assertThat(e.getRecordedBy()).isEqualTo(namedPerson);
        });
        List<Task> open = taskService.createTaskQuery().processInstanceId(referral.getId()).list();
        assertThat(open).isNotEmpty().allSatisfy(t -> assertThat(taskService.getTaskComments(t.getId()))
                .anySatisfy(c -> assertThat(c.getFullMessage()).startsWith("Consent to share changed on this case on ")
                        .doesNotContain("Kerr", "Ailsa")));
    }

    @Test
    void aWithdrawalIsRefusedInWordsAndOnlyTheNamedPersonOrLeadProfessionalMayRecordIt() throws Exception {
        ProcessInstance referral = toLeadProfessional("WithdrawRefused", consentFor(List.of("health")));
        long id = concernOf(referral).getId();
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

        assertThatThrownBy(() -> as(people.ensure(Role.PRACTITIONER), () -> sharing.withdrawConsent(id, "Mother", today, List.of(), null)))
                .as("the raiser may read the case, not withdraw for the family").isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> as(people.ensure(Role.MANAGER), () -> sharing.withdrawConsent(id, "Mother", today, List.of(), null)))
                .isInstanceOf(AuthorizationException.class).hasMessageContaining("Named Person or the case's Lead Professional");
        assertThat(as(people.ensure(Role.MANAGER), () -> sharing.withdrawable(id))).isEmpty();
        assertThatThrownBy(() -> as(namedPerson, () -> sharing.withdrawConsent(id, "Mother", today.plusDays(1), List.of(), null)))
                .isInstanceOf(Refusal.class).hasMessage("Give the date consent was withdrawn: today or earlier.");
        assertThatThrownBy(() -> as(namedPerson, () -> sharing.withdrawConsent(id, "Mother", LocalDate.of(2026, 11, 19), List.of(), null)))
                .isInstanceOf(Refusal.class).hasMessageContaining("Consent was given on " + Words.date(LocalDate.of(2026, 11, 20)));
        assertThatThrownBy(() -> as(namedPerson, () -> sharing.withdrawConsent(id, " ", today, List.of(), null)))
                .isInstanceOf(Refusal.class).hasMessageContaining("Say who withdrew consent");
        assertThatThrownBy(() -> as(namedPerson, () -> sharing.withdrawConsent(id, "Mother", today, List.of("police"), null)))
                .isInstanceOf(Refusal.class).hasMessage("The consent does not cover Police (or it was withdrawn already): it covers Health.");
        assertThat(sharing.withdrawalsFor(id)).as("nothing written").isEmpty();

        as(namedPerson, () -> sharing.withdrawConsent(id, "Mother", today, List.of("health"), null));
        assertThatThrownBy(() -> as(namedPerson, () -> sharing.withdrawConsent(id, "Mother", today, List.of("health"), null)))
                .isInstanceOf(Refusal.class).hasMessageContaining("Consent for every agency it covered has already been withdrawn");
    }

    @Test
    void withoutConsentThereIsNothingToWithdraw() throws Exception {
        ProcessInstance referral = toLeadProfessional("NothingToWithdraw", withoutConsent(Map.of("lawfulBasis", "public-task",
                "familyTold", "yes")));
        long id = concernOf(referral).getId();
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        assertThat(as(namedPerson, () -> sharing.withdrawable(id))).isEmpty();
        assertThatThrownBy(() -> as(namedPerson, () -> sharing.withdrawConsent(id, "Mother", LocalDate.now(ZoneId.of("Europe/London")),
                List.of(), null))).isInstanceOf(Refusal.class).hasMessageContaining("there is no consent to withdraw");
    }
}
