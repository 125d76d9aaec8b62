package org.partnerflow.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.identity.Role;
import org.partnerflow.referral.ChronologyEntry.Kind;
import org.partnerflow.referral.PossibleChildMatch.Status;
import org.partnerflow.testsupport.TestPeople;
import org.partnerflow.testsupport.Race;
import org.partnerflow.testsupport.Race.Contender;
import org.partnerflow.testsupport.TestReferrals;
import org.partnerflow.workflow.WorkflowProblems;
import org.partnerflow.workflow.form.FormValidationException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Matching a concern's child to a recorded child never shows the raiser what they did not type: the
 * reported case (practitioner A records a child with a school and a Scottish Candidate Number;
 * practitioner B raises a concern with the same names and birth date, another school and no number),
 * the number typed that joins by itself, the Named Person confirming or rejecting a possible match,
 * and two Named Persons confirming the same one at once.
 */
class ChildMatchingTest extends PartnerflowSpringTest {

    static final String SCHOOL_A = "Eastfield Primary";
    static final String SCHOOL_B = "Westfield Academy";

    @Autowired
    TestReferrals referrals;
    @Autowired
    WellbeingConcerns concerns;
    @Autowired
    Children children;
    @Autowired
    ChildsCases cases;
    @Autowired
    CaseAccess access;
    @Autowired
    PossibleChildMatches matches;
    @Autowired
    Chronology chronology;
    @Autowired
    ReferralSummary summaries;

    private static String candidateNumber() {
        return String.valueOf(100_000_000L + Math.floorMod(System.nanoTime(), 900_000_000L));
    }

    private WellbeingConcern concernOf(ProcessInstance referral) {
        return concerns.findByProcessInstanceId(referral.getId()).orElseThrow();
    }

    private Task taskAt(ProcessInstance referral, String activity) {
        return taskService.createTaskQuery().processInstanceId(referral.getId()).taskDefinitionKey(activity).singleResult();
    }

    /** The case file as {user} opens it on the case page. */
    private CaseFile openAs(String user, WellbeingConcern concern) {
        people.signInAs(user);
        try {
            return cases.open(concern.getId(), "case");
        } finally {
            people.signOut();
        }
    }

    /** Practitioner A's concern about Ailsa {family} at school A: the recorded child. */
    private Child recordedByA(String family, String candidateNumber) {
        return concernOf(referrals.raise(people.ensure("test-raiser-a", Role.PRACTITIONER), "Ailsa", family, SCHOOL_A, candidateNumber, "no"))
                .getChild();
    }

    /** Practitioner B's concern about a child of the same names and birth date, at school B. */
    private ProcessInstance raisedByB(String family, String candidateNumber) {
        return referrals.raise(people.ensure("test-raiser-b", Role.PRACTITIONER), "Ailsa", family, SCHOOL_B, candidateNumber, "no");
    }

    private static Map<String, Object> same(Child recorded) {
        return Map.of("matchDecision", "same", "matchedChild", String.valueOf(recorded.getId()),
                "matchReason", "Checked with both schools: the child moved in October");
    }

    @Test
    void theRaiserOfANearMatchSeesOnlyWhatTheyTypedBeforeAndAfterTheNamedPersonJoinsTheRecords() {
        String family = "Match" + System.nanoTime();
        String scn = candidateNumber();
        String b = people.ensure("test-raiser-b", Role.PRACTITIONER);
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        Child x = recordedByA(family, scn);

        ProcessInstance second = raisedByB(family, null);

        WellbeingConcern concern = concernOf(second);
        assertThat(concern.getChild().getId()).as("not joined to the recorded child").isNotEqualTo(x.getId());
        assertThat(concern.getChild().details()).isEqualTo(new ChildDetails("Ailsa", family, x.getDateOfBirth(), SCHOOL_B, null));
        assertThat(taskAt(second, "Activity_NamedPersonAssessment")).isNull();
        assertThat(taskAt(second, "Activity_CheckPossibleMatch")).isNotNull();
        // The inbox shows and searches the task by the child's name (the subject), not the model's documentation.
        assertThat(taskAt(second, "Activity_CheckPossibleMatch").getDescription()).startsWith("Child: Ailsa " + family);
        assertThat(matches.findByConcernIdOrderByIdAsc(concern.getId())).singleElement()
                .satisfies(m -> assertThat(m.getCandidateChildId()).isEqualTo(x.getId()));
        assertThat(openAs(b, concern).child()).isEqualTo(new ChildDetails("Ailsa", family, x.getDateOfBirth(), SCHOOL_B, null));
        assertThat(chronology.of(concern)).extracting(ChronologyEntry::getSummary).noneMatch(s -> s.contains(SCHOOL_A) || s.contains(scn));

        long provisional = concern.getChild().getId();
        referrals.work(second, "Activity_CheckPossibleMatch", namedPerson, same(x));

        WellbeingConcern joined = concernOf(second);
        assertThat(joined.getChild().getId()).isEqualTo(x.getId());
        assertThat(children.findById(provisional)).as("the provisional record is merged away").isEmpty();
        assertThat(taskAt(second, "Activity_NamedPersonAssessment")).isNotNull();
        assertThat(openAs(b, joined).child()).as("the raiser, after the join")
                .isEqualTo(new ChildDetails("Ailsa", family, x.getDateOfBirth(), SCHOOL_B, null));
        assertThat(openAs(namedPerson, joined).child()).as("the Named Person sees the record")
                .isEqualTo(new ChildDetails("Ailsa", family, x.getDateOfBirth(), SCHOOL_A, scn));
        assertThat(chronology.of(joined)).extracting(ChronologyEntry::getKind)
                .containsSubsequence(Kind.CONCERN_RAISED, Kind.POSSIBLE_MATCH_FOUND, Kind.POSSIBLE_MATCH_CONFIRMED);
        assertThat(chronology.of(joined)).allSatisfy(e -> assertThat(e.getChildId()).isEqualTo(x.getId()));
        assertThat(matches.findByConcernIdOrderByIdAsc(joined.getId())).singleElement().satisfies(m -> {
            assertThat(m.getStatus()).isEqualTo(Status.CONFIRMED);
            assertThat(m.getDecidedBy()).isEqualTo(namedPerson);
        });

        people.signInAs(b);
        try {
            assertThat(access.search(scn)).as("the record's number finds nothing the raiser typed").isEmpty();
            assertThat(access.search(family)).extracting(CaseAccess.ListedCase::child).extracting(ChildDetails::school)
                    .containsExactly(SCHOOL_B);
        } finally {
            people.signOut();
        }
    }

