package org.partnerflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Behind a proxy that ends TLS (README, "Behind a TLS proxy"): a request the proxy says came over
 * HTTPS is treated as secure, so the browser is told to keep to HTTPS (HSTS) and redirects stay on
 * https at the proxy's host; a plain http request gets neither.
 */
class BehindATlsProxyTest extends KaribuSpringTest {

    @LocalServerPort
    int port;

    private HttpResponse<Void> get(String path, boolean throughTheProxy) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (throughTheProxy) {
            request.header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "partnerflow.example.org")
                    .header("X-Forwarded-For", "203.0.113.7");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding());
    }

    @Test
    void aRequestThatCameOverHttpsGetsHstsAndHttpsRedirects() throws Exception {
        HttpResponse<Void> response = get("/", true);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
        assertThat(response.headers().firstValue("Location")).hasValue("https://partnerflow.example.org/login");
    }

    @Test
    void thePagesThemselvesGetHstsThroughTheProxy() throws Exception {
        HttpResponse<Void> login = get("/login", true);

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    @Test
    void aPlainHttpRequestGetsNoHstsAndStaysOnHttp() throws Exception {
        HttpResponse<Void> response = get("/", false);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .endsWith("/login").doesNotStartWith("https:").doesNotContain("partnerflow.example.org"));
    }
}
