package org.partnerflow;

import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.partnerflow.testsupport.StatementCounter;
import org.partnerflow.testsupport.TestEnquiries;
import org.partnerflow.testsupport.TestPeople;
import org.partnerflow.workflow.TaskCompletion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the app module's Spring tests: one context for all of them (the application core on a
 * random port), with the statements sent to the database counted.
 */
@SpringBootTest(classes = AppTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(StatementCounter.class)
public abstract class PartnerflowSpringTest {

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
