package org.partnerflow.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.audit.AccessLog;
import org.partnerflow.identity.Role;
import org.partnerflow.referral.ChronologyEntry.Kind;
import org.partnerflow.testsupport.Race;
import org.partnerflow.testsupport.TestPeople;
import org.partnerflow.testsupport.Race.Contender;
import org.partnerflow.testsupport.TestReferrals;
import org.partnerflow.words.Words;
import org.partnerflow.workflow.Refusal;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The chronology as practice expects it: each entry dated when the event happened and with its source;
 * corrections that supersede an entry, by those who work on the case only, once, even when two people
 * correct at the same moment; and the chronology review that comes round after the assessment.
 */
class ChronologyPracticeTest extends PartnerflowSpringTest {

    @Autowired
    TestReferrals referrals;
    @Autowired
    WellbeingConcerns concerns;
    @Autowired
    Chronology chronology;
    @Autowired
    ChildsCases cases;
    @Autowired
    AccessLog accessLog;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;

    private WellbeingConcern raise(String raisedBy, String family) {
        ProcessInstance referral = referrals.raise(raisedBy, family, null, "no");
        return concerns.findByProcessInstanceId(referral.getId()).orElseThrow();
    }

    @Test
    void theConcernIsDatedWhenItWasObservedAndSourcedFromWhoRaisedIt() {
        WellbeingConcern concern = raise(people.ensure(Role.PRACTITIONER), "Dated" + System.nanoTime());

        assertThat(chronology.of(concern)).singleElement().satisfies(e -> {
            assertThat(e.getKind()).isEqualTo(Kind.CONCERN_RAISED);
            assertThat(e.getEventDate()).isEqualTo(LocalDate.of(2026, 11, 18));
            assertThat(e.getSource()).isEqualTo(InformationSource.SCHOOL);
            assertThat(Words.of(e.getSource())).isEqualTo("School or nursery");
        });
    }

