package org.partnerflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.testsupport.EngineRestCalls;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The engine REST rules hold on every path form of a resource: by engine name, with percent-encoded
 * letters, doubled slashes, dot segments, matrix parameters, a trailing slash. What the firewall or
 * the chains cannot read is refused with a 4xx, never a 500 and never let through.
 */
class EngineApiPathFormsTest extends PartnerflowSpringTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;

    private HttpResponse<String> send(String user, String method, String rawPath, String json) throws Exception {
        return EngineRestCalls.send(port, user, method, rawPath, json);
    }

    private static String newUser(String id) {
        return "{\"profile\":{\"id\":\"" + id + "\",\"firstName\":\"P\",\"lastName\":\"F\",\"email\":\"p@example.org\"},"
                + "\"credentials\":{\"password\":\"path-forms-password-1\"}}";
    }

    /** The tester's requests: as a manager, create a user and put them in admin, through the named form. */
    @Test
    void aManagerCannotAdministerPeopleThroughTheNamedForm() throws Exception {
        String manager = people.ensure(Role.MANAGER);
        String id = "path-forms-" + System.nanoTime();

        HttpResponse<String> create = send(manager, "POST", "/engine-rest/engine/default/user/create", newUser(id));
        HttpResponse<String> member = send(manager, "PUT", "/engine-rest/engine/default/group/admin/members/" + manager, null);

        assertThat(create.statusCode()).isEqualTo(403);
        assertThat(member.statusCode()).isEqualTo(403);
        assertThat(identityService.createUserQuery().userId(id).count()).isZero();
        assertThat(identityService.createUserQuery().userId(manager).memberOfGroup(Role.ADMIN.groupId()).count()).isZero();
    }

    @Test
    void everyOtherSpellingOfAnAdministratorsPathIsRefusedWithA4xx() throws Exception {
        String manager = people.ensure(Role.MANAGER);
        List<String> wrong = new ArrayList<>();
        for (String path : List.of("/engine-rest/%75ser/create", "/engine-rest/engine/default/%75ser/create",
                "/engine-rest//user/create", "/engine-rest/engine//default/user/create", "/engine-rest/engine/default//user/create",
                "/engine-rest/./user/create", "/engine-rest/x/../user/create", "/engine-rest/engine/default/./user/create",
                "/engine-rest/user;x=1/create", "/engine-rest/engine;x=1/default/user/create", "/engine-rest/user/create/",
                "/engine-rest/engine/default/user/create/", "/engine-rest/user%2Fcreate", "/engine-rest/%2E/user/create",
                "/engine-rest/user%5Ccreate", "/engine-rest/engine/%64efault/user/create", "/engine-rest/user/%63reate")) {
            String id = "path-forms-" + System.nanoTime();
            HttpResponse<String> response = send(manager, "POST", path, newUser(id));
            System.out.println("Manager POST " + path + ": " + response.statusCode());
            if (response.statusCode() < 400 || response.statusCode() >= 500 || identityService.createUserQuery().userId(id).count() > 0) {
                wrong.add(path + ": " + response.statusCode() + " " + response.body());
            }
        }
        assertThat(wrong).as("spellings not refused with a 4xx").isEmpty();
    }

    @Test
    void readsEveryFormAsTheSameResource() {
        assertThat(read("/engine-rest/task/abc/claim")).contains(new EngineApiRequest("/engine-rest", "default", "/task/abc/claim"));
        assertThat(read("/engine-rest/engine/default/task/abc/claim")).contains(new EngineApiRequest("/engine-rest", "default", "/task/abc/claim"));
        assertThat(read("/camunda/api/engine/engine/default/task/abc/claim"))
                .contains(new EngineApiRequest("/camunda/api/engine", "default", "/task/abc/claim"));
        assertThat(read("/engine-rest/engine")).contains(new EngineApiRequest("/engine-rest", null, "/engine"));
        assertThat(read("/engine-rest/engine/default/%75ser/create/")).contains(new EngineApiRequest("/engine-rest", "default", "/user/create"));
        assertThat(read("/engine-rest/user%2Fcreate")).isEmpty();
        assertThat(read("/engine-rest/a/../user")).isEmpty();
        assertThat(read("/engine-rest//user")).isEmpty();
        assertThat(read("/engine-rest/user;v=1")).isEmpty();
        assertThat(read("/engine-restless/user")).isEmpty();
        assertThat(read("/camunda/app/cockpit/")).isEmpty();

        var claim = EngineApiRequest.matcher(HttpMethod.POST, "/task/*/claim");
        assertThat(claim.matches(request("POST", "/engine-rest/engine/other/task/abc/claim"))).isTrue();
        assertThat(claim.matches(request("POST", "/engine-rest/task/abc/claim/more"))).isFalse();
        assertThat(claim.matches(request("GET", "/engine-rest/task/abc/claim"))).isFalse();
        var users = EngineApiRequest.matcher(HttpMethod.POST, "/user/**");
        assertThat(users.matches(request("POST", "/engine-rest/user"))).isTrue();
        assertThat(users.matches(request("POST", "/camunda/api/engine/engine/default/user/create"))).isTrue();
        assertThat(users.matches(request("POST", "/engine-rest/users"))).isFalse();
        assertThat(EngineApiRequest.UNCLEAR.matches(request("POST", "/engine-rest/engine/default/./user"))).isTrue();
        assertThat(EngineApiRequest.UNCLEAR.matches(request("POST", "/engine-rest/user/create"))).isFalse();
    }

    private static java.util.Optional<EngineApiRequest> read(String path) {
        return EngineApiRequest.of(request("GET", path));
    }

    private static MockHttpServletRequest request(String method, String uri) {
        return new MockHttpServletRequest(method, uri);
    }
}
