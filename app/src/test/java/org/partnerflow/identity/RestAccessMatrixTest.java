package org.partnerflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.testsupport.EngineApiMatrix;
import org.partnerflow.testsupport.EngineApiMatrix.Call;
import org.partnerflow.testsupport.EngineApiMatrix.Who;
import org.partnerflow.testsupport.EngineRestCalls;
import org.partnerflow.testsupport.TestReferrals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The whole REST access matrix ({@link EngineApiMatrix}) on both path forms /engine-rest is served on:
 * {@code /engine-rest/...} (the default engine) and {@code /engine-rest/engine/default/...}. Anonymous
 * is 401. The table is checked against the security configuration's own rules on each form, so a new
 * rule needs a row. Its columns are the roles and the authorities' (a manager of the Glasgow City case's
 * own council, of another, of the region, a regional administrator): no manager reads or changes case
 * data here, whichever council. (The webapps' {@code /camunda/api/engine/engine/default/...} runs the same table in
 * the ui module, which signs in through the login page.)
 */
class RestAccessMatrixTest extends PartnerflowSpringTest {

    /** The two path forms Camunda serves /engine-rest on: the default engine's, and by engine name. */
    enum Form {
        PLAIN("/engine-rest", "engine-rest"), NAMED("/engine-rest/engine/default", "engine-rest-named");

        final String root;
        final String report;

        Form(String root, String report) {
            this.root = root;
            this.report = report;
        }

        String url(Call call) {
            return call.url(EngineApiRequest.REST, root);
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdentityService identityService;
    @Autowired
    TestReferrals referrals;

    @ParameterizedTest
    @EnumSource(Form.class)
    void everyResourceFamilyEveryRoleAsTheTableSays(Form form) throws Exception {
        List<Call> calls = EngineApiMatrix.calls();
        EngineApiMatrix.assertEveryCamundaFamilyHasARow(calls, form == Form.NAMED);
        assertEverySecurityRuleHasARow(calls, form);

        // Case data straight from the engine (O) was managers' and administrators' before issue 17; now
        // administrators' only: the engine API cannot keep a manager to their own council's children.
        new EngineApiMatrix(people, referrals, taskService, jdbc, identityService).run(calls, (user, call) -> send(user, call, form),
                (who, role) -> switch (who) {
                    case C -> true;
                    case O, A -> role == Role.ADMIN;
                }, status -> status == 401, form.report);
    }

    /** Every rule of the REST chain that grants more (casework) or other (administration) than the catch-all matches a row of its kind. */
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
            assertThat(administration ? Who.A : casework ? Who.C : Who.O).as("the rule for %s %s", call.method(), call.path()).isEqualTo(call.who());
        }
    }

    private static MockHttpServletRequest request(Call call, Form form) {
        return new MockHttpServletRequest(call.method(), form.url(new Call(call.method(), call.path().split("\\?")[0], null, call.who())));
    }

    private HttpResponse<String> send(String user, Call call, Form form) throws Exception {
        return EngineRestCalls.send(port, user, call.method(), form.url(call), call.body());
    }
}
