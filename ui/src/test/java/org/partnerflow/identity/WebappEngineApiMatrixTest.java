package org.partnerflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.partnerflow.KaribuSpringTest;
import org.partnerflow.testsupport.EngineApiMatrix;
import org.partnerflow.testsupport.EngineApiMatrix.Call;
import org.partnerflow.testsupport.TestPeople;
import org.partnerflow.testsupport.TestReferrals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The REST access matrix ({@link EngineApiMatrix}) on the webapps' engine API,
 * {@code /camunda/api/engine/engine/default/...}, signed in through Partnerflow's login page as the
 * webapps are used: everyone signed in does their casework here as on /engine-rest (submitting their own
 * task's form, as Tasklist does); case data straight from the engine and administration are for
 * administrators only. Not for managers, whichever council (the matrix's authorities' columns, on a
 * Glasgow City case): the engine API cannot keep them to their own council's children, so they oversee
 * in Partnerflow's pages. Anonymous callers are sent to sign in. Also the caller's mistakes there: a
 * claim of a task someone else holds (409) or that does not exist (404).
 */
class WebappEngineApiMatrixTest extends KaribuSpringTest {

    private static final String ROOT = EngineApiRequest.WEBAPP + "/engine/default";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdentityService identityService;
    @Autowired
    TestReferrals referrals;

    /** One signed-in session per person, with the webapps' CSRF token. */
    private final Map<String, Session> sessions = new HashMap<>();

    private record Session(HttpClient http, String xsrf) {
    }

    @Test
    void everyResourceFamilyEveryRoleAsTheTableSays() throws Exception {
        List<Call> calls = EngineApiMatrix.calls();
        EngineApiMatrix.assertEveryCamundaFamilyHasARow(calls, true);

        // Before issue 17 caseworkers got nothing here and managers what administrators get; now the door
        // is /engine-rest's: casework for everyone signed in, the rest for administrators only.
        new EngineApiMatrix(people, referrals, taskService, jdbc, identityService).run(calls, this::send,
                (who, role) -> who == EngineApiMatrix.Who.C || role == Role.ADMIN,
                status -> status == 302 || status == 401, "camunda-api-engine");
    }

    @Test
    void claimingATaskSomeoneElseHoldsOrThatDoesNotExistIsTheCallersMistake() throws Exception {
        Task task = raiseEnquiry("Webapp claim " + System.nanoTime());
        String lead = people.ensure(Role.PARTNERSHIP_LEAD);
        taskService.claim(task.getId(), lead);
        String manager = people.ensure("test-webapp-manager", Role.MANAGER, Role.PARTNERSHIP_LEAD);

        HttpResponse<String> held = send(manager, new Call("POST", "/task/" + task.getId() + "/claim", "{\"userId\":\"" + manager + "\"}", null));
        HttpResponse<String> missing = send(manager, new Call("POST", "/task/no-such-task/claim", "{\"userId\":\"" + manager + "\"}", null));

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("This task does not exist");
        assertThat(held.statusCode()).isEqualTo(409);
        assertThat(held.body()).contains("This task is already claimed by " + lead);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo(lead);
    }

    private HttpResponse<String> send(String user, Call call) throws Exception {
        HttpClient http = user == null ? HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build() : session(user).http();
        HttpRequest.Builder request = HttpRequest.newBuilder(url(call.url(EngineApiRequest.WEBAPP, ROOT)))
                .method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(call.body()));
        if (call.body() != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null && session(user).xsrf() != null) {
            request.header("X-XSRF-TOKEN", session(user).xsrf());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private Session session(String user) throws Exception {
        Session known = sessions.get(user);
        if (known != null) {
            return known;
        }
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(url("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(user) + "&password=" + enc(TestPeople.PASSWORD))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        // As Tasklist does on opening: it signs the person into the webapps and hands out the CSRF token.
        http.send(HttpRequest.newBuilder(url("/camunda/app/tasklist/default/")).GET().build(), HttpResponse.BodyHandlers.discarding());
        http.send(HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default")).GET().build(), HttpResponse.BodyHandlers.discarding());
        String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
        Session session = new Session(http, xsrf);
        sessions.put(user, session);
        return session;
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
