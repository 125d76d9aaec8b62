package org.partnerflow.testsupport;

import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.partnerflow.workflow.TaskCompletion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

/**
 * The fixtures every Spring test of app and ui shares: people to sign in as, the engine's task and
 * repository services, task completion and test enquiries; everyone is signed out after each test.
 * Which application runs is the subclass's {@code @SpringBootTest}: {@code PartnerflowSpringTest}
 * (the core) or ui's {@code KaribuSpringTest} (the whole application with mock Vaadin).
 */
@ActiveProfiles("test")
public abstract class SpringTestBase {

    @Autowired
    protected TestPeople people;
    @Autowired
    protected TaskCompletion completion;
    @Autowired
    protected TaskService taskService;
    @Autowired
    protected RepositoryService repositoryService;
    @Autowired
    protected TestEnquiries testEnquiries;

    @AfterEach
    void signOutAfterEachTest() {
        people.signOut();
    }

    protected String enquiryDefinitionId() {
        return testEnquiries.definitionId();
    }

    protected static Map<String, Object> validEnquiry(String name) {
        return TestEnquiries.valid(name);
    }

    /** Raises a partnership enquiry as a practitioner and signs out again; returns its review task. */
    protected Task raiseEnquiry(String name) {
        return testEnquiries.raise(name);
    }
}
