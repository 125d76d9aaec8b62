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
import java.util.TreeMap;
import javax.sql.DataSource;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.task.Task;
import org.instancio.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnerflow.PartnerflowSpringTest;
import org.partnerflow.identity.Role;
import org.partnerflow.referral.WellbeingConcerns;
import org.partnerflow.referral.WellbeingRating;
import org.partnerflow.referral.WellbeingRatings;
import org.partnerflow.testsupport.HostileSeed;
import org.partnerflow.testsupport.HostileValues;
import org.partnerflow.testsupport.TestEnquiries;
import org.partnerflow.testsupport.InputsTried;
import org.partnerflow.testsupport.TestImprovements;
import org.partnerflow.testsupport.TestReferrals;
import org.partnerflow.workflow.form.CamundaForm;
import org.partnerflow.workflow.form.CamundaFormReader;
import org.partnerflow.workflow.form.FormComponent;
import org.partnerflow.workflow.form.FormComponentType;
import org.partnerflow.workflow.form.FormValues;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hostile bodies posted to Camunda REST for real open tasks and process starts: every answer is a
 * 4xx, never a 5xx, and nothing is written (the task stays open with its variables, no row is added
 * anywhere). Bodies are drawn from {@link HostileValues} with the run's seed, named in every failure,
 * so a failing run can be replayed with {@code -Dhostile.seed=<seed>} (see {@link HostileSeed}).
 */
@ExtendWith(HostileSeed.class)
class HostileRestInputTest extends PartnerflowSpringTest {

    private static final InputsTried TRIED = new InputsTried(HostileRestInputTest.class);
    private static final int BODIES_PER_DOOR = 40;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Camunda's variable types, some misspelt or unknown, and none at all. */
    private static final List<String> TYPES = List.of("", "String", "Integer", "Long", "Short", "Double", "Boolean", "Date",
            "Json", "Xml", "Object", "Bytes", "File", "Null", "string", "Frobnicate", "java.lang.Runtime", "<script>");
    /** Every variable type Camunda REST reads a value as. */
    private static final List<String> CAMUNDA_TYPES = List.of("String", "Date", "Integer", "Long", "Short", "Double", "Boolean",
            "Bytes", "File", "Object", "Json", "Xml", "Null");

    @LocalServerPort
    int port;
    @Autowired
    FormService formService;
    @Autowired
    HistoryService historyService;
    @Autowired
    TestReferrals referrals;
    @Autowired
    TestImprovements improvements;
    @Autowired
    DataSource dataSource;
    @Autowired
    WellbeingConcerns concerns;
    @Autowired
    WellbeingRatings ratings;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterAll
    static void writeCounts() {
        TRIED.write();
    }

    @Test
    void hostileCompletionsOfOpenTasksAreRefusedWith4xxAndWriteNothing(HostileValues hostile) throws Exception {
        String user = everyone();
        List<Task> tasks = openTasks(user);
        Map<String, Long> rowsBefore = rowCounts();

        for (Task task : tasks) {
            CamundaForm form = CamundaFormReader.read(formService.getDeployedTaskForm(task.getId()));
            Map<String, Object> variablesBefore = FormValues.plain(taskService.getVariables(task.getId()));
            for (String door : List.of("complete", "submit-form")) {
                for (String body : bodies(form, hostile)) {
                    HttpResponse<String> response = post(user, "/task/" + task.getId() + "/" + door, body);
                    TRIED.add("task " + door);
                    assertRefused(response, door + " " + form.id(), body);
                    assertUntouched(task, user, variablesBefore, body);
                }
            }
        }
        assertThat(rowCounts()).as("rows per table, %s", HostileSeed.replay("task bodies")).isEqualTo(rowsBefore);
    }

