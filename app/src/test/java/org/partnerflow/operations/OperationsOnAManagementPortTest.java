package org.partnerflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.partnerflow.identity.Role;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/** MANAGEMENT_SERVER_PORT: the actuator moves to its own port, under the same security. */
class OperationsOnAManagementPortTest extends OperationsOwnContext {

    @LocalManagementPort
    int managementPort;
    @LocalServerPort
    int port;

    @Test
    void healthIsOpenOnTheManagementPort() throws Exception {
        HttpResponse<String> health = new ActuatorCalls(managementPort).get("/actuator/health");

        assertThat(managementPort).isNotEqualTo(port);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(health.body()).toString()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void theScrapeIsForAdministratorsThereToo() throws Exception {
        ActuatorCalls actuator = new ActuatorCalls(managementPort);

        assertThat(actuator.get("/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(actuator.getAs(people.ensure(Role.PRACTITIONER), "/actuator/prometheus").statusCode()).isEqualTo(403);
        HttpResponse<String> scrape = actuator.getAs(people.ensure(Role.ADMIN), "/actuator/prometheus");
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("partnerflow_referral_cases_open");
        assertThat(actuator.getAs(people.ensure(Role.ADMIN), "/actuator/env").statusCode()).isNotEqualTo(200);
    }

    @Test
    void theApplicationsPortNoLongerAnswersForTheActuator() throws Exception {
        ActuatorCalls application = new ActuatorCalls(port);

        assertThat(application.get("/actuator/health").statusCode()).isNotEqualTo(200);
        assertThat(application.getAs(people.ensure(Role.ADMIN), "/actuator/prometheus").statusCode()).isNotEqualTo(200);
    }
}
