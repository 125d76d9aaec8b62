package org.partnerflow.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Calls to the engine REST API as a test person (HTTP Basic), the path sent as written (no normalising). */
public final class EngineRestCalls {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private EngineRestCalls() {
    }

    /** {@code user} null: anonymous; {@code json} null: no body. */
    public static HttpResponse<String> send(int port, String user, String method, String rawPath, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + rawPath))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + TestPeople.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
