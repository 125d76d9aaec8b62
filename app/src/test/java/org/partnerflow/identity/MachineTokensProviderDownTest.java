package org.partnerflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.partnerflow.AppTestApplication;
import org.partnerflow.testsupport.SpringTestBase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The identity provider down when Partnerflow starts and when a machine calls: Partnerflow starts
 * (the keys are fetched at the first token), a token is answered 503 with Retry-After, not 401 nor
 * 500, and Basic still works while it is on.
 */
@SpringBootTest(classes = AppTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.generate-unique-process-engine-name=true"})
class MachineTokensProviderDownTest extends SpringTestBase {

    @DynamicPropertySource
    static void providerNowhere(DynamicPropertyRegistry properties) throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            int closed = socket.getLocalPort();
            properties.add("partnerflow.oidc.issuer-uri", () -> "http://localhost:" + closed);
        }
    }

    @LocalServerPort
    int port;

    @Test
    void aTokenIsAnsweredTryAgainAndBasicStillWorks() throws Exception {
        // Shaped as a JWT (header.payload.signature), so that only the provider's keys could judge it.
        String token = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZWNvcmRzLWZlZWQifQ.c2lnbmF0dXJl";
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/process-definition/count"))
                        .header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).contains("30");
        assertThat(response.body()).contains("identity provider could not be reached");

        String practitioner = people.ensure(Role.PRACTITIONER);
        assertThat(org.partnerflow.testsupport.EngineRestCalls.send(port, practitioner, "GET", "/engine-rest/version", null).statusCode())
                .isEqualTo(200);
    }
}
