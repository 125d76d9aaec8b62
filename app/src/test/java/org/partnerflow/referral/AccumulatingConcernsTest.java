package org.partnerflow.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.identity.Role;
import org.partnerflow.testsupport.TestReferrals;
import org.partnerflow.workflow.SubjectSummary;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Several concerns about one child from different people within the window: the child's Named Persons
 * look at them together (listed beside the task), the council's managers see the child, the record is
 * marked; no raiser is told, and one person raising twice is no pattern.
 */
class AccumulatingConcernsTest extends PartnerflowSpringTest {

    @Autowired
    TestReferrals referrals;
    @Autowired
    WellbeingConcerns concerns;
    @Autowired
    AccumulatingConcerns accumulating;
    @Autowired
    ReferralSummary summaries;
    @Autowired
    Chronology chronology;

    private static String candidateNumber() {
        return String.valueOf(100_000_000L + Math.floorMod(System.nanoTime(), 900_000_000L));
    }

    private Task lookTask(ProcessInstance referral) {
        return taskService.createTaskQuery().processInstanceId(referral.getId()).taskDefinitionKey("Activity_LookAtRecentConcerns")
                .singleResult();
    }

    @Test
    void twoPeopleRaisingConcernsInAWeekAreLookedAtTogetherAndSeenByTheCouncilsManagersOnly() {
        String family = "Pattern" + System.nanoTime();
        String scn = candidateNumber();
        String teacher = people.ensure(Role.PRACTITIONER);
        String nurse = people.ensure("test-health-visitor", Role.PRACTITIONER);
        ProcessInstance first = referrals.raise(teacher, "Ailsa", family, "Eastfield Primary", scn, "no");
        assertThat(lookTask(first)).as("one person's concern is no pattern").isNull();

        ProcessInstance second = referrals.raise(nurse, "Ailsa", family, "Eastfield Primary", scn, "no");
        WellbeingConcern concern = concerns.findByProcessInstanceId(second.getId()).orElseThrow();
        Task look = lookTask(second);
        assertThat(look).as("the Named Persons are asked to look at them together").isNotNull();
        assertThat(taskService.getIdentityLinksForTask(look.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("named-persons.eastfield-primary");
        assertThat(accumulating.current(concern.getChild().getId())).hasValueSatisfying(p -> {
            assertThat(p.getRaisers()).isEqualTo(2);
            assertThat(p.getConcerns()).isEqualTo(2);
            assertThat(p.getDecision()).isNull();
        });

        // Beside the task, for the Named Person: both concerns together. For the raiser: nothing of the other.
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        people.signInAs(namedPerson);
        List<SubjectSummary.Fact> facts = summaries.summarise(second.getId()).orElseThrow().facts();
        people.signOut();
        assertThat(facts).filteredOn(f -> f.label().startsWith("Recent concern, raised")).hasSize(2);
        people.signInAs(nurse);
        assertThat(summaries.summarise(second.getId()).orElseThrow().facts()).noneMatch(f -> f.label().startsWith("Recent concern"));
        people.signOut();
        assertThat(chronology.of(concern)).noneMatch(e -> e.getSummary().contains("concerns from"));

        // The council's managers see the child; another council's do not.
        people.signIn(Role.MANAGER);
        assertThat(accumulating.forManagers()).anySatisfy(f -> assertThat(f.child().getFamilyName()).isEqualTo(family));
        people.signOut();
        people.signInAs(people.ensureIn("test-manager-renfrewshire", List.of("renfrewshire"), Role.MANAGER));
        assertThat(accumulating.forManagers()).noneMatch(f -> f.child().getFamilyName().equals(family));
        people.signOut();

        referrals.work(second, "Activity_LookAtRecentConcerns", namedPerson, java.util.Map.of("recentConcernsDecision", "seen-together",
                "recentConcernsNote", "Hunger reported at school and by the health visitor: assess together"));
        assertThat(accumulating.current(concern.getChild().getId())).hasValueSatisfying(p -> {
            assertThat(p.getDecision()).isEqualTo(ConcernPattern.Decision.SEEN_TOGETHER);
            assertThat(p.getLookedAtBy()).isEqualTo(namedPerson);
            assertThat(p.getNote()).startsWith("Hunger reported");
        });
    }

    @Test
    void onePersonRaisingTwiceIsNoPattern() {
        String family = "Twice" + System.nanoTime();
        String scn = candidateNumber();
        String teacher = people.ensure(Role.PRACTITIONER);
        referrals.raise(teacher, "Ailsa", family, "Eastfield Primary", scn, "no");
        ProcessInstance again = referrals.raise(teacher, "Ailsa", family, "Eastfield Primary", scn, "no");

        assertThat(lookTask(again)).isNull();
        assertThat(accumulating.current(concerns.findByProcessInstanceId(again.getId()).orElseThrow().getChild().getId())).isEmpty();
    }
}
