package org.partnerflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerflow.AppTestApplication;
import org.partnerflow.testsupport.EngineRestCalls;
import org.partnerflow.testsupport.SpringTestBase;
import org.partnerflow.testsupport.TestIdentityProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Machines on /engine-rest with client-credentials tokens from the council's identity provider (here
 * Spring Authorization Server in-process): the token's client is a service account, an engine user
 * whose groups decide what it may do, on both path forms; anything else is a 401. HTTP Basic is off in
 * this context, as councils are told to set it once tokens work.
 *
 * <p>A context of its own, so its engine has a name of its own (see PartnerflowSpringTest): the named
 * form names it; the default form is used only for what the security chain decides or needs no engine.
 */
@SpringBootTest(classes = AppTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.generate-unique-process-engine-name=true",
        "partnerflow.engine-rest.basic.enabled=false",
        "partnerflow.engine-rest.audience=" + TestIdentityProvider.AUDIENCE})
class MachineTokensTest extends SpringTestBase {

    /** A case-records feed: a service account in the practitioner group. */
    private static final String FEED = "records-feed";
    /** A reporting job: a service account in the admin group. */
    private static final String REPORTING = "oversight-report";
    /** Registered with the provider, but no engine user. */
    private static final String STRANGER = "unknown-machine";
    /** A service account an administrator has marked as having left. */
    private static final String RETIRED = "retired-feed";

    private static final TestIdentityProvider PROVIDER = TestIdentityProvider.start(List.of(FEED, REPORTING, STRANGER, RETIRED));
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        properties.add("partnerflow.oidc.issuer-uri", PROVIDER::issuer);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.stop();
    }

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ProcessEngine engine;
    @Autowired
    People groups;
    @Autowired
    DirectoryAccounts accounts;

    @BeforeEach
    void serviceAccounts() {
        groups.ensureGroups();
        serviceAccount(FEED, Role.PRACTITIONER);
        serviceAccount(REPORTING, Role.ADMIN);
    }

    /** As an administrator sets one up: an engine user with no password, in groups. */
    private void serviceAccount(String id, Role role) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            var user = identityService.newUser(id);
            user.setFirstName("Service");
            user.setLastName(id);
            identityService.saveUser(user);
            identityService.createMembership(id, role.groupId());
        }
    }

    private String named(String resource) {
        return "/engine-rest/engine/" + engine.getName() + resource;
    }

    private HttpResponse<String> call(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aServiceAccountMayDoWhatItsGroupsAllowOnBothPathForms() throws Exception {
        String feed = PROVIDER.token(FEED);

        // What every signed-in caller may do: read the models (named form), the version (default form).
        assertThat(call("GET", named("/process-definition/count"), feed, null).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/engine-rest/version", feed, null).statusCode()).isEqualTo(200);
        // Case data straight from the engine is administrators': refused to a practitioner's account on both forms.
        assertThat(call("GET", named("/process-instance/count"), feed, null).statusCode()).isEqualTo(403);
        assertThat(call("GET", "/engine-rest/process-instance/count", feed, null).statusCode()).isEqualTo(403);
        assertThat(call("POST", "/engine-rest/user/create", feed, newUser("made-by-feed")).statusCode()).isEqualTo(403);
        assertThat(identityService.createUserQuery().userId("made-by-feed").count()).isZero();

        // The same path for an account in the admin group.
        String reporting = PROVIDER.token(REPORTING);
        HttpResponse<String> count = call("GET", named("/process-instance/count"), reporting, null);
        assertThat(count.statusCode()).isEqualTo(200);
        assertThat(count.body()).contains("\"count\"");
    }

    @Test
    void theEngineKnowsTheServiceAccountAsWhoDidIt() throws Exception {
        String id = "made-by-report-" + System.nanoTime();

        HttpResponse<String> created = call("POST", named("/user/create"), PROVIDER.token(REPORTING), newUser(id));

        assertThat(created.statusCode()).isEqualTo(204);
        assertThat(historyService.createUserOperationLogQuery().userId(REPORTING).entityType("User").list())
                .anySatisfy(entry -> assertThat(entry.getOperationType()).isEqualTo("Create"));
    }

    @Test
    void noTokenAnUnknownClientOrAForgedTokenIsA401() throws Exception {
        String stranger = PROVIDER.token(STRANGER);
        String forged = TestIdentityProvider.tampered(PROVIDER.token(FEED), Map.of("sub", REPORTING));
        String otherService = PROVIDER.token(TestIdentityProvider.OTHER_AUDIENCE);
        identityServiceKnows(TestIdentityProvider.OTHER_AUDIENCE);

        for (String path : List.of("/engine-rest/process-definition/count", named("/process-definition/count"))) {
            assertThat(call("GET", path, null, null).statusCode()).as("no token, " + path).isEqualTo(401);
            assertThat(call("GET", path, stranger, null).statusCode()).as("unknown client, " + path).isEqualTo(401);
            assertThat(call("GET", path, forged, null).statusCode()).as("tampered token, " + path).isEqualTo(401);
            assertThat(call("GET", path, "not-a-token", null).statusCode()).as("no JWT, " + path).isEqualTo(401);
            // A token the provider issued for another service, even of a known account.
            assertThat(call("GET", path, otherService, null).statusCode()).as("other audience, " + path).isEqualTo(401);
        }
    }

    @Test
    void aServiceAccountMarkedAsHavingLeftIsRefused() throws Exception {
        serviceAccount(RETIRED, Role.ADMIN);
        String token = PROVIDER.token(RETIRED);
        assertThat(call("GET", named("/process-instance/count"), token, null).statusCode()).isEqualTo(200);

        DirectoryAccount account = accounts.findById(RETIRED).orElseGet(() -> new DirectoryAccount(RETIRED, DirectoryAccount.LOCAL, null));
        account.left("test-admin", java.time.Instant.now());
        accounts.save(account);
        try {
            assertThat(call("GET", named("/process-instance/count"), token, null).statusCode()).isEqualTo(401);
        } finally {
            accounts.deleteById(RETIRED);
        }
    }

    @Test
    void httpBasicIsRefusedWhenTurnedOff() throws Exception {
        String admin = people.ensure(Role.ADMIN);

        assertThat(EngineRestCalls.send(port, admin, "GET", "/engine-rest/process-definition/count", null).statusCode()).isEqualTo(401);
        assertThat(EngineRestCalls.send(port, admin, "GET", named("/process-instance/count"), null).statusCode()).isEqualTo(401);
    }

    private void identityServiceKnows(String id) {
        serviceAccount(id, Role.ADMIN);
    }

    private static String newUser(String id) {
        return "{\"profile\":{\"id\":\"" + id + "\",\"firstName\":\"M\",\"lastName\":\"T\",\"email\":\"m@example.org\"},"
                + "\"credentials\":{\"password\":\"machine-tokens-password-1\"}}";
    }
}