    /**
     * Each of Camunda's variable types, for each field of every open task's and every start form, alone:
     * a value whose type is not the field's own is refused at that field by name (a Date for a date field
     * once passed and reached a delegate that reads text: a 500); a value of the field's own type is one
     * its rules refuse. An unknown key rides along so no body can be a valid submission.
     */
    @Test
    void everyCamundaTypeAtEveryFieldIsRefusedAtThatFieldWith4xxAndWritesNothing() throws Exception {
        String user = everyone();
        List<Task> tasks = openTasks(user);
        Map<String, Long> rowsBefore = rowCounts();

        for (Task task : tasks) {
            CamundaForm form = CamundaFormReader.read(formService.getDeployedTaskForm(task.getId()));
            Map<String, Object> variablesBefore = FormValues.plain(taskService.getVariables(task.getId()));
            for (String door : List.of("complete", "submit-form")) {
                for (FormComponent field : form.inputFields()) {
                    for (String type : CAMUNDA_TYPES) {
                        String body = typedBody(field, type);
                        HttpResponse<String> response = post(user, "/task/" + task.getId() + "/" + door, body);
                        TRIED.add("typed values at task fields");
                        assertRefusedAt(response, field, type, door + " " + form.id(), body);
                        assertUntouched(task, user, variablesBefore, body);
                    }
                }
            }
        }
        for (String process : START_FORMS) {
            CamundaForm form = CamundaFormReader.read(formService.getDeployedStartForm(latest(process)));
            for (FormComponent field : form.inputFields()) {
                for (String type : CAMUNDA_TYPES) {
                    String body = typedBody(field, type);
                    HttpResponse<String> response = post(user, "/process-definition/key/" + process + "/submit-form", body);
                    TRIED.add("typed values at start fields");
                    assertRefusedAt(response, field, type, "start " + process, body);
                }
            }
        }
        assertThat(rowCounts()).isEqualTo(rowsBefore);
    }

