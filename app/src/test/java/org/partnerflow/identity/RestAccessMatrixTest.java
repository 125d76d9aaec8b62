package org.partnerflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.Path;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.impl.DefaultProcessEngineRestServiceImpl;
import org.camunda.bpm.engine.rest.impl.NamedProcessEngineRestServiceImpl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.testsupport.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Every resource family of Camunda's REST API (read from Camunda's own root resource, so a family the
 * engine adds cannot escape), its list and its main writes, on both path forms ({@code /engine-rest/...}
 * and {@code /engine-rest/engine/default/...}), × every role and anonymous, against one
 * table: C casework (everyone signed in), M managers and administrators, A administrators only.
 * Anonymous is 401; a refused role 403 with the refusal in the access log; an allowed one gets past
 * security (neither 401 nor 403) and no 500 but for the two named in {@link #ENGINE_500S_LEFT}. The ids are
 * ones that do not exist, so nothing shared changes: an unknown id is a 404, an incomplete body a 400. The
 * table is checked against the security configuration's own rules, so a new rule needs a row.
 */
class RestAccessMatrixTest extends PartnerflowSpringTest {

    enum Who { C, M, A }

    /**
     * The only calls whose mistakes the engine still answers with a 500 (a generic ProcessEngineException
     * that cannot be told apart from a real failure): a condition no start event waits for, and a tenant
     * id the engine's pattern refuses. Unknown ids and incomplete bodies are 404 and 400
     * (EngineRestRequests, IncompleteRequests); any other 500 fails the matrix.
     */
    private static final Set<String> ENGINE_500S_LEFT = Set.of("POST /condition", "POST /tenant/create");

    record Call(String method, String path, String body, Who who) {

        /** The call for a person: {me} and {member} them (an administrator's {member} a throwaway person), {unique} a fresh name. */
        Call withMe(String me, String someoneElse, String member, String unique) {
            return new Call(method, fill(path, me, someoneElse, member, unique), body == null ? null : fill(body, me, someoneElse, member, unique), who);
        }

        private static String fill(String text, String me, String someoneElse, String member, String unique) {
            return text.replace("{me}", me).replace("{someoneElse}", someoneElse).replace("{member}", member).replace("{unique}", unique);
        }

        String family() {
            String[] parts = path.split("[/?]");
            return "/" + (parts[1].equals("schema") ? "schema/" + parts[2] : parts[1]);
        }
    }

    private static final String TABLE = """
            C GET    /process-definition?maxResults=10
            C POST   /process-definition/key/no-such-process/start                {}
            C POST   /process-definition/key/no-such-process/submit-form          {}
            C POST   /process-definition/no-such-definition/start                 {}
            C POST   /process-definition/no-such-definition/submit-form           {}
            M PUT    /process-definition/no-such-definition/suspended             {"suspended":true}
            A DELETE /process-definition/no-such-definition
            M GET    /process-instance?maxResults=10
            M POST   /process-instance?maxResults=10                              {}
            M GET    /process-instance/no-such-instance/variables
            M POST   /process-instance/no-such-instance/variables                 {}
            M DELETE /process-instance/no-such-instance
            M POST   /process-instance/delete                                     {}
            M POST   /process-instance/no-such-instance/modification              {}
            M GET    /execution?maxResults=10
            M POST   /execution/no-such-execution/signal                          {}
            M GET    /task?maxResults=10
            M POST   /task?maxResults=10                                          {}
            C POST   /task/no-such-task/complete                                  {}
            C POST   /task/no-such-task/submit-form                               {}
            C POST   /task/no-such-task/claim                                     {"userId":"{me}"}
            C POST   /task/no-such-task/unclaim                                   {}
            C POST   /task/no-such-task/assignee                                  {"userId":"{me}"}
            M POST   /task/no-such-task/delegate                                  {"userId":"{me}"}
            M POST   /task/no-such-task/resolve                                   {}
            M POST   /task/no-such-task/identity-links                            {"userId":"{me}","type":"candidate"}
            M DELETE /task/no-such-task
            M POST   /task/no-such-task/comment/create                            {"message":"x"}
            M GET    /task/no-such-task/variables
            M POST   /task/no-such-task/variables                                 {}
            M PUT    /task/no-such-task/variables/x                               {"value":1,"type":"Integer"}
            M GET    /variable-instance?maxResults=10
            M GET    /history/process-instance?maxResults=10
            M POST   /history/process-instance?maxResults=10                      {}
            M GET    /history/variable-instance?maxResults=10
            M GET    /history/user-operation?maxResults=10
            M DELETE /history/process-instance/no-such-instance
            C GET    /deployment?maxResults=10
            A POST   /deployment/create                                           {}
            A DELETE /deployment/no-such-deployment
            M GET    /job?maxResults=10
            M POST   /job/no-such-job/execute                                     {}
            M PUT    /job/no-such-job/retries                                     {"retries":1}
            M GET    /job-definition?maxResults=10
            M GET    /incident?maxResults=10
            C GET    /user?maxResults=10
            A POST   /user/create                                                 {"profile":{"id":"matrix-{unique}","firstName":"M","lastName":"R","email":"m@example.org"},"credentials":{"password":"matrix-password-1"}}
            A PUT    /user/no-such-user/credentials                               {"password":"matrix-password-2","authenticatedUserPassword":"test-password"}
            A DELETE /user/no-such-user
            C GET    /group?maxResults=10
            A POST   /group/create                                                {"id":"matrix-{unique}","name":"Matrix","type":"WORKFLOW"}
            A PUT    /group/manager/members/{member}
            A DELETE /group/no-such-group
            M GET    /authorization?maxResults=10
            A POST   /authorization/create                                        {}
            M GET    /tenant?maxResults=10
            A POST   /tenant/create                                               {"id":"matrix-{unique}","name":"Matrix"}
            C GET    /identity/groups?userId={me}
            M POST   /identity/verify                                             {"username":"no-such-user","password":"x"}
            M GET    /identity/password-policy
            M GET    /filter?maxResults=10
            M DELETE /filter/no-such-filter
            C GET    /decision-definition?maxResults=10
            M POST   /decision-definition/key/no-such-decision/evaluate           {}
            M GET    /decision-requirements-definition?maxResults=10
            M POST   /message                                                     {"messageName":"no-such-message"}
            M POST   /signal                                                      {"name":"no-such-signal"}
            M POST   /condition                                                   {}
            M GET    /external-task?maxResults=10
            M POST   /external-task/fetchAndLock                                  {"workerId":"matrix","maxTasks":1,"topics":[]}
            M GET    /batch?maxResults=10
            M GET    /metrics/activity-instance/sum
            M POST   /migration/execute                                           {}
            M POST   /modification/execute                                        {}
            M GET    /event-subscription?maxResults=10
            M GET    /case-definition?maxResults=10
            M GET    /case-instance?maxResults=10
            M GET    /case-execution?maxResults=10
            M GET    /optimize/activity-instance/completed?maxResults=10
            M GET    /schema/log?maxResults=10
            M GET    /telemetry/data
            C GET    /version
            C GET    /engine
            """;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdentityService identityService;

    private final HttpClient http = HttpClient.newHttpClient();

    /**
     * The two path forms Camunda serves /engine-rest on: the default engine's, and by engine name. The
     * whole table runs on each; the list of engines ({@code /engine}) is the root of the named form.
     */
    enum Form {
        PLAIN("/engine-rest", "engine-rest"), NAMED("/engine-rest/engine/default", "engine-rest-named");

        final String root;
        final String report;

        Form(String root, String report) {
            this.root = root;
            this.report = report;
        }

        String url(String path) {
            return (path.equals("/engine") || path.startsWith("/engine?") ? EngineApiRequest.REST : root) + path;
        }
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void everyResourceFamilyEveryRoleAsTheTableSays(Form form) throws Exception {
        List<Call> calls = TABLE.lines().filter(l -> !l.isBlank()).map(l -> {
            String[] cells = l.trim().split("\\s+", 4);
            return new Call(cells[1], cells[2], cells.length > 3 ? cells[3] : null, Who.valueOf(cells[0]));
        }).toList();
        assertEveryCamundaFamilyHasARow(calls, form);
        assertEverySecurityRuleHasARow(calls, form);

        String someoneElse = people.ensure(Role.PRACTITIONER);
        List<String> wrong = new ArrayList<>();
        int checks = 0;
        int logged = 0;
        int engineErrors = 0;
        for (Call call : calls) {
            checks++;
            int anonymous = send(null, call, someoneElse, form).statusCode();
            if (anonymous != 401) {
                wrong.add("anonymous " + call.method() + " " + call.path() + ": " + anonymous);
            }
            for (Role role : Role.values()) {
                checks++;
                String me = people.ensure(role);
                boolean allowed = switch (call.who()) {
                    case C -> true;
                    case M -> role == Role.MANAGER || role == Role.ADMIN;
                    case A -> role == Role.ADMIN;
                };
                long refusalsBefore = refusals(me);
                String unique = role.groupId() + "-" + System.nanoTime();
                String member = role == Role.ADMIN ? people.ensure("matrix-member-" + System.nanoTime(), Role.PRACTITIONER) : me;
                HttpResponse<String> response = send(me, call.withMe(me, someoneElse, member, unique), form);
                int status = response.statusCode();
                if (allowed && status >= 500) {
                    engineErrors++;
                    if (!ENGINE_500S_LEFT.contains(call.method() + " " + call.path())) {
                        wrong.add(role.groupId() + " " + call.method() + " " + call.path() + ": a caller's mistake answered " + status + " "
                                + response.body());
                    }
                }
                if (allowed && (status == 401 || status == 403)) {
                    wrong.add(role.groupId() + " " + call.method() + " " + call.path() + ": expected allowed, got " + status + " " + response.body());
                } else if (!allowed) {
                    logged++;
                    if (status != 403) {
                        wrong.add(role.groupId() + " " + call.method() + " " + call.path() + ": expected 403, got " + status);
                    } else if (refusals(me) <= refusalsBefore) {
                        wrong.add(role.groupId() + " " + call.method() + " " + call.path() + ": refused but not in the access log");
                    }
                    if (call.body() != null && call.body().contains("{unique}") && identityService.createUserQuery().userId("matrix-" + unique).count()
                            + identityService.createGroupQuery().groupId("matrix-" + unique).count()
                            + identityService.createTenantQuery().tenantId("matrix-" + unique).count() > 0) {
                        wrong.add(role.groupId() + " " + call.method() + " " + call.path() + ": refused, yet the record was created");
                    }
                }
            }
        }
        assertThat(identityService.createUserQuery().memberOfGroup(Role.MANAGER.groupId()).list()).extracting(u -> u.getId())
                .as("nobody made themselves a manager").doesNotContain(TestPeople.idOf(Role.PRACTITIONER), TestPeople.idOf(Role.PARTNER_AGENCY));
        assertThat(wrong).as("cells of the REST access matrix that do not hold").isEmpty();
        java.nio.file.Path out = java.nio.file.Path.of("target", "access-matrix", form.report + ".properties");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "endpoints=" + calls.size() + "\nfamilies=" + calls.stream().map(Call::family).distinct().count()
                + "\ncolumns=" + (Role.values().length + 1) + "\nchecks=" + checks + "\naccessLogChecks=" + logged
                + "\nallowedButEngineAnswered5xx=" + engineErrors + "\n");
    }

    /** Every resource family Camunda's REST root for the form serves has at least one row. */
    private static void assertEveryCamundaFamilyHasARow(List<Call> calls, Form form) {
        Set<String> families = new TreeSet<>();
        Class<?> root = form == Form.PLAIN ? DefaultProcessEngineRestServiceImpl.class : NamedProcessEngineRestServiceImpl.class;
        Arrays.stream(root.getMethods()).map(m -> m.getAnnotation(Path.class))
                .filter(p -> p != null).forEach(p -> families.add(p.value().replace("/{name}", "")));
        families.add("/engine");
        assertThat(families).as("Camunda's REST resource families").hasSizeGreaterThan(25);
        Set<String> covered = calls.stream().map(Call::family).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        assertThat(covered)
                .as("families with a row in the matrix").containsAll(families);
    }

    /** Every rule of the REST chain that grants more (casework) or less (administration) than managers have matches a row of its kind. */
    private static void assertEverySecurityRuleHasARow(List<Call> calls, Form form) {
        for (RequestMatcher rule : EngineSecurityConfiguration.CASEWORK) {
            assertThat(calls).as("a casework row for %s", rule).anyMatch(c -> c.who() == Who.C && rule.matches(request(c, form)));
        }
        for (String resource : EngineSecurityConfiguration.IDENTITY_RESOURCES) {
            assertThat(calls).as("an administration row for %s", resource).anyMatch(c -> c.who() == Who.A && c.family().equals("/" + resource));
        }
        assertThat(calls).as("administration rows for deployments").anyMatch(c -> c.who() == Who.A && c.family().equals("/deployment"));
        for (Call call : calls) {
            boolean casework = EngineSecurityConfiguration.CASEWORK.stream().anyMatch(r -> r.matches(request(call, form)));
            boolean administration = EngineSecurityConfiguration.ADMINISTRATION.stream().anyMatch(r -> r.matches(request(call, form)));
            assertThat(administration ? Who.A : casework ? Who.C : Who.M).as("the rule for %s %s", call.method(), call.path()).isEqualTo(call.who());
        }
    }

    private static MockHttpServletRequest request(Call call, Form form) {
        MockHttpServletRequest request = new MockHttpServletRequest(call.method(), form.url(call.path().split("\\?")[0]));
        request.setServletPath("");
        return request;
    }

    private long refusals(String userId) {
        return jdbc.queryForObject("select count(*) from record_access_log where user_id = ? and record_type = 'engine-rest' and granted = false",
                Long.class, userId);
    }

    private HttpResponse<String> send(String user, Call call, String someoneElse, Form form) throws Exception {
        return send(user, call.withMe("anonymous", someoneElse, "anonymous", "anonymous-" + System.nanoTime()), form);
    }

    private HttpResponse<String> send(String user, Call call, Form form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + form.url(call.path())))
                .method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(call.body()));
        if (call.body() != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + TestPeople.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
