package org.partnerflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.identity.Role;
import org.partnerflow.testsupport.enquiry.PartnershipEnquiries;
import org.partnerflow.testsupport.enquiry.PartnershipEnquiry;
import org.partnerflow.testsupport.TestPeople;
import org.partnerflow.testsupport.TestReferrals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Camunda REST API meets the same rules as the UI: 401 without credentials, 400 with the field
 * messages for invalid values (nothing written), 403 for a task that is not the caller's to complete.
 */
class FormValidationRestTest extends PartnerflowSpringTest {

    @LocalServerPort
    int port;
    @Autowired
    PartnershipEnquiries enquiries;
    @Autowired
    HistoryService historyService;
    @Autowired
    TestReferrals referrals;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> post(String user, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest" + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + TestPeople.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enquiryJson(String name, String extra) {
        return """
                {"variables":{"name":{"value":"%s"},"purpose":{"value":"Shared attendance work across three schools"},
                 "partnerTypes":{"value":"[\\"school\\"]","type":"Json"},"meetingsPerYear":{"value":2,"type":"Integer"},
                 "contactEmail":{"value":"a@example.org"}%s}}""".formatted(name, extra);
    }

    private long enquiriesNamed(String name) {
        return enquiries.findAll().stream().filter(e -> e.getName().equals(name)).count();
    }

    @Test
    void anUnauthenticatedCallIsRefusedWith401() throws Exception {
        HttpResponse<String> response = post(null, "/process-definition/key/partnership-enquiry/submit-form",
                enquiryJson("Anonymous", ""));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(enquiriesNamed("Anonymous")).isZero();
    }

