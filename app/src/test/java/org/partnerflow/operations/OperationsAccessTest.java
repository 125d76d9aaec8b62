package org.partnerflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.identity.Role;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The actuator over real HTTP (identity.OperationsSecurityConfiguration): health for anyone and
 * without details; metrics and the Prometheus scrape for administrators only; nothing else exposed.
 */
class OperationsAccessTest extends PartnerflowSpringTest {

    @LocalServerPort
    int port;

    ActuatorCalls actuator;

    @BeforeEach
    void onThisPort() {
        actuator = new ActuatorCalls(port);
    }

    @Test
    void healthIsOpenToAnyoneAndSaysOnlyUp() throws Exception {
        HttpResponse<String> health = actuator.get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode body = new ObjectMapper().readTree(health.body());
        assertThat(body.path("status").asText()).isEqualTo("UP");
        assertThat(body.has("components")).isFalse();
        assertThat(body.has("details")).isFalse();
        assertThat(body.size()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/prometheus", "/actuator/metrics", "/actuator/info", "/actuator"})
    void theRestIsForAdministratorsOnly(String path) throws Exception {
        assertThat(actuator.get(path).statusCode()).as("anonymous").isEqualTo(401);
        assertThat(actuator.getAs(people.ensure(Role.PRACTITIONER), path).statusCode()).as("a practitioner").isEqualTo(403);
        assertThat(actuator.getAs(people.ensure(Role.MANAGER), path).statusCode()).as("a manager").isEqualTo(403);
        assertThat(actuator.getAs(people.ensure(Role.ADMIN), path).statusCode()).as("an administrator").isEqualTo(200);
    }

    /** A scraper's account: metrics yes, the engine's API (case data) and the pages' data no. */
    @Test
    void theMonitoringGroupReadsMetricsAndNothingElse() throws Exception {
        String scraper = people.ensureIn("scraper-" + System.nanoTime(), java.util.List.of(Role.MONITORING_GROUP));

        assertThat(actuator.getAs(scraper, "/actuator/prometheus").statusCode()).isEqualTo(200);
        assertThat(actuator.getAs(scraper, "/engine-rest/task").statusCode()).as("the engine's API").isEqualTo(403);
        assertThat(actuator.getAs(scraper, "/engine-rest/engine/default/process-instance").statusCode()).as("its other form").isEqualTo(403);
        assertThat(actuator.getAs(scraper, "/actuator/env").statusCode()).isNotEqualTo(200);
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        people.ensure(Role.ADMIN);
        HttpResponse<String> response = new ActuatorCalls(port).getAs("nobody-" + System.nanoTime(), "/actuator/prometheus");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void theScrapeCarriesPartnerflowsOwnCounts() throws Exception {
        HttpResponse<String> scrape = actuator.getAs(people.ensure(Role.ADMIN), "/actuator/prometheus");

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("partnerflow_referral_cases_open{", "stage=\"assessment\"",
                "partnerflow_tasks_overdue", "partnerflow_jobs_executable", "partnerflow_jobs_failed",
                "partnerflow_notifications_unsent{", "state=\"gave_up\"");
        assertThat(scrape.body()).as("counts, not failures to count").doesNotContain("partnerflow_referral_cases_open{stage=\"assessment\"} NaN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump", "/actuator/loggers"})
    void endpointsThatTellSecretsAreNotExposed(String path) throws Exception {
        assertThat(actuator.get(path).statusCode()).as("anonymous").isNotEqualTo(200);
        assertThat(actuator.getAs(people.ensure(Role.ADMIN), path).statusCode()).as("even an administrator").isNotEqualTo(200)
                .isIn(401, 403, 404);
    }
}
