package org.partnerflow.testsupport;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.partnerflow.identity.Role;
import org.partnerflow.workflow.TaskCompletion;
import org.springframework.stereotype.Component;

/** The fixture's partnership enquiries (see testsupport.enquiry), raised the way the UI raises them, for tests that need a task to work on. */
@Component
public class TestEnquiries {

    private final TestPeople people;
    private final TaskCompletion completion;
    private final RepositoryService repositoryService;
    private final TaskService taskService;

    public TestEnquiries(TestPeople people, TaskCompletion completion, RepositoryService repositoryService,
                         TaskService taskService) {
        this.people = people;
        this.completion = completion;
        this.repositoryService = repositoryService;
        this.taskService = taskService;
    }

    public String definitionId() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey("partnership-enquiry")
                .latestVersion().singleResult().getId();
    }

    /** Start-form values that pass every rule. */
    public static Map<String, Object> valid(String name) {
        return Map.of(
                "name", name,
                "purpose", "Improve transitions from nursery to primary one",
                "partnerTypes", List.of("school", "community-group"),
                "meetingsPerYear", 3L,
                "contactEmail", "lead@example.org");
    }

    /** Raises an enquiry as a practitioner, signs out again, and returns its review task. */
    public Task raise(String name) {
        people.signIn(Role.PRACTITIONER);
        ProcessInstance instance = completion.start(definitionId(), valid(name));
        people.signOut();
        return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }
}