    @Test
    void aCandidateNumberTypedThatIsTheRecordedChildsJoinsTheirRecordAndTheRaiserStillSeesWhatTheyTyped() {
        String family = "Number" + System.nanoTime();
        String scn = candidateNumber();
        String b = people.ensure("test-raiser-b", Role.PRACTITIONER);
        Child x = recordedByA(family, scn);

        ProcessInstance second = raisedByB(family, scn);

        WellbeingConcern concern = concernOf(second);
        assertThat(concern.getChild().getId()).isEqualTo(x.getId());
        assertThat(taskAt(second, "Activity_CheckPossibleMatch")).isNull();
        assertThat(taskAt(second, "Activity_NamedPersonAssessment")).isNotNull();
        assertThat(matches.findByConcernIdOrderByIdAsc(concern.getId())).isEmpty();
        assertThat(openAs(b, concern).child().school()).isEqualTo(SCHOOL_B);
        assertThat(taskAt(second, "Activity_NamedPersonAssessment").getDescription()).isEqualTo("Child: Ailsa " + family + " (born 12 Apr 2016)");
    }

    @Test
    void aRejectedPossibleMatchKeepsTheRecordsApartAndTheAssessmentFollows() {
        String family = "Apart" + System.nanoTime();
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        Child x = recordedByA(family, null);
        ProcessInstance second = raisedByB(family, null);
        long own = concernOf(second).getChild().getId();

        referrals.work(second, "Activity_CheckPossibleMatch", namedPerson,
                Map.of("matchDecision", "different", "matchReason", "Different parents and a different address"));

        WellbeingConcern concern = concernOf(second);
        assertThat(concern.getChild().getId()).isEqualTo(own).isNotEqualTo(x.getId());
        assertThat(children.findById(own).orElseThrow().getSchool()).isEqualTo(SCHOOL_B);
        assertThat(matches.findByConcernIdOrderByIdAsc(concern.getId())).singleElement()
                .satisfies(m -> assertThat(m.getStatus()).isEqualTo(Status.REJECTED));
        assertThat(chronology.of(concern)).extracting(ChronologyEntry::getKind).contains(Kind.POSSIBLE_MATCH_REJECTED);
        assertThat(taskAt(second, "Activity_NamedPersonAssessment")).isNotNull();
    }

    @Test
    void aNamedPersonWhoCannotOpenTheRecordedChildsCasesCannotConfirmTheMatch() {
        String family = "Unseen" + System.nanoTime();
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        ProcessInstance first = referrals.raise(people.ensure("test-raiser-a", Role.PRACTITIONER), "Ailsa", family, SCHOOL_A, null, "no");
        referrals.toClosure(first, namedPerson);
        Child x = concernOf(first).getChild();
        ProcessInstance second = raisedByB(family, null);
        // Named Person for the second concern's school only: offered its check, unable to open the first child's record.
        String stranger = people.ensureIn("test-np-elsewhere", List.of("named-persons.westfield-academy"), Role.NAMED_PERSON);

        assertThatThrownBy(() -> referrals.work(second, "Activity_CheckPossibleMatch", stranger, same(x)))
                .isInstanceOf(FormValidationException.class)
                .satisfies(f -> assertThat(((FormValidationException) f).fieldErrors().get("matchDecision"))
                        .contains("you cannot open that child's record"));
        assertThat(concernOf(second).getChild().getId()).as("nothing written").isNotEqualTo(x.getId());
        taskService.setAssignee(taskAt(second, "Activity_CheckPossibleMatch").getId(), null);

        referrals.work(second, "Activity_CheckPossibleMatch", namedPerson, same(x));
        assertThat(concernOf(second).getChild().getId()).isEqualTo(x.getId());
    }

