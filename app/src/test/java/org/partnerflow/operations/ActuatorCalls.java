package org.partnerflow.operations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.partnerflow.testsupport.TestPeople;

/** Real HTTP calls to the actuator on a port, anonymously or as a test person (HTTP Basic). */
final class ActuatorCalls {

    private final int port;

    ActuatorCalls(int port) {
        this.port = port;
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    HttpResponse<String> getAs(String user, String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + TestPeople.PASSWORD).getBytes(StandardCharsets.UTF_8))).GET().build());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
