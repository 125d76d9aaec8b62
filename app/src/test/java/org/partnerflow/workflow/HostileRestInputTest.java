package org.partnerflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import javax.sql.DataSource;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.sessions.JqwikSession;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.identity.Role;
import org.partnerflow.testsupport.HostileValues;
import org.partnerflow.testsupport.InputsTried;
import org.partnerflow.testsupport.TestImprovements;
import org.partnerflow.testsupport.TestReferrals;
import org.partnerflow.workflow.form.CamundaForm;
import org.partnerflow.workflow.form.CamundaFormReader;
import org.partnerflow.workflow.form.FormComponent;
import org.partnerflow.workflow.form.FormValues;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hostile bodies posted to Camunda REST for real open tasks and process starts: every answer is a
 * 4xx, never a 5xx, and nothing is written (the task stays open with its variables, no row is added
 * anywhere). Bodies are drawn from jqwik generators with a seed named in every failure, so a failing
 * run can be replayed with {@code -Dhostile.seed=<seed>}.
 */
class HostileRestInputTest extends PartnerflowSpringTest {

    private static final InputsTried TRIED = new InputsTried(HostileRestInputTest.class);
    private static final int BODIES_PER_DOOR = 40;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Camunda's variable types, some misspelt or unknown, and none at all. */
    private static final List<String> TYPES = List.of("", "String", "Integer", "Long", "Short", "Double", "Boolean", "Date",
            "Json", "Xml", "Object", "Bytes", "File", "Null", "string", "Frobnicate", "java.lang.Runtime", "<script>");

    @LocalServerPort
    int port;
    @Autowired
    FormService formService;
    @Autowired
    TestReferrals referrals;
    @Autowired
    TestImprovements improvements;
    @Autowired
    DataSource dataSource;

    private final HttpClient http = HttpClient.newHttpClient();
    private final long seed = Long.getLong("hostile.seed", System.nanoTime());
    private final Random random = new Random(seed);

    @AfterAll
    static void writeCounts() {
        TRIED.write();
    }

