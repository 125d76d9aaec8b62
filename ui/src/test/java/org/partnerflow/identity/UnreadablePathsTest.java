package org.partnerflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.partnerflow.KaribuSpringTest;
import org.partnerflow.testsupport.EngineRestCalls;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Addresses the firewall refuses, through the whole application (its three chains, the views' one
 * included): a 400 with a sentence, for a REST client and for anyone, signed in or not; never the
 * sign-in page or a redirect to it (which a REST client reads as 200 or 302), and nothing done.
 */
class UnreadablePathsTest extends KaribuSpringTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;

    @Test
    void anAddressTheFirewallRefusesIsA400WithASentenceOnEveryDoor() throws Exception {
        String manager = people.ensure(Role.MANAGER);
        List<String> wrong = new ArrayList<>();
        for (String path : List.of("/engine-rest//user/create", "/engine-rest/engine/default//user/create",
                "/engine-rest/engine//default/user/create", "/engine-rest/./user/create", "/engine-rest/x/../user/create",
                "/engine-rest/user;a=b/create", "/engine-rest/engine/default;a=b/user/create",
                "/camunda/api/engine/engine/default//user/create", "/camunda/api/engine//engine/default/user/create",
                "/cases//1", "/audit/./case/1")) {
            for (String user : new String[] {manager, null}) {
                String id = "unreadable-" + System.nanoTime();
                HttpResponse<String> response = EngineRestCalls.send(port, user, "POST", path,
                        "{\"profile\":{\"id\":\"" + id + "\",\"firstName\":\"P\",\"lastName\":\"Q\"},\"credentials\":{\"password\":\"unreadable-pass-1\"}}");
                if (response.statusCode() != 400 || !response.body().contains("This address cannot be read")
                        || identityService.createUserQuery().userId(id).count() > 0) {
                    wrong.add(path + " as " + user + ": " + response.statusCode() + " " + response.headers().firstValue("Location").orElse(""));
                }
            }
        }
        assertThat(wrong).as("refused addresses not answered 400 with the sentence").isEmpty();
    }
}