    @Test
    void anInvalidStartFormIsRefusedWith400NamingEachFieldAndWritesNothing() throws Exception {
        String user = people.ensure(Role.PRACTITIONER);
        long instancesBefore = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("partnership-enquiry").count();

        HttpResponse<String> response = post(user, "/process-definition/key/partnership-enquiry/submit-form",
                "{\"variables\":{\"name\":{\"value\":\"X\"},\"meetingsPerYear\":{\"value\":\"abc\",\"type\":\"String\"},"
                        + "\"admin\":{\"value\":true,\"type\":\"Boolean\"}}}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("name: must be at least 3 characters", "meetingsPerYear: must be a number",
                "admin: is not a field of this form", "purpose: is required", "contactEmail: is required");
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("partnership-enquiry").count())
                .isEqualTo(instancesBefore);
        assertThat(enquiriesNamed("X")).isZero();
    }

    @Test
    void overLongInputIsRefused() throws Exception {
        String user = people.ensure(Role.PRACTITIONER);
        String longName = "N".repeat(201);

        HttpResponse<String> response = post(user, "/process-definition/key/partnership-enquiry/submit-form", enquiryJson(longName, ""));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("name: must be at most 200 characters");
        assertThat(enquiriesNamed(longName)).isZero();
    }

    @Test
    void aValidStartCreatesTheCaseRecordAndTheTask() throws Exception {
        String user = people.ensure(Role.PRACTITIONER);
        String name = "REST valid " + System.nanoTime();

        HttpResponse<String> response = post(user, "/process-definition/key/partnership-enquiry/submit-form", enquiryJson(name, ""));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(enquiriesNamed(name)).isEqualTo(1);
        assertThat(taskService.createTaskQuery().taskDescription("Partnership enquiry: " + name).count()).isEqualTo(1);
    }

    @Test
    void invalidCompletionsAreRefusedWith400AndLeaveTheTaskAsItWas() throws Exception {
        Task task = raiseEnquiry("REST complete " + System.nanoTime());
        String lead = people.ensure(Role.PARTNERSHIP_LEAD);

        for (String path : new String[] {"/task/" + task.getId() + "/complete", "/task/" + task.getId() + "/submit-form"}) {
            HttpResponse<String> declineWithoutReason = post(lead, path, "{\"variables\":{\"decision\":{\"value\":\"decline\"}}}");
            assertThat(declineWithoutReason.statusCode()).as(path).isEqualTo(400);
            assertThat(declineWithoutReason.body()).contains("decisionReason: is required");

            HttpResponse<String> wrongOption = post(lead, path, "{\"variables\":{\"decision\":{\"value\":\"maybe\"}}}");
            assertThat(wrongOption.statusCode()).as(path).isEqualTo(400);
            assertThat(wrongOption.body()).contains("decision: must be one of: accept, decline");
        }
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(taskService.getVariables(task.getId())).doesNotContainKeys("decision", "decisionReason");
    }

    /**
     * The pathway the rules recommended is shown on the Named Person's task, read-only: a client that
     * sends another value through REST is refused and the recommendation stays; sending it unchanged is fine.
     */
    @Test
    void aReadOnlyFieldCannotBeChangedThroughComplete() throws Exception {
        ProcessInstance referral = referrals.raise("ReadOnly" + System.nanoTime());
        String namedPerson = people.ensure(Role.NAMED_PERSON);
        referrals.work(referral, "Activity_NamedPersonAssessment", namedPerson, TestReferrals.assessment("Healthy", 3L, false));
        Task task = taskService.createTaskQuery().processInstanceId(referral.getId()).taskDefinitionKey("Activity_ConfirmPathway").singleResult();
        taskService.claim(task.getId(), namedPerson);
        Object recommended = taskService.getVariable(task.getId(), "recommendedPathway");
        String other = "MULTI_AGENCY".equals(recommended) ? "NO_FURTHER_ACTION" : "MULTI_AGENCY";

        HttpResponse<String> refused = post(namedPerson, "/task/" + task.getId() + "/complete",
                "{\"variables\":{\"recommendedPathway\":{\"value\":\"" + other + "\"},\"pathwayChoice\":{\"value\":\"accept\"}}}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("recommendedPathway: cannot be changed: Recommended pathway is shown for reading only");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(taskService.getVariable(task.getId(), "recommendedPathway")).isEqualTo(recommended);

        HttpResponse<String> unchanged = post(namedPerson, "/task/" + task.getId() + "/complete",
                "{\"variables\":{\"recommendedPathway\":{\"value\":\"" + recommended + "\"},\"pathwayChoice\":{\"value\":\"accept\"}}}");
        assertThat(unchanged.statusCode()).as(unchanged.body()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isZero();
    }

    @Test
    void someoneOutsideTheTasksGroupsIsRefusedWith403() throws Exception {
        Task task = raiseEnquiry("REST outsider " + System.nanoTime());
        // An administrator, who may know the task exists, so the guard's refusal is what answers (a
        // manager until issue 17; a manager now gets the 404 of a task they have no part in, HeldTasksRestTest).
        String outsider = people.ensure(Role.ADMIN);

        HttpResponse<String> response = post(outsider, "/task/" + task.getId() + "/complete",
                "{\"variables\":{\"decision\":{\"value\":\"accept\"}}}");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    }

    @Test
    void aTaskClaimedBySomeoneElseCannotBeCompletedButItsAssigneeCan() throws Exception {
        String name = "REST claimed " + System.nanoTime();
        Task task = raiseEnquiry(name);
        String lead = people.ensure(Role.PARTNERSHIP_LEAD);
        String colleague = people.ensure("test-rest-colleague", Role.PARTNERSHIP_LEAD);
        taskService.claim(task.getId(), lead);

        HttpResponse<String> refused = post(colleague, "/task/" + task.getId() + "/complete",
                "{\"variables\":{\"decision\":{\"value\":\"accept\"}}}");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("claimed by " + lead);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);

        HttpResponse<String> done = post(lead, "/task/" + task.getId() + "/complete",
                "{\"variables\":{\"decision\":{\"value\":\"accept\"},\"firstMeeting\":{\"value\":\"2027-01-20\"}}}");
        assertThat(done.statusCode()).isEqualTo(204);
        PartnershipEnquiry enquiry = enquiries.findByProcessInstanceId(task.getProcessInstanceId()).orElseThrow();
        assertThat(enquiry.getStatus()).isEqualTo(PartnershipEnquiry.Status.ACCEPTED);
        assertThat(enquiry.getDecidedBy()).isEqualTo(lead);

        // The engine knew who called: its user operation log names them.
        assertThat(historyService.createUserOperationLogQuery().taskId(task.getId())
                .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list())
                .extracting(UserOperationLogEntry::getUserId).containsOnly(lead);
    }

    @Test
    void onlyTheProcesssStarterGroupsMayStartItWhicheverEndpointIsUsed() throws Exception {
        String manager = people.ensure(Role.MANAGER);
        String name = "REST not a starter " + System.nanoTime();

        for (String endpoint : new String[] {"submit-form", "start"}) {
            HttpResponse<String> refused = post(manager, "/process-definition/key/partnership-enquiry/" + endpoint, enquiryJson(name, ""));
            assertThat(refused.statusCode()).as(endpoint).isEqualTo(403);
            assertThat(refused.body()).as(endpoint).contains("Your roles do not allow you to start Partnership enquiry (signed in as " + manager + ")");
        }
        assertThat(enquiriesNamed(name)).isZero();
    }

    @Test
    void aProcessWithAStartFormCannotBeStartedAroundIt() throws Exception {
        String user = people.ensure(Role.PRACTITIONER);
        long instancesBefore = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("partnership-enquiry").count();

        HttpResponse<String> refused = post(user, "/process-definition/key/partnership-enquiry/start",
                "{\"variables\":{\"name\":{\"value\":\"X\"}}}");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("is started through its start form (submit-form)");
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("partnership-enquiry").count())
                .isEqualTo(instancesBefore);
        assertThat(enquiriesNamed("X")).isZero();
    }

    @Test
    void anOverLongBusinessKeyIsRefusedWith400AndStartsNothing() throws Exception {
        String user = people.ensure(Role.PRACTITIONER);
        String name = "REST long key " + System.nanoTime();
        long instancesBefore = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("partnership-enquiry").count();

        String body = enquiryJson(name, "").replaceFirst("^\\{", "{\"businessKey\":\"" + "k".repeat(300) + "\",");
        HttpResponse<String> response = post(user, "/process-definition/key/partnership-enquiry/submit-form", body);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("The business key must be at most 255 characters; this one has 300.");
        // Every process people start has a start form, so a plain start is refused before its business key is read.
        assertThat(post(user, "/process-definition/key/partnership-enquiry/start", body).statusCode()).isEqualTo(403);
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("partnership-enquiry").count()).isEqualTo(instancesBefore);
        assertThat(enquiriesNamed(name)).isZero();
    }

    @Test
    void overLongIdsAreTheCallersMistakeAndWriteNothing() throws Exception {
        String longId = "i".repeat(300);
        String admin = people.ensure(Role.ADMIN);
        assertThat(post(people.ensure(Role.PRACTITIONER), "/task/" + longId + "/claim", "{}").statusCode()).isEqualTo(404);
        assertThat(post(people.ensure(Role.PRACTITIONER), "/process-definition/key/" + longId + "/submit-form", "{}").statusCode())
                .isEqualTo(404);

        HttpResponse<String> user = post(admin, "/user/create", "{\"profile\":{\"id\":\"" + longId + "\",\"firstName\":\"L\",\"lastName\":\"I\","
                + "\"email\":\"l@example.org\"},\"credentials\":{\"password\":\"long-id-password-1\"}}");
        assertThat(user.statusCode()).isEqualTo(400);
        assertThat(user.body()).contains("longer than the engine can store");
        HttpResponse<String> group = post(admin, "/group/create", "{\"id\":\"" + longId + "\",\"name\":\"Long\",\"type\":\"WORKFLOW\"}");
        assertThat(group.statusCode()).isEqualTo(400);

        Task task = raiseEnquiry("REST long link " + System.nanoTime());
        String lead = people.ensure(Role.PARTNERSHIP_LEAD);
        taskService.claim(task.getId(), lead);
        int links = taskService.getIdentityLinksForTask(task.getId()).size();
        HttpResponse<String> link = post(lead, "/task/" + task.getId() + "/assignee", "{\"userId\":\"" + longId + "\"}");
        assertThat(link.statusCode()).as("a hand-over to nobody it is offered to").isEqualTo(403);
        assertThat(taskService.getIdentityLinksForTask(task.getId())).hasSize(links);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo(lead);
    }
}
