package org.partnerflow.testsupport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.partnerflow.identity.Role;
import org.partnerflow.workflow.TaskCompletion;
import org.springframework.stereotype.Component;

/** Wellbeing concerns raised through the referral's start form, as a practitioner would. */
@Component
public class TestReferrals {

    private final TestPeople people;
    private final TaskCompletion completion;
    private final RepositoryService repositoryService;

    public TestReferrals(TestPeople people, TaskCompletion completion, RepositoryService repositoryService) {
        this.people = people;
        this.completion = completion;
        this.repositoryService = repositoryService;
    }

    /** Raises a concern about Ailsa {familyName}, signed in as {raisedBy}; signs out again. */
    public ProcessInstance raise(String raisedBy, String familyName, String candidateNumber, String immediateRisk) {
        people.signInAs(raisedBy);
        Map<String, Object> concern = new HashMap<>();
        concern.put("childGivenName", "Ailsa");
        concern.put("childFamilyName", familyName);
        concern.put("childDateOfBirth", "2016-04-12");
        concern.put("childSchool", "Eastfield Primary");
        if (candidateNumber != null) {
            concern.put("childCandidateNumber", candidateNumber);
        }
        concern.put("observedOn", "2026-11-18");
        concern.put("observation", "Arrived hungry three days running; fell asleep in class.");
        concern.put("indicators", List.of("HEALTHY", "NURTURED"));
        concern.put("source", "school");
        concern.put("immediateRisk", immediateRisk);
        String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("girfec-referral")
                .latestVersion().singleResult().getId();
        ProcessInstance instance = completion.start(definitionId, concern);
        people.signOut();
        return instance;
    }

    public ProcessInstance raise(String familyName) {
        return raise(people.ensure(Role.PRACTITIONER), familyName, null, "no");
    }
}