    @Test
    void hostileCompletionsOfOpenTasksAreRefusedWith4xxAndWriteNothing() throws Exception {
        String user = everyone();
        List<Task> tasks = new ArrayList<>();
        tasks.add(raiseEnquiry("Hostile enquiry " + System.nanoTime()));
        tasks.add(openTask(referrals.raise("Hostile" + System.nanoTime()).getId()));
        tasks.add(openTask(improvements.start(user, "Hostile project " + System.nanoTime()).getId()));
        for (Task task : tasks) {
            taskService.setAssignee(task.getId(), user);
        }
        Map<String, Long> rowsBefore = rowCounts();

        JqwikSession.start();
        try {
            for (Task task : tasks) {
                CamundaForm form = CamundaFormReader.read(formService.getDeployedTaskForm(task.getId()));
                Map<String, Object> variablesBefore = FormValues.plain(taskService.getVariables(task.getId()));
                for (String door : List.of("complete", "submit-form")) {
                    for (String body : bodies(form)) {
                        HttpResponse<String> response = post(user, "/task/" + task.getId() + "/" + door, body);
                        TRIED.add("task " + door);
                        assertRefused(response, door + " " + form.id(), body);
                        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult())
                                .as(seedSays(body)).isNotNull().extracting(Task::getAssignee).isEqualTo(user);
                        assertThat(FormValues.plain(taskService.getVariables(task.getId()))).as(seedSays(body)).isEqualTo(variablesBefore);
                    }
                }
            }
        } finally {
            JqwikSession.finish();
        }
        assertThat(rowCounts()).as("rows per table, seed %d", seed).isEqualTo(rowsBefore);
    }

    @Test
    void hostileStartFormsAreRefusedWith4xxAndStartNothing() throws Exception {
        String user = everyone();
        Map<String, Long> rowsBefore = rowCounts();

        JqwikSession.start();
        try {
            for (String process : List.of("partnership-enquiry", "girfec-referral", "partnership", "action-research")) {
                String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(process)
                        .latestVersion().singleResult().getId();
                CamundaForm form = CamundaFormReader.read(formService.getDeployedStartForm(definitionId));
                for (String body : bodies(form)) {
                    HttpResponse<String> response = post(user, "/process-definition/key/" + process + "/submit-form", body);
                    TRIED.add("start submit-form");
                    assertRefused(response, "start " + process, body);
                }
            }
        } finally {
            JqwikSession.finish();
        }
        assertThat(rowCounts()).as("rows per table, seed %d", seed).isEqualTo(rowsBefore);
    }

    @Test
    void malformedBodiesAndHostileTaskIdsAreRefusedWith4xx() throws Exception {
        String user = everyone();
        Task task = raiseEnquiry("Hostile malformed " + System.nanoTime());
        taskService.setAssignee(task.getId(), user);
        Map<String, Long> rowsBefore = rowCounts();
        String valid = "{\"variables\":{\"decision\":{\"value\":\"accept\"}}}";
        List<String> malformed = new ArrayList<>(List.of("", " ", "{", "}", "[", "null", "true", "42", "\"text\"", "[]",
                "{\"variables\":", "{\"variables\":[]}", "{\"variables\":\"x\"}", "{\"variables\":{\"decision\":\"accept\"}}",
                "{\"variables\":{\"decision\":[\"accept\"]}}", "{\"variables\":{\"decision\":{\"value\":{\"a\":1},\"type\":\"String\"}}}",
                "{\"variables\":{\"decision\":{\"value\":\"accept\",\"type\":\"Integer\"}}}",
                "{\"variables\":{\"decision\":{\"value\":\"99999999999999999999\",\"type\":\"Integer\"}}}",
                "{\"variables\":{\"decision\":{\"value\":\"x\",\"type\":\"Date\"}}}",
                "{\"variables\":{\"decision\":{\"value\":\"rO0ABXQABWhlbGxv\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":"
                        + "\"java.lang.String\",\"serializationDataFormat\":\"application/x-java-serialized-object\"}}}}",
                "{\"variables\":{\"decision\":{\"value\":\"{}\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":"
                        + "\"java.lang.ProcessBuilder\",\"serializationDataFormat\":\"application/json\"}}}}",
                "{\"variables\":{\"decision\":{\"value\":\"<a/>\",\"type\":\"Xml\"}}}",
                "{\"variables\":{\"decision\":{\"value\":\"\\\"accept\\\"\",\"type\":\"Json\"}}}",
                "{\"variables\":{\"decision\":{\"value\":\"YWNjZXB0\",\"type\":\"Bytes\"}}}",
                "{\"variables\":{\"decision\":{\"value\":\"YWNjZXB0\",\"type\":\"File\",\"valueInfo\":{\"filename\":\"../../x.sh\"}}}}",
                "{\"variables\":{\"decision\":{\"value\":\"accept\"}},\"withVariablesInReturn\":\"yes\"}",
                "{\"variables\":{\"decision\":{\"value\":\"accept\\u0000\"}}}",
                "{\"variables\":{\"\\u0000\":{\"value\":\"accept\"}}}",
                "{\"variables\":{\"decision\":{\"value\":\"\\ud800\"}}}",
                "[".repeat(5_000) + "]".repeat(5_000),
                "{\"variables\":{\"decision\":{\"value\":" + "[".repeat(3_000) + "]".repeat(3_000) + "}}}"));
        for (int cut = 1; cut < valid.length(); cut += 3) {
            malformed.add(valid.substring(0, cut));
        }
        for (String body : malformed) {
            assertRefused(post(user, "/task/" + task.getId() + "/complete", body), "malformed", body);
            TRIED.add("malformed bodies");
        }
        assertRefused(postRaw(user, "/task/" + task.getId() + "/complete", "text/plain", valid.getBytes(StandardCharsets.UTF_8)),
                "text/plain", valid);
        assertRefused(postRaw(user, "/task/" + task.getId() + "/complete", "application/json",
                new byte[] {'{', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '}'}), "bytes that are not UTF-8", "{\\xC3(\\xFF}");
        for (String id : List.of("%3Cscript%3E", "'%20OR%20'1'='1", "..%2F..%2Fprocess-definition", "x".repeat(300), "%00")) {
            assertRefused(post(user, "/task/" + id + "/complete", valid), "task id", id);
            TRIED.add("hostile task ids");
        }
        TRIED.add("malformed bodies", 2);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isOne();
        assertThat(taskService.getVariables(task.getId())).doesNotContainKey("decision");
        assertThat(rowCounts()).isEqualTo(rowsBefore);
    }

    /** A test person in every role, so the guard's permission checks pass and only the values decide. */
    private String everyone() {
        return people.ensure("test-hostile", Role.values());
    }

    private Task openTask(String processInstanceId) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).list().get(0);
    }

    private void assertRefused(HttpResponse<String> response, String where, String body) {
        assertThat(response.statusCode()).as("%s answered %d: %s%n%s", where, response.statusCode(), abbreviated(response.body()), seedSays(body))
                .isBetween(400, 499);
    }

    private String seedSays(String body) {
        return "seed " + seed + ", body " + abbreviated(body);
    }

    private static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "… (" + text.length() + " chars)" : text;
    }

    /**
     * Bodies in Camunda's variable format for this form: every field of the form and up to two unknown
     * keys, each with a hostile value, a type (or none) and sometimes a valueInfo; one field always holds
     * a value its form refuses, so no body is a valid submission.
     */
    private List<String> bodies(CamundaForm form) throws Exception {
        List<String> keys = new ArrayList<>(form.inputFieldsByKey().keySet());
        Arbitrary<Map<String, Object>> variable = Combinators.combine(valueAsJson(), Arbitraries.of(TYPES), valueInfo())
                .as((value, type, info) -> {
                    Map<String, Object> dto = new LinkedHashMap<>();
                    dto.put("value", value);
                    if (!type.isEmpty()) {
                        dto.put("type", type);
                    }
                    if (info != null) {
                        dto.put("valueInfo", info);
                    }
                    return dto;
                });
        Arbitrary<Map<String, Object>> variables = Combinators.combine(
                Arbitraries.subsetOf(keys).flatMap(chosen -> variable.list().ofSize(chosen.size()).map(v -> zip(List.copyOf(chosen), v))),
                Arbitraries.maps(HostileValues.hostileText().filter(k -> k.length() < 2_000), variable).ofMaxSize(2),
                keys.isEmpty() ? Arbitraries.just("unknownField") : Arbitraries.of(keys),
                HostileValues.refusedText())
                .as((fields, unknown, breached, refused) -> {
                    Map<String, Object> all = new LinkedHashMap<>(fields);
                    all.putAll(unknown);
                    all.put(breached, Map.of("value", refused, "type", "String"));
                    return all;
                });
        List<String> out = new ArrayList<>();
        var generator = variables.generator(1_000);
        for (int i = 0; i < BODIES_PER_DOOR; i++) {
            out.add(JSON.writeValueAsString(Map.of("variables", generator.next(random).value())));
        }
        return out;
    }

    private static Map<String, Object> zip(List<String> keys, List<Map<String, Object>> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            out.put(keys.get(i), values.get(i));
        }
        return out;
    }

    /** A hostile value as JSON can carry it: text, numbers, booleans, lists, objects, null. */
    private static Arbitrary<Object> valueAsJson() {
        return Arbitraries.oneOf(HostileValues.hostileText().map(s -> (Object) s),
                HostileValues.wrongTypes().filter(v -> !(v instanceof FormValues.NotAFormValue)).map(v -> v instanceof Double d && !Double.isFinite(d) ? d.toString() : v),
                Arbitraries.just(null));
    }

    private static Arbitrary<Map<String, Object>> valueInfo() {
        return Arbitraries.oneOf(Arbitraries.just(null),
                Arbitraries.of("java.lang.ProcessBuilder", "java.util.ArrayList", "<script>", "").flatMap(type ->
                        Arbitraries.of("application/json", "application/x-java-serialized-object", "application/xml", "text/plain")
                                .map(format -> Map.of("objectTypeName", type, "serializationDataFormat", format))),
                Arbitraries.just(Map.of("filename", "../../etc/passwd", "mimetype", "text/html")));
    }

    private HttpResponse<String> post(String user, String path, String json) throws Exception {
        return postRaw(user, path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> postRaw(String user, String path, String contentType, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest" + path))
                .header("Content-Type", contentType)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + org.partnerflow.testsupport.TestPeople.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Rows in every table of the schema (the engine's and the case records'), to show a refusal wrote nothing. */
    private Map<String, Long> rowCounts() throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                try (var st = c.createStatement(); ResultSet rs = st.executeQuery("select count(*) from \"" + table + "\"")) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        assertThat(counts).isNotEmpty();
        return counts;
    }
}
