package org.partnerflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.testsupport.TestPeople;
import org.partnerflow.workflow.PartnerflowEnginePlugin;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The engine's REST API cannot be used to change what runs or to read without bounds: deployments
 * by hand are for administrators, queries are capped and evaluate no expressions.
 */
class EngineRestHardeningTest extends PartnerflowSpringTest {

    private static final String BOUNDARY = "partnerflow-test-boundary";
    private static final String HARMLESS_PROCESS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="http://partnerflow.org/test">
              <bpmn:process id="rest-deployed" isExecutable="true" camunda:historyTimeToLive="P1D">
                <bpmn:startEvent id="start"/>
              </bpmn:process>
            </bpmn:definitions>
            """;

    @LocalServerPort
    int port;

    private HttpResponse<String> send(String user, String method, String path, HttpRequest.BodyPublisher body, String contentType)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest" + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + TestPeople.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String user, String path) throws Exception {
        return send(user, "GET", path, HttpRequest.BodyPublishers.noBody(), null);
    }

    private HttpResponse<String> deploy(String user) throws Exception {
        String body = "--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"deployment-name\"\r\n\r\nby hand\r\n"
                + "--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"data\"; filename=\"rest-deployed.bpmn\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + HARMLESS_PROCESS + "\r\n"
                + "--" + BOUNDARY + "--\r\n";
        return send(user, "POST", "/deployment/create", HttpRequest.BodyPublishers.ofString(body),
                "multipart/form-data; boundary=" + BOUNDARY);
    }

    @Test
    void onlyAdministratorsDeployOrDeleteDeploymentsByHand() throws Exception {
        assertThat(deploy(people.ensure(Role.PRACTITIONER)).statusCode()).isEqualTo(403);
        assertThat(deploy(people.ensure(Role.MANAGER)).statusCode()).isEqualTo(403);

        HttpResponse<String> byAdmin = deploy(people.ensure(Role.ADMIN));
        assertThat(byAdmin.statusCode()).isEqualTo(200);
        String deploymentId = byAdmin.body().replaceFirst("(?s)^.*?\"id\":\"([^\"]+)\".*$", "$1");
        assertThat(repositoryService.createDeploymentQuery().deploymentId(deploymentId).count()).isEqualTo(1);

        assertThat(send(people.ensure(Role.MANAGER), "DELETE", "/deployment/" + deploymentId + "?cascade=true",
                HttpRequest.BodyPublishers.noBody(), null).statusCode()).isEqualTo(403);
        assertThat(send(people.ensure(Role.ADMIN), "DELETE", "/deployment/" + deploymentId + "?cascade=true",
                HttpRequest.BodyPublishers.noBody(), null).statusCode()).isEqualTo(204);
        assertThat(repositoryService.createDeploymentQuery().deploymentId(deploymentId).count()).isZero();
    }

    @Test
    void queriesAboveTheLimitOrUnboundedAreRefused() throws Exception {
        String manager = people.ensure(Role.MANAGER);
        int limit = PartnerflowEnginePlugin.QUERY_MAX_RESULTS;

        assertThat(get(manager, "/task?firstResult=0&maxResults=" + limit).statusCode()).isEqualTo(200);
        HttpResponse<String> above = get(manager, "/task?firstResult=0&maxResults=" + (limit + 1));
        assertThat(above.statusCode()).isEqualTo(400);
        assertThat(above.body()).contains("Max results limit of " + limit + " exceeded");
        HttpResponse<String> unbounded = get(manager, "/task");
        assertThat(unbounded.statusCode()).isEqualTo(400);
        assertThat(unbounded.body()).contains("An unbound number of results is forbidden");
    }

    @Test
    void expressionsInQueriesAreRefused() throws Exception {
        HttpResponse<String> response = get(people.ensure(Role.MANAGER), "/task?firstResult=0&maxResults=10&assigneeExpression="
                + URLEncoder.encode("${currentUser()}", StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Expressions are forbidden");
    }
}