    @Test
    void aNoteHasTheDateItHappenedAndItsSourceAndRefusesAFutureOrMissingDateInWords() {
        String practitioner = people.ensure(Role.PRACTITIONER);
        WellbeingConcern concern = raise(practitioner, "Noted" + System.nanoTime());
        people.signInAs(practitioner);
        LocalDate lastWeek = chronology.today().minusDays(7);

        ChronologyEntry note = cases.addNote(concern.getId(), "Mother said the GP appointment was kept.", lastWeek, InformationSource.PARENT_CARER);

        assertThat(note.getEventDate()).isEqualTo(lastWeek);
        assertThat(note.getSource()).isEqualTo(InformationSource.PARENT_CARER);
        assertThat(note.getRecordedBy()).isEqualTo(practitioner);
        assertThatThrownBy(() -> cases.addNote(concern.getId(), "Will happen", chronology.today().plusDays(1), InformationSource.HEALTH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("The date it happened cannot be in the future");
        assertThatThrownBy(() -> cases.addNote(concern.getId(), "No date", null, InformationSource.HEALTH))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Give the date it happened: every chronology entry needs one.");
        assertThatThrownBy(() -> cases.addNote(concern.getId(), "x".repeat(8001), lastWeek, InformationSource.HEALTH))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A chronology note needs between 1 and 8,000 characters.");
        people.signOut();
        assertThat(chronology.of(concern)).hasSize(2);
    }

    @Test
    void aCorrectionSupersedesTheEntryAndACorrectionCanBeCorrected() {
        WellbeingConcern concern = raise(people.ensure(Role.PRACTITIONER), "Corrected" + System.nanoTime());
        ChronologyEntry original = chronology.of(concern).get(0);
        people.signInAs(people.ensure(Role.MANAGER));

        ChronologyEntry first = cases.correctEntry(concern.getId(), original.getId(), "Observed on 17 November", "Wrong date typed",
                LocalDate.of(2026, 11, 17));
        ChronologyEntry second = cases.correctEntry(concern.getId(), first.getId(), "Observed on 16 November", "The school's log says 16th",
                LocalDate.of(2026, 11, 16));

        assertThat(first.getKind()).isEqualTo(Kind.CORRECTION);
        assertThat(first.getCorrectsEntryId()).isEqualTo(original.getId());
        assertThat(first.getCorrectionReason()).isEqualTo("Wrong date typed");
        assertThat(first.getSource()).isEqualTo(InformationSource.SCHOOL);
        assertThat(second.getCorrectsEntryId()).isEqualTo(first.getId());
        assertThat(chronology.correctionOf(original.getId())).map(ChronologyEntry::getId).contains(first.getId());
        assertThat(chronology.of(concern)).extracting(ChronologyEntry::getSummary).contains(original.getSummary());
        assertThat(accessLog.latestFor(CaseAccess.RECORD_TYPE, concern.getId(), 1)).singleElement()
                .satisfies(a -> {
                    assertThat(a.getViewName()).isEqualTo("correct-chronology-entry");
                    assertThat(a.isGranted()).isTrue();
                });

        assertThatThrownBy(() -> cases.correctEntry(concern.getId(), original.getId(), "Again", "Again", LocalDate.of(2026, 11, 17)))
                .isInstanceOf(Refusal.class)
                .hasMessageStartingWith("This entry was already corrected by Test Manager on ")
                .hasMessageContaining("reload the page");
        assertThatThrownBy(() -> cases.correctEntry(concern.getId(), second.getId(), "Text", " ", LocalDate.of(2026, 11, 17)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Say why the entry is wrong: a correction needs its reason.");
        assertThatThrownBy(() -> cases.correctEntry(concern.getId(), second.getId(), "Text", "Reason", chronology.today().plusDays(2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("The date it happened cannot be in the future");
        people.signOut();
        assertThat(chronology.of(concern)).hasSize(3);
    }

    @Test
    void whoeverOnlyRaisedTheConcernMayReadButNotCorrectAndTheRefusalIsLogged() {
        String raiser = people.ensure(Role.PRACTITIONER);
        WellbeingConcern concern = raise(raiser, "Raiser" + System.nanoTime());
        ChronologyEntry original = chronology.of(concern).get(0);
        people.signInAs(raiser);

        assertThat(cases.open(concern.getId(), "case-page").mayCorrect()).isFalse();
        assertThatThrownBy(() -> cases.correctEntry(concern.getId(), original.getId(), "Other text", "Mine to fix", original.getEventDate()))
                .isInstanceOf(NoAccessException.class);
        people.signOut();

        assertThat(chronology.correctionOf(original.getId())).isEmpty();
        assertThat(accessLog.latestFor(CaseAccess.RECORD_TYPE, concern.getId(), 1)).singleElement().satisfies(a -> {
            assertThat(a.getViewName()).isEqualTo("correct-chronology-entry");
            assertThat(a.isGranted()).isFalse();
        });
    }

    @Test
    void twoPeopleCorrectingTheSameEntryAtOnceOneWinsTheOtherIsToldNothingHalfWritten() throws Exception {
        WellbeingConcern concern = raise(people.ensure(Role.PRACTITIONER), "Race" + System.nanoTime());
        // Managers of the child's council (the fixture school's, TestPeople.AUTHORITY)
        String[] managers = {people.ensureIn("test-corrector-a", List.of(TestPeople.AUTHORITY), Role.MANAGER),
                people.ensureIn("test-corrector-b", List.of(TestPeople.AUTHORITY), Role.MANAGER)};
        for (int round = 0; round < 5; round++) {
            List<ChronologyEntry> entries = chronology.of(concern);
            ChronologyEntry target = entries.get(entries.size() - 1);
            int r = round;
            List<Throwable> outcomes = Race.run(people, List.of(0, 1).stream().map(i -> new Contender(
                    () -> people.signInAs(managers[i]),
                    () -> cases.correctEntry(concern.getId(), target.getId(), "Round " + r + " by " + i, "Checked with the school",
                            LocalDate.of(2026, 11, 18)))).toList());

            assertThat(outcomes).as("exactly one correction is written").filteredOn(Objects::isNull).hasSize(1);
            Throwable loser = outcomes.stream().filter(Objects::nonNull).findFirst().orElseThrow();
            assertThat(loser).isInstanceOf(Refusal.class).hasMessageStartingWith("This entry was already corrected by ");
            assertThat(chronology.of(concern)).filteredOn(e -> target.getId().equals(e.getCorrectsEntryId())).hasSize(1);
        }
        assertThat(chronology.of(concern)).hasSize(6);
    }

    @Test
    void afterTheAssessmentTheChronologyReviewComesRoundToTheCoordinatorAndRecordsTheNextDate() {
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        ProcessInstance referral = referrals.raise(people.ensure(Role.PRACTITIONER), "Reviewed" + System.nanoTime(), null, "no");
        assertThat(managementService.createJobQuery().processInstanceId(referral.getId()).activityId("Event_ChronologyReviewDue").count()).isZero();

        referrals.toSingleAgencyPlan(referral, namedPerson);

        WellbeingConcern concern = concerns.findByProcessInstanceId(referral.getId()).orElseThrow();
        assertThat(concern.getNextChronologyReviewOn()).isEqualTo(chronology.today().plusMonths(3));
        Job due = managementService.createJobQuery().processInstanceId(referral.getId()).activityId("Event_ChronologyReviewDue").singleResult();
        managementService.executeJob(due.getId());
        Task review = taskService.createTaskQuery().processInstanceId(referral.getId()).taskDefinitionKey("Activity_ReviewChronology").singleResult();
        assertThat(review.getAssignee()).isEqualTo(namedPerson);

        LocalDate next = chronology.today().plusMonths(2);
        referrals.work(referral, "Activity_ReviewChronology", namedPerson, Map.of("chronologyChecked", "yes",
                "chronologyReviewNotes", "Dates and sources checked", "nextChronologyReviewDate", next.toString()));

        assertThat(concerns.findById(concern.getId()).orElseThrow().getNextChronologyReviewOn()).isEqualTo(next);
        assertThat(chronology.of(concern)).filteredOn(e -> e.getKind() == Kind.CHRONOLOGY_REVIEWED).singleElement().satisfies(e -> {
            assertThat(e.getSummary()).isEqualTo("Chronology reviewed: accurate, and its entries are significant events and facts."
                    + " Notes: Dates and sources checked Next review on " + Words.date(next) + ".");
            assertThat(e.getRecordedBy()).isEqualTo(namedPerson);
            assertThat(e.getSource()).isNull();
        });
        assertThat(managementService.createJobQuery().processInstanceId(referral.getId()).activityId("Event_ChronologyReviewDue").count())
                .as("the next round waits").isEqualTo(1);
    }

    @Test
    void closingTheCaseEndsItsChronologyReviews() {
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        ProcessInstance referral = referrals.raise(people.ensure(Role.PRACTITIONER), "Ended" + System.nanoTime(), null, "no");

        referrals.toClosure(referral, namedPerson);

        assertThat(managementService.createJobQuery().processInstanceId(referral.getId()).count()).isZero();
        assertThat(concerns.findByProcessInstanceId(referral.getId()).orElseThrow().getNextChronologyReviewOn()).isNull();
    }
}
