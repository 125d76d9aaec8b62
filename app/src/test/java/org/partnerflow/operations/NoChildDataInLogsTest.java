package org.partnerflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.identity.Role;
import org.partnerflow.testsupport.TestPeople;
import org.partnerflow.testsupport.TestReferrals;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A child's name and date of birth appear in no log line, even with Partnerflow's own logging at
 * debug: a referral raised about Zebedee Quixote with immediate risk, screened, assessed by the Named
 * Person and taken to a plan, its case read over the engine API (by an administrator, and refused to
 * a practitioner), and a failure whose message quotes the child logged as the pages log one.
 */
@ExtendWith(OutputCaptureExtension.class)
class NoChildDataInLogsTest extends PartnerflowSpringTest {

    static final String GIVEN_NAME = "Zebedee";
    static final String FAMILY_NAME = "Quixote";

    @Autowired
    TestReferrals referrals;
    @Autowired
    LoggingSystem logging;
    @LocalServerPort
    int port;

    @BeforeEach
    void partnerflowLogsAtDebug() {
        logging.setLogLevel("org.partnerflow", LogLevel.DEBUG);
    }

    @AfterEach
    void partnerflowLogsAsConfigured() {
        logging.setLogLevel("org.partnerflow", LogLevel.INFO);
    }

    private int getAs(String user, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest" + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + TestPeople.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void aReferralJourneyLogsNothingOfTheChild(CapturedOutput output) throws Exception {
        String family = FAMILY_NAME + System.nanoTime();
        ProcessInstance referral = referrals.raise(people.ensure(Role.PRACTITIONER), GIVEN_NAME, family, "Eastfield Primary", null, "yes");
        referrals.work(referral, "Activity_ChildProtectionScreening", people.ensure(Role.CHILD_PROTECTION),
                Map.of("childProtectionOutcome", "continue", "childProtectionRationale", "Seen by the duty social worker"));
        referrals.toSingleAgencyPlan(referral, people.ensure(Role.NAMED_PERSON));
        assertThat(getAs(people.ensure(Role.ADMIN), "/process-instance/" + referral.getId() + "/variables")).isEqualTo(200);
        assertThat(getAs(people.ensure(Role.PRACTITIONER), "/process-instance/" + referral.getId() + "/variables")).isEqualTo(403);
        LoggedFailure.log(LoggerFactory.getLogger("org.partnerflow.workflow.WorkflowFeedback"), "Workflow action failed",
                new IllegalStateException("Could not save the plan of " + GIVEN_NAME + " " + family + " (born 2016-04-12)"));

        String log = output.getAll();
        assertThat(log).as("the capture sees Partnerflow's debug lines")
                .contains("GET answered 200").contains("Workflow action failed (java.lang.IllegalStateException");
        assertThat(log).doesNotContain(GIVEN_NAME).doesNotContain(FAMILY_NAME)
                .doesNotContain("2016-04-12").doesNotContain("12 Apr 2016").doesNotContain("12/04/2016").doesNotContain("12 April 2016");
    }
}
