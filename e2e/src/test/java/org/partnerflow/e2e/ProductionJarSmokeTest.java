package org.partnerflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The production jar as an installation runs it: {@code java -jar partnerflow-ui-*-exec.jar} built
 * with {@code -Pproduction}, the {@code postgres} profile on an empty database of its own (the
 * README's PARTNERFLOW_DB_* variables), no demo profile, and its first administrator named in the
 * environment (CAMUNDA_BPM_ADMINUSER_*). It waits for {@code /actuator/health}; the administrator
 * signs in to the pages (served from the compiled front end, not Vaadin's development mode) and, by
 * the engine's REST API as an administrator would, makes a partnership lead; she starts an
 * improvement project and completes its first task.
 *
 * <p>Left out of the plain {@code verify -Pe2e} (e2e/pom.xml), whose ui jar is a development build
 * the postgres profile refuses; {@code .ci/run} builds the production jar and runs this by name.
 */
class ProductionJarSmokeTest {

    private static final Pattern POSTGRES_URL = Pattern.compile("jdbc:postgresql://([^/]+)/([A-Za-z0-9_]+)(\\?.*)?");
    /** What the application logs once every start-up runner is done (PartnerflowApplication). */
    private static final String READY_BANNER = "Partnerflow is running at";
    private static final String ADMIN = "first-admin";
    private static final String LEAD = "jean-lead";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private Process app;
    private Path log;

    @Test
    void theProductionJarStartsOnPostgresqlWithItsFirstAdministratorAndATaskIsDone() throws Exception {
        Path jar = productionJar();
        String database = freshDatabase("production");
        String adminPassword = UUID.randomUUID().toString();
        String leadPassword = UUID.randomUUID().toString();
        int port = freePort();
        String base = "http://localhost:" + port;

        long launchedAt = System.nanoTime();
        start(jar, port, database, adminPassword);
        awaitHealthy(base, hasActuator(jar), Duration.ofMinutes(4));
        double startSeconds = seconds(launchedAt);

        try (Browser browser = new Browser(base, "production-jar")) {
            signIn(browser, ADMIN, adminPassword);
            browser.waitForText("Avril Administrator");
            browser.screenshot("first-administrator-signed-in");

            // The administrator makes a partnership lead, as in Camunda Admin, through the same engine API.
            assertThat(rest(base, ADMIN, adminPassword, "POST", "/user/create", """
                    {"profile":{"id":"%s","firstName":"Jean","lastName":"Lead","email":"jean.lead@example.invalid"},
                     "credentials":{"password":"%s"}}""".formatted(LEAD, leadPassword)).statusCode()).isEqualTo(204);
            assertThat(rest(base, ADMIN, adminPassword, "PUT", "/group/partnership-lead/members/" + LEAD, "").statusCode())
                    .isEqualTo(204);
            browser.click(browser.find(By.id("sign-out")));

            String name = "Reading buddies " + System.currentTimeMillis();
            signIn(browser, LEAD, leadPassword);
            browser.open("/improvement/new");
            browser.type(By.cssSelector("#field-name input"), name);
            browser.type(By.cssSelector("#field-participants textarea"), "Two primary schools and their cluster secondary");
            browser.type(By.cssSelector("#field-enquiryQuestion textarea"), "Does paired reading raise reading ages?");
            browser.type(By.cssSelector("#field-inequityIssue textarea"), "Reading ages of pupils in SIMD 1-2 lag by a year");
            browser.type(By.cssSelector("#field-planLinks textarea"), "Cluster improvement plan priority 1");
            browser.type(By.cssSelector("#field-team textarea"), "Principal teachers lead; P6 pupils read with P2");
            browser.screenshot("project-filled");
            browser.click(browser.find(By.id("submit-project")));
            browser.waitForText("Cycle 1");

            String subject = "Improvement project: " + name;
            Journeys.openTask(browser, subject, "Identify the challenge from evidence");
            browser.type(By.cssSelector("#field-challengeData textarea"), "P2 reading ages a year behind in both schools");
            browser.type(By.cssSelector("#field-evidenceSummary textarea"), "Standardised reading tests, autumn term");
            Journeys.complete(browser, "Identify the challenge from evidence");
            Journeys.openTask(browser, subject, "Define what success looks like");
            browser.screenshot("next-task-offered");
        }
        double totalSeconds = seconds(launchedAt);
        assertThat(app.isAlive()).as("still running after the journey").isTrue();
        Path figures = Path.of("target", "production-jar", "smoke.properties");
        Files.createDirectories(figures.getParent());
        Files.writeString(figures, "start.seconds=%s%ntotal.seconds=%s%njar=%s%n".formatted(startSeconds, totalSeconds, jar.getFileName()));
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null) {
            app.destroy();
            if (!app.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor();
            }
        }
    }

    /** ui/target/partnerflow-ui-*-exec.jar, which must be the production build (flow-build-info says so). */
    private static Path productionJar() throws IOException {
        Path jar;
        String given = System.getProperty("partnerflow.production-jar");
        if (given != null) {
            jar = Path.of(given);
        } else {
            try (Stream<Path> files = Files.list(Path.of("..", "ui", "target"))) {
                jar = files.filter(f -> f.getFileName().toString().matches("partnerflow-ui-.*-exec\\.jar")).findFirst()
                        .orElseThrow(() -> new AssertionError("No ui/target/partnerflow-ui-*-exec.jar: build it with "
                                + "./mvnw -Pproduction -DskipTests package"));
            }
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            // Spring Boot's repackaging puts the module's own META-INF at the jar's root.
            ZipEntry info = Stream.of("META-INF/", "BOOT-INF/classes/META-INF/")
                    .map(dir -> zip.getEntry(dir + "VAADIN/config/flow-build-info.json"))
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            assertThat(info).as("Vaadin's build info in " + jar).isNotNull();
            try (InputStream in = zip.getInputStream(info)) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .as(jar + " is the production build (./mvnw -Pproduction -DskipTests package)")
                        .containsPattern("\"productionMode\"\\s*:\\s*true");
            }
        }
        return jar;
    }

    /** Whether the jar holds Spring Boot's actuator: then its health endpoint says when the node is up. */
    private static boolean hasActuator(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().anyMatch(e -> e.getName().matches("BOOT-INF/lib/spring-boot-actuator-\\d.*\\.jar"));
        }
    }

    /**
     * An empty database beside the suite's ({@code SPRING_DATASOURCE_URL}, as .ci/run sets it; the
     * suite's name with a suffix), dropped and made afresh: the installation's first start.
     */
    private static String freshDatabase(String suffix) throws Exception {
        String suiteUrl = setting("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:5432/partnerflow_test");
        Matcher m = POSTGRES_URL.matcher(suiteUrl);
        assertThat(m.matches()).as("the production jar runs on PostgreSQL: SPRING_DATASOURCE_URL must name one, was " + suiteUrl)
                .isTrue();
        String name = m.group(2) + "_" + suffix;
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + m.group(1) + "/postgres", user(), password());
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("create database " + name);
        }
        return "jdbc:postgresql://" + m.group(1) + "/" + name;
    }

    private void start(Path jar, int port, String database, String adminPassword) throws IOException {
        log = Path.of("target", "production-jar", "app-" + System.currentTimeMillis() + ".log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx600m", "-XX:+UseSerialGC", "-jar", jar.toAbsolutePath().toString(),
                "--spring.profiles.active=postgres", "--server.port=" + port))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        // The suite's own settings must not reach the installation: SPRING_DATASOURCE_URL would win over
        // PARTNERFLOW_DB_URL and point it at the suite's database.
        env.keySet().removeIf(key -> key.startsWith("SPRING_") || key.startsWith("PARTNERFLOW_") || key.startsWith("CAMUNDA_"));
        env.put("PARTNERFLOW_DB_URL", database);
        env.put("PARTNERFLOW_DB_USER", user());
        env.put("PARTNERFLOW_DB_PASSWORD", password());
        env.put("CAMUNDA_BPM_ADMINUSER_ID", ADMIN);
        env.put("CAMUNDA_BPM_ADMINUSER_PASSWORD", adminPassword);
        env.put("CAMUNDA_BPM_ADMINUSER_FIRSTNAME", "Avril");
        env.put("CAMUNDA_BPM_ADMINUSER_LASTNAME", "Administrator");
        app = builder.start();
    }

    /**
     * Until {@code /actuator/health} answers 200 {"status":"UP"} without sign-in. A jar built before
     * the actuator came has no such endpoint: then until the ready banner is logged and the sign-in
     * page answers.
     */
    private void awaitHealthy(String base, boolean actuator, Duration limit) throws Exception {
        long until = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < until) {
            assertThat(app.isAlive()).as("the application exited while starting:\n" + logTail()).isTrue();
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + (actuator ? "/actuator/health" : "/login")))
                        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
                boolean up = actuator
                        ? answer.statusCode() == 200 && answer.body().matches("(?s).*\"status\"\\s*:\\s*\"UP\".*")
                        : answer.statusCode() == 200 && Files.readString(log, StandardCharsets.ISO_8859_1).contains(READY_BANNER);
                if (up) {
                    return;
                }
            } catch (IOException notListening) {
                // not yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Not healthy within " + limit + ":\n" + logTail());
    }

    private HttpResponse<String> rest(String base, String user, String password, String method, String path, String json)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/engine-rest" + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void signIn(Browser browser, String user, String password) {
        browser.signedInAs(user);
        browser.open("/login");
        browser.type(By.cssSelector("#vaadinLoginUsername input"), user);
        browser.type(By.cssSelector("#vaadinLoginPassword input"), password);
        browser.click(browser.find(By.cssSelector("vaadin-button[slot='submit']")));
        browser.waitFor(d -> d.findElements(By.id("signed-in-as")).isEmpty() ? null : Boolean.TRUE);
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static double seconds(long since) {
        return Math.round((System.nanoTime() - since) / 1e8) / 10.0;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String user() {
        return setting("SPRING_DATASOURCE_USERNAME", "postgres");
    }

    private static String password() {
        return setting("SPRING_DATASOURCE_PASSWORD", "");
    }

    private static String setting(String name, String otherwise) {
        String value = System.getenv(name);
        return value != null ? value : System.getProperty(name, otherwise);
    }
}
