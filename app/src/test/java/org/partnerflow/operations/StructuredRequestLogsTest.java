package org.partnerflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnerflow.identity.Role;
import org.partnerflow.testsupport.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.LoggingSystemProperty;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * With LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs each log line is a JSON object, and a web request's lines
 * carry its request id (the proxy's, when safe) and the user id of who is signed in as fields.
 */
@ExtendWith(OutputCaptureExtension.class)
class StructuredRequestLogsTest extends OperationsOwnContext {

    @LocalServerPort
    int port;
    @Autowired
    LoggingSystem logging;
    @Autowired
    ConfigurableEnvironment environment;

    /**
     * Boot configures logging once per JVM: a test context started after another keeps the first's
     * console format. So this context's settings (ECS) are applied here, and the plain format put back after.
     */
    @BeforeEach
    void structuredLogs() {
        reinitialise(environment);
    }

    @AfterEach
    void plainLogsAgain() {
        StandardEnvironment plain = new StandardEnvironment();
        environment.getPropertySources().forEach(plain.getPropertySources()::addLast);
        plain.getPropertySources().addFirst(new MapPropertySource("plain logs", Map.of(
                LoggingSystemProperty.CONSOLE_STRUCTURED_FORMAT.getApplicationPropertyName(), "")));
        reinitialise(plain);
    }

    private void reinitialise(ConfigurableEnvironment settings) {
        logging.cleanUp();
        System.clearProperty(LoggingSystemProperty.CONSOLE_STRUCTURED_FORMAT.getEnvironmentVariableName());
        logging.initialize(new LoggingInitializationContext(settings), null, null);
        Binder.get(settings).bind("logging.level", Bindable.mapOf(String.class, LogLevel.class)).orElse(Map.of())
                .forEach((logger, level) -> logging.setLogLevel("root".equalsIgnoreCase(logger) ? null : logger, level));
    }

    private HttpResponse<Void> getAs(String user, String requestId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/engine"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + TestPeople.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (requestId != null) {
            request.header(RequestLogContext.HEADER, requestId);
        }
        return HttpClient.newHttpClient().send(request.GET().build(), HttpResponse.BodyHandlers.discarding());
    }

    /** The JSON log lines captured whose request id is the one given (flat or nested, as ECS allows). */
    private static List<JsonNode> linesOf(CapturedOutput output, String requestId) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : output.getOut().split("\\R")) {
            if (!line.startsWith("{")) {
                continue;
            }
            JsonNode json = new ObjectMapper().readTree(line);
            if (requestId.equals(field(json, "http.request.id"))) {
                lines.add(json);
            }
        }
        return lines;
    }

    private static String field(JsonNode json, String dotted) {
        if (json.has(dotted)) {
            return json.get(dotted).asText();
        }
        JsonNode node = json;
        for (String part : dotted.split("\\.")) {
            node = node.path(part);
        }
        return node.isMissingNode() ? null : node.asText();
    }

    @Test
    void aRequestsLinesCarryItsIdAndTheUserIdAsJsonFields(CapturedOutput output) throws Exception {
        String practitioner = people.ensure(Role.PRACTITIONER);

        HttpResponse<Void> response = getAs(practitioner, "proxy-req.42:a");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue(RequestLogContext.HEADER)).hasValue("proxy-req.42:a");
        assertThat(linesOf(output, "proxy-req.42:a")).isNotEmpty().allSatisfy(line -> {
            assertThat(field(line, "user.id")).isEqualTo(practitioner);
            assertThat(field(line, "log.level")).isNotNull();
        });
    }

    @Test
    void anUnsafeRequestIdIsReplacedByOneOfOurOwn(CapturedOutput output) throws Exception {
        HttpResponse<Void> response = getAs(people.ensure(Role.PRACTITIONER), "bad id\"}{\"user.id\":\"admin");

        String given = response.headers().firstValue(RequestLogContext.HEADER).orElseThrow();
        assertThat(given).matches("[0-9a-f-]{36}");
        assertThat(linesOf(output, given)).isNotEmpty();
        assertThat(output.getOut()).doesNotContain("bad id");
    }

    @Test
    void aRequestRefusedToASignedInPersonCarriesTheirUserId(CapturedOutput output) throws Exception {
        String practitioner = people.ensure(Role.PRACTITIONER);
        HttpRequest refused = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/task?maxResults=1"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (practitioner + ":" + TestPeople.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header(RequestLogContext.HEADER, "refused-1").GET().build();

        assertThat(HttpClient.newHttpClient().send(refused, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(403);
        assertThat(linesOf(output, "refused-1")).isNotEmpty().allSatisfy(line -> assertThat(field(line, "user.id")).isEqualTo(practitioner));
    }

    @Test
    void aRefusedRequestHasAnIdToo() throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/task")).GET().build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue(RequestLogContext.HEADER)).isPresent();
    }
}