    @Test
    void twoNamedPersonsConfirmingTheSameMatchAtOnceOneWinsTheOtherIsToldInWords() throws Exception {
        String family = "Race" + System.nanoTime();
        String[] namedPersons = {people.ensure(Role.NAMED_PERSON), people.ensureIn("test-np-second",
                List.of(TestPeople.AUTHORITY, "named-persons.eastfield-primary", "named-persons.westfield-academy"), Role.NAMED_PERSON)};
        Child x = recordedByA(family, null);
        ProcessInstance second = raisedByB(family, null);
        String taskId = taskAt(second, "Activity_CheckPossibleMatch").getId();

        List<Throwable> outcomes = Race.run(people, List.of(0, 1).stream().map(i -> new Contender(
                () -> people.signInAs(namedPersons[i]), () -> completion.complete(taskId, same(x)))).toList());

        assertThat(outcomes).as("exactly one confirmation").filteredOn(Objects::isNull).hasSize(1);
        Throwable loser = outcomes.stream().filter(Objects::nonNull).findFirst().orElseThrow();
        // The engine lets the first commit win: the other finds the task gone, or, had it read the task
        // before, waits on the case and finds the match decided. Either way, in words.
        if (loser instanceof FormValidationException refused) {
            assertThat(refused.fieldErrors().get("matchDecision")).startsWith("was already made by someone else");
        } else {
            assertThat(WorkflowProblems.explain(loser)).as(String.valueOf(loser)).isEqualTo(WorkflowProblems.TASK_GONE);
        }
        WellbeingConcern concern = concernOf(second);
        assertThat(concern.getChild().getId()).isEqualTo(x.getId());
        assertThat(matches.findByConcernIdOrderByIdAsc(concern.getId())).singleElement()
                .satisfies(m -> assertThat(m.getDecidedBy()).isEqualTo(namedPersons[outcomes.indexOf(null)]));
        assertThat(chronology.of(concern)).filteredOn(e -> e.getKind() == Kind.POSSIBLE_MATCH_CONFIRMED).hasSize(1);
    }

    @Test
    void theCheckFormTakesOnlyThisConcernsCandidatesAndAReason() {
        String family = "Form" + System.nanoTime();
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        Child x = recordedByA(family, null);
        Child other = recordedByA("Other" + family, null);
        ProcessInstance second = raisedByB(family, null);

        assertThatThrownBy(() -> referrals.work(second, "Activity_CheckPossibleMatch", namedPerson, Map.of("matchDecision", "same",
                "matchedChild", String.valueOf(other.getId()), "matchReason", "Looked them up")))
                .isInstanceOf(FormValidationException.class)
                .satisfies(f -> assertThat(((FormValidationException) f).fieldErrors()).containsKey("matchedChild"));
        assertThatThrownBy(() -> referrals.work(second, "Activity_CheckPossibleMatch", namedPerson, Map.of("matchDecision", "same",
                "matchedChild", String.valueOf(x.getId()))))
                .isInstanceOf(FormValidationException.class)
                .satisfies(f -> assertThat(((FormValidationException) f).fieldErrors()).containsEntry("matchReason", "is required"));
        assertThat(concernOf(second).getChild().getId()).as("nothing written").isNotEqualTo(x.getId());
        assertThat(taskAt(second, "Activity_CheckPossibleMatch")).isNotNull();
    }

    @Test
    void besideTheCheckTheRecordedChildsDetailsAreShownOnlyToThoseWhoMayOpenTheirRecord() {
        String family = "Beside" + System.nanoTime();
        String scn = candidateNumber();
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        Child x = recordedByA(family, scn);
        ProcessInstance second = raisedByB(family, null);
        String label = "Possible match: child record " + x.getId();

        people.signInAs(namedPerson);
        assertThat(summaries.summarise(second.getId()).orElseThrow().facts())
                .anySatisfy(f -> assertThat(f.label() + ": " + f.value()).isEqualTo(label + ": Ailsa " + family + ", born 12 Apr 2016, "
                        + SCHOOL_A + ", SCN " + scn));
        people.signInAs(people.ensure("test-raiser-b", Role.PRACTITIONER));
        assertThat(summaries.summarise(second.getId()).orElseThrow().facts())
                .noneSatisfy(f -> assertThat(f.value()).contains(SCHOOL_A))
                .anySatisfy(f -> assertThat(f.label() + ": " + f.value()).startsWith(label + ": you cannot open this child's record"));
        people.signOut();
    }
}
