package org.partnerflow.reliability;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.partnerflow.identity.DemoPeople;

/**
 * One Partnerflow application as its own operating-system process on PostgreSQL, as it runs in
 * production: a child JVM on the test's own classpath (test classes left out), the {@code postgres}
 * and {@code demo} profiles (the demo people sign in), answered only over HTTP. It can be stopped
 * with SIGKILL. Every node started is killed when the test JVM exits, should a test not get to it.
 *
 * <p>Vaadin runs in production mode without a front-end bundle: no npm build at start-up. These tests
 * use the REST API only; the UI's pages would not load in such a node.
 */
final class AppNode implements AutoCloseable {

    static final String PASSWORD = DemoPeople.DEMO_PASSWORD;
    /** SIGKILL: a process killed by signal 9 exits with 128 + 9. */
    private static final int KILLED = 137;
    private static final Pattern INSTANCE_ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly)));
    }

    final String name;
    final int port;
    final Path log;
    private final Process process;
    /** Seconds from launch until it answered a signed-in request. */
    double startSeconds;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private AppNode(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /**
     * Starts a node named {@code name} (the engine's hostname: the job log and job locks name it) and
     * waits until it answers a signed-in request. {@code settings} are Spring arguments, e.g.
     * {@code --partnerflow.referral.child-protection-escalation=PT20S}.
     */
    /** What the application logs when it is ready (ApplicationReadyEvent: after every runner, the demo data's too). */
    private static final String READY_BANNER = "Partnerflow is running at";

    static AppNode start(String name, ReliabilityDatabase database, List<String> settings) throws Exception {
        int port = freePort();
        Path log = Path.of("target", "reliability", name + "-" + System.currentTimeMillis() + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx600m", "-XX:+UseSerialGC", "-cp", applicationClasspath(), "org.partnerflow.PartnerflowApplication",
                "--spring.profiles.active=postgres,demo", "--server.port=" + port, "--vaadin.productionMode=true",
                "--camunda.bpm.generic-properties.properties.hostname=" + name));
        command.addAll(settings);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SPRING_DATASOURCE_URL", database.url);
        builder.environment().put("SPRING_DATASOURCE_USERNAME", database.user);
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", database.password);
        long launchedAt = System.nanoTime();
        Process process = builder.start();
        RUNNING.add(process);
        AppNode node = new AppNode(name, port, log, process);
        try {
            node.awaitAnswering(Duration.ofSeconds(180));
            node.startSeconds = Math.round((System.nanoTime() - launchedAt) / 1e8) / 10.0;
        } catch (Exception | AssertionError e) {
            node.close();
            throw e;
        }
        return node;
    }

    /** The test's classpath without test classes: the application as packaged, with its dependencies. */
    private static String applicationClasspath() {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classpath.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("-tests.jar"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void awaitAnswering(Duration limit) throws Exception {
        long until = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new AssertionError("Node " + name + " exited with " + process.exitValue() + " while starting:\n" + logTail());
            }
            try {
                // Answering is not enough: the demo runners go on after the server starts (the concerns the
                // tests raise need the school DemoEstablishments makes); the banner is logged once they are done.
                if (get("admin", "/engine").statusCode() == 200 && new String(Files.readAllBytes(log), java.nio.charset.StandardCharsets.ISO_8859_1).contains(READY_BANNER)) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Node " + name + " did not answer within " + limit + ":\n" + logTail());
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    HttpResponse<String> get(String user, String path) throws IOException, InterruptedException {
        return http.send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String user, String path, String json) throws IOException, InterruptedException {
        return send(user, path, "POST", json);
    }

    HttpResponse<String> send(String user, String path, String method, String json) throws IOException, InterruptedException {
        return http.send(request(user, path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String user, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest" + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Raises a wellbeing concern about Ailsa {familyName} through the referral's start form, as the
     * practitioner morag; returns the process instance id the application acknowledged.
     *
     * @throws IOException           when no answer came (the node is down or died mid-request)
     * @throws IllegalStateException when the node answered with anything but an acknowledgement
     */
    String raiseConcern(String familyName, boolean immediateRisk) throws IOException, InterruptedException {
        HttpResponse<String> response = post("morag", "/process-definition/key/girfec-referral/submit-form", """
                {"variables":{"childGivenName":{"value":"Ailsa"},"childFamilyName":{"value":"%s"},
                 "childDateOfBirth":{"value":"2016-04-12"},"childEstablishment":{"value":"eastfield-primary-school"},
                 "observedOn":{"value":"2026-11-18"},"observation":{"value":"Arrived hungry three days running."},
                 "indicators":{"value":"[\\"HEALTHY\\",\\"NURTURED\\"]","type":"Json"},"source":{"value":"school"},
                 "immediateRisk":{"value":"%s"}}}""".formatted(familyName, immediateRisk ? "yes" : "no"));
        Matcher id = INSTANCE_ID.matcher(response.body());
        if (response.statusCode() != 200 || !id.find()) {
            throw new IllegalStateException("Not acknowledged: " + response.statusCode() + " " + response.body());
        }
        return id.group(1);
    }

    /** Kills the node with SIGKILL, as a power cut or the kernel's OOM killer would, and checks it was. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        int exit = process.waitFor();
        RUNNING.remove(process);
        if (exit != KILLED) {
            throw new AssertionError("Node " + name + " was meant to die of SIGKILL (exit 137) but exited with " + exit);
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        RUNNING.remove(process);
    }
}
