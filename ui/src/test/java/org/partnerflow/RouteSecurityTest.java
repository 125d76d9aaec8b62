package org.partnerflow;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.RouteParameters;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnerflow.identity.LoginView;
import org.partnerflow.identity.Role;
import org.partnerflow.workflow.InboxView;
import org.partnerflow.workflow.StartView;
import org.partnerflow.workflow.TaskView;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every route needs sign-in: anonymous visitors land on the login page, in the UI and over HTTP. */
class RouteSecurityTest extends KaribuSpringTest {

    @LocalServerPort
    int port;

    @Test
    void anonymousNavigationToEveryViewEndsOnTheLoginView() {
        openUiAnonymously();
        for (Runnable navigation : new Runnable[] {
                () -> UI.getCurrent().navigate(InboxView.class),
                () -> UI.getCurrent().navigate(StartView.class),
                () -> UI.getCurrent().navigate(TaskView.class, new RouteParameters("taskId", "any"))}) {
            navigation.run();
            assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).isInstanceOf(LoginView.class);
            assertThat(_find(InboxView.class)).isEmpty();
        }
    }

    @Test
    void aSignedInPersonReachesTheInbox() {
        openUiAs(people.ensure(Role.PRACTITIONER));
        UI.getCurrent().navigate(InboxView.class);

        assertThat(_get(InboxView.class)).isNotNull();
        assertThat(_find(LoginForm.class)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/start", "/tasks/any"})
    void anonymousHttpRequestsAreSentToTheLoginPage(String path) throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    /** The actuator's doors (identity.OperationsSecurityConfiguration): health open, the rest for administrators, secrets nowhere. */
    @ParameterizedTest
    @CsvSource({
            "/actuator/health, 200",
            "/actuator/prometheus, 401",
            "/actuator/metrics, 401",
            "/actuator/info, 401",
            "/actuator, 401"})
    void anonymousRequestsToTheActuator(String path, int status) throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isEqualTo(status);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/loggers"})
    void theActuatorsSecretsAreNotExposed(String path) throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isNotEqualTo(200);
    }

    @Test
    void theEngineRestApiAnswers401WithoutCredentials() throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/task")).GET().build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isEqualTo(401);
    }
}