    /**
     * The tester's request: a referral whose answers are all sound but for the date observed, sent as
     * Camunda's Date type. It passed the validator and failed in the delegate that reads the date as text (500).
     */
    @Test
    void aDateTypedAnswerInAnOtherwiseValidStartFormIsRefusedAtItsFieldAndStartsNothing() throws Exception {
        String user = everyone();
        Map<String, Long> rowsBefore = rowCounts();
        Map<String, Object> concern = new LinkedHashMap<>();
        concern.put("childGivenName", "Ailsa");
        concern.put("childFamilyName", "Dated" + System.nanoTime());
        concern.put("childDateOfBirth", "2016-04-12");
        concern.put("childEstablishment", "eastfield-primary");
        concern.put("observation", "Arrived hungry three days running.");
        concern.put("indicators", List.of("HEALTHY"));
        concern.put("source", "school");
        concern.put("immediateRisk", "no");
        Map<String, Object> variables = restVariables(concern);
        variables.put("observedOn", Map.of("value", "2026-11-18T00:00:00.000+0000", "type", "Date"));

        HttpResponse<String> response = post(user, "/process-definition/key/girfec-referral/submit-form",
                JSON.writeValueAsString(Map.of("variables", variables)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("observedOn: must be a real date (YYYY-MM-DD)");
        assertThat(rowCounts()).isEqualTo(rowsBefore);
    }

    /** A rating is a whole number 1–6: 2.5 is refused at the field, in words, at both REST doors. */
    @Test
    void aFractionalRatingIsRefusedWithASentence() throws Exception {
        String user = everyone();
        Task assessment = openTask(referrals.raise("Fraction" + System.nanoTime()).getId());
        taskService.setAssignee(assessment.getId(), user);
        Map<String, Long> rowsBefore = rowCounts();
        Map<String, Object> variables = restVariables(TestReferrals.assessment("Safe", 4L, false));
        variables.put("ratingSafe", Map.of("value", 2.5, "type", "Double"));
        String body = JSON.writeValueAsString(Map.of("variables", variables));

        for (String door : List.of("complete", "submit-form")) {
            HttpResponse<String> response = post(user, "/task/" + assessment.getId() + "/" + door, body);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(response.body()).contains("ratingSafe: must be a whole number");
        }
        assertThat(taskService.createTaskQuery().taskId(assessment.getId()).count()).isOne();
        assertThat(rowCounts()).isEqualTo(rowsBefore);
    }

    /** A whole rating sent as a Double (3.0) is stored as the same whole number in the engine and in the case record. */
    @Test
    void aWholeRatingSentAsADoubleIsTheSameNumberInTheEngineAndTheRecord() throws Exception {
        String user = everyone();
        var referral = referrals.raise("Whole" + System.nanoTime());
        Task assessment = openTask(referral.getId());
        taskService.setAssignee(assessment.getId(), user);
        Map<String, Object> variables = restVariables(TestReferrals.assessment("Safe", 4L, false));
        variables.put("ratingSafe", Map.of("value", 3.0, "type", "Double"));

        HttpResponse<String> response = post(user, "/task/" + assessment.getId() + "/complete",
                JSON.writeValueAsString(Map.of("variables", variables)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
        Object inEngine = historyService.createHistoricVariableInstanceQuery().processInstanceId(referral.getId())
                .variableName("ratingSafe").singleResult().getValue();
        long concernId = concerns.findByProcessInstanceId(referral.getId()).orElseThrow().getId();
        WellbeingRating recorded = ratings.findByConcernIdOrderByRatedAtAscIndicatorAsc(concernId).stream()
                .filter(r -> r.getIndicator().displayName().equals("Safe")).findFirst().orElseThrow();
        assertThat(inEngine).isEqualTo(3L);
        assertThat(recorded.getRating()).isEqualTo(3);
    }

    /** A business key longer than the engine's column (255) is refused in words, before anything is written. */
    @Test
    void anOverLongBusinessKeyIsRefusedWith400AndStartsNothing() throws Exception {
        String user = everyone();
        Map<String, Long> rowsBefore = rowCounts();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("variables", restVariables(TestEnquiries.valid("Long key " + System.nanoTime())));
        for (int length : new int[] {256, 300, 5_000}) {
            body.put("businessKey", "k".repeat(length));
            HttpResponse<String> response = post(user, "/process-definition/key/partnership-enquiry/submit-form", JSON.writeValueAsString(body));
            TRIED.add("over-long business keys");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(response.body()).contains("The business key must be at most 255 characters");
        }
        assertThat(rowCounts()).isEqualTo(rowsBefore);
    }

    @Test
    void hostileStartFormsAreRefusedWith4xxAndStartNothing(HostileValues hostile) throws Exception {
        String user = everyone();
        Map<String, Long> rowsBefore = rowCounts();

        for (String process : START_FORMS) {
            CamundaForm form = CamundaFormReader.read(formService.getDeployedStartForm(latest(process)));
            for (String body : bodies(form, hostile)) {
                HttpResponse<String> response = post(user, "/process-definition/key/" + process + "/submit-form", body);
                TRIED.add("start submit-form");
                assertRefused(response, "start " + process, body);
            }
        }
        assertThat(rowCounts()).as("rows per table, %s", HostileSeed.replay("start bodies")).isEqualTo(rowsBefore);
    }

    @Test
    void malformedBodiesAndHostileTaskIdsAreRefusedWith4xx(HostileValues hostile) throws Exception {
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
        List<String> ids = new ArrayList<>(List.of("%3Cscript%3E", "'%20OR%20'1'='1", "..%2F..%2Fprocess-definition", "x".repeat(300), "%00",
                task.getId() + "x".repeat(300), "9".repeat(4_000)));
        for (int i = 0; i < 20; i++) {
            ids.add(hostileId(hostile));
        }
        for (String id : ids) {
            assertRefused(post(user, "/task/" + id + "/complete", valid), "task id", id);
            assertRefused(post(user, "/task/" + id + "/submit-form", valid), "task id", id);
            assertRefused(post(user, "/process-definition/" + id + "/submit-form", valid), "definition id", id);
            assertRefused(post(user, "/process-definition/key/" + id + "/submit-form", valid), "definition key", id);
            TRIED.add("hostile ids", 4);
        }
        TRIED.add("malformed bodies", 2);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isOne();
        assertThat(taskService.getVariables(task.getId())).doesNotContainKey("decision");
        assertThat(rowCounts()).isEqualTo(rowsBefore);
    }

    private static final List<String> START_FORMS = List.of("partnership-enquiry", "girfec-referral", "partnership", "action-research");

    /** Three real open tasks with forms (enquiry review, Named Person assessment, improvement challenge), assigned to the user. */
    private List<Task> openTasks(String user) {
        List<Task> tasks = new ArrayList<>();
        tasks.add(raiseEnquiry("Hostile enquiry " + System.nanoTime()));
        tasks.add(openTask(referrals.raise("Hostile" + System.nanoTime()).getId()));
        tasks.add(openTask(improvements.start(user, "Hostile project " + System.nanoTime()).getId()));
        for (Task task : tasks) {
            taskService.setAssignee(task.getId(), user);
        }
        return tasks;
    }

    private String latest(String process) {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(process).latestVersion().singleResult().getId();
    }

    private void assertUntouched(Task task, String user, Map<String, Object> variablesBefore, String body) {
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult())
                .as(seedSays(body)).isNotNull().extracting(Task::getAssignee).isEqualTo(user);
        assertThat(FormValues.plain(taskService.getVariables(task.getId()))).as(seedSays(body)).isEqualTo(variablesBefore);
    }

    /** A 400 whose message names the field (it is refused there, not only for other fields left empty). */
    private void assertRefusedAt(HttpResponse<String> response, FormComponent field, String type, String where, String body)
            throws Exception {
        assertThat(response.statusCode()).as("%s, %s at %s answered %d: %s%n%s", where, type, field.key(), response.statusCode(),
                abbreviated(response.body()), abbreviated(body)).isEqualTo(400);
        String message = JSON.readTree(response.body()).path("message").asText();
        assertThat(message).as("%s: %s", where, body).isNotBlank().contains("notAField: is not a field of this form");
        // null may leave a field empty, and any true or false is a checkbox's own value: only the unknown key is wrong then.
        boolean mayBeSound = "Null".equals(type) || "Boolean".equals(type) && field.type() == FormComponentType.CHECKBOX;
        if (!mayBeSound) {
            assertThat(message).as("%s, %s at %s: %s", where, type, field.key(), body).containsPattern("[:;] " + field.key() + ": \\w");
        }
    }

    /**
     * One field's value as REST carries a variable of the given type. Where the type is the field's own,
     * the value is one its rules refuse (a control character, out of range, a fraction, an unknown choice).
     */
    private static String typedBody(FormComponent field, String type) throws Exception {
        Map<String, Object> dto = new LinkedHashMap<>();
        dto.put("type", type);
        dto.put("value", switch (type) {
            case "String" -> "2026-05-14\u0000";
            case "Date" -> "2026-05-14T10:30:00.000+0000";
            case "Integer" -> Integer.MAX_VALUE;
            case "Long" -> Long.MAX_VALUE;
            case "Short" -> Short.MAX_VALUE;
            case "Double" -> 2.5;
            case "Boolean" -> true;
            case "Bytes", "File" -> "YWNjZXB0";
            case "Object" -> "[\"org-1\"]";
            case "Json" -> field.type() == FormComponentType.CHECKLIST
                    || field.type() == FormComponentType.TAGLIST ? "[\"x\\u0000\"]" : "[\"org-1\"]";
            case "Xml" -> "<a>org-1</a>";
            default -> null;
        });
        if ("File".equals(type)) {
            dto.put("valueInfo", Map.of("filename", "answer.txt", "mimetype", "text/plain"));
        }
        if ("Object".equals(type)) {
            dto.put("valueInfo", Map.of("objectTypeName", "java.util.ArrayList", "serializationDataFormat", "application/json"));
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(field.key(), dto);
        variables.put("notAField", Map.of("value", "x", "type", "String"));
        return JSON.writeValueAsString(Map.of("variables", variables));
    }

    /** Form values in Camunda's REST variable format: lists as Json, as Tasklist sends them. */
    private static Map<String, Object> restVariables(Map<String, Object> values) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            out.put(e.getKey(), e.getValue() instanceof List<?> list ? Map.of("value", JSON.writeValueAsString(list), "type", "Json")
                    : Map.of("value", e.getValue()));
        }
        return out;
    }

    /** An id as an attacker would put it in a path: hostile text, percent-encoded, sometimes very long. */
    private static String hostileId(HostileValues hostile) {
        String text = hostile.random().trueOrFalse() ? hostile.anyText() : "x".repeat(hostile.random().intRange(256, 6_000));
        return java.net.URLEncoder.encode(text.isEmpty() ? "%20" : text, StandardCharsets.UTF_8).replace("+", "%20");
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

    private static String seedSays(String body) {
        return HostileSeed.replay("body " + abbreviated(body));
    }

    private static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "… (" + text.length() + " chars)" : text;
    }

    /**
     * Bodies in Camunda's variable format for this form: any of the form's fields and up to two unknown
     * keys, each with a hostile value, a type (or none) and sometimes a valueInfo; one field always holds
     * a value its form refuses, so no body is a valid submission.
     */
    private static List<String> bodies(CamundaForm form, HostileValues hostile) throws Exception {
        Random random = hostile.random();
        List<String> keys = new ArrayList<>(form.inputFieldsByKey().keySet());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < BODIES_PER_DOOR; i++) {
            Map<String, Object> all = new LinkedHashMap<>();
            for (String key : keys) {
                if (random.trueOrFalse()) {
                    all.put(key, variable(hostile));
                }
            }
            all.putAll(hostile.hostileKeys(2, 2_000, () -> variable(hostile)));
            all.put(keys.isEmpty() ? "unknownField" : random.oneOf(keys), Map.of("value", hostile.refusedText(), "type", "String"));
            out.add(JSON.writeValueAsString(Map.of("variables", all)));
        }
        return out;
    }

    /** One variable: a hostile value, a real, misspelt or missing type, sometimes a valueInfo. */
    private static Map<String, Object> variable(HostileValues hostile) {
        Map<String, Object> dto = new LinkedHashMap<>();
        dto.put("value", valueAsJson(hostile));
        String type = hostile.random().oneOf(TYPES);
        if (!type.isEmpty()) {
            dto.put("type", type);
        }
        Map<String, Object> info = valueInfo(hostile.random());
        if (info != null) {
            dto.put("valueInfo", info);
        }
        return dto;
    }

    /** A hostile value as JSON can carry it: text, numbers, booleans, lists, objects, null. */
    private static Object valueAsJson(HostileValues hostile) {
        switch (hostile.random().intRange(0, 2)) {
            case 0:
                return hostile.hostileText();
            case 1:
                Object v;
                do {
                    v = hostile.wrongType();
                } while (v instanceof FormValues.NotAFormValue);
                return v instanceof Double d && !Double.isFinite(d) ? d.toString() : v;
            default:
                return null;
        }
    }

    private static Map<String, Object> valueInfo(Random random) {
        return switch (random.intRange(0, 2)) {
            case 0 -> null;
            case 1 -> Map.of("objectTypeName", random.oneOf("java.lang.ProcessBuilder", "java.util.ArrayList", "<script>", ""),
                    "serializationDataFormat", random.oneOf("application/json", "application/x-java-serialized-object", "application/xml", "text/plain"));
            default -> Map.of("filename", "../../etc/passwd", "mimetype", "text/html");
        };
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
