package org.partnerflow.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.Path;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.IntPredicate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.impl.DefaultProcessEngineRestServiceImpl;
import org.camunda.bpm.engine.rest.impl.NamedProcessEngineRestServiceImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.partnerflow.identity.Role;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine REST access matrix, for every door and path form that serves it: every resource family of
 * Camunda's REST API (read from Camunda's own root resources, so a family the engine adds cannot
 * escape), its list and its main writes, × every role, the authorities' columns and anonymous. C casework
 * (everyone signed in), O case data straight from the engine (administrators: {@code ENGINE_OVERSEERS}),
 * A administration (administrators only). A refused column gets 403 with the refusal in the access log; an
 * allowed one gets past security (neither 401 nor 403) and no 500 but for those named in
 * {@link #ENGINE_500S_LEFT}. Most ids are ones that do not exist, so nothing shared changes: an unknown
 * id is a 404, an incomplete body a 400. The rows with {@code {case}} and {@code {caseTask}} name a real
 * Glasgow City case (a concern at Eastfield Primary) and its open task, and change nothing of it.
 *
 * <p>The authority dimension (issue 17): besides one person per role (all of Glasgow City), every row is
 * run as a manager of the case's own council, of another council, of the region, and a regional
 * administrator. The engine API cannot keep a manager to their council, so no manager reads or changes
 * case data through it, whichever council; administrators do, wherever they belong. The counts of a run
 * are written to {@code target/access-matrix/<form>.properties}.
 */
public final class EngineApiMatrix {

    /** Who a row is for: C casework (everyone signed in), O case data through the engine (administrators), A administration. */
    public enum Who { C, O, A }

    /**
     * One column of the matrix: a person and the role the door's rule judges them by. The role columns
     * belong to Glasgow City (TestPeople.AUTHORITY), as does the case the {@code {case}} rows name.
     */
    public record Column(String name, String person, Role role) {
    }

    /**
     * The only calls whose mistakes the engine still answers with a 500 (a generic ProcessEngineException
     * that cannot be told apart from a real failure): a condition no start event waits for, and a tenant
     * id the engine's pattern refuses. Unknown ids and incomplete bodies are 404 and 400
     * (EngineRestRequests, IncompleteRequests); any other 500 fails the matrix.
     */
    public static final Set<String> ENGINE_500S_LEFT = Set.of("POST /condition", "POST /tenant/create");

    public record Call(String method, String path, String body, Who who) {

        /**
         * The call for a person: {me} and {member} them (an administrator's {member} a throwaway person),
         * {unique} a fresh name, {case} and {caseTask} the Glasgow City case and its open task.
         */
        public Call withMe(String me, String someoneElse, String member, String unique, GlasgowCase glasgow) {
            return new Call(method, fill(path, me, someoneElse, member, unique, glasgow),
                    body == null ? null : fill(body, me, someoneElse, member, unique, glasgow), who);
        }

        private static String fill(String text, String me, String someoneElse, String member, String unique, GlasgowCase glasgow) {
            return text.replace("{me}", me).replace("{someoneElse}", someoneElse).replace("{member}", member).replace("{unique}", unique)
                    .replace("{caseTask}", glasgow.task()).replace("{case}", glasgow.processInstance());
        }

        public String family() {
            String[] parts = path.split("[/?]");
            return "/" + (parts[1].equals("schema") ? "schema/" + parts[2] : parts[1]);
        }

        /** The call's URL on a form rooted at {@code root}; the list of engines is the named form's own root. */
        public String url(String door, String root) {
            return (path.equals("/engine") || path.startsWith("/engine?") ? door : root) + path;
        }
    }

    /** Sends one call as a person ({@code null}: anonymous). */
    public interface Sender {
        HttpResponse<String> send(String user, Call call) throws Exception;
    }

    static final String TABLE = """
            C GET    /process-definition?maxResults=10
            O GET    /process-definition/statistics
            O GET    /process-definition/key/girfec-referral/statistics
            O GET    /process-definition/key/partnership/statistics
            O GET    /process-definition/key/action-research/statistics
            C POST   /process-definition/key/no-such-process/start                {}
            C POST   /process-definition/key/no-such-process/submit-form          {}
            C POST   /process-definition/no-such-definition/start                 {}
            C POST   /process-definition/no-such-definition/submit-form           {}
            O PUT    /process-definition/no-such-definition/suspended             {"suspended":true}
            A DELETE /process-definition/no-such-definition
            O GET    /process-instance?maxResults=10
            O GET    /process-instance/{case}
            O GET    /process-instance/{case}/variables
            O POST   /process-instance/{case}/variables                           {}
            O GET    /process-instance/{case}/activity-instances
            O POST   /process-instance?maxResults=10                              {}
            O GET    /process-instance/no-such-instance/variables
            O POST   /process-instance/no-such-instance/variables                 {}
            O DELETE /process-instance/no-such-instance
            O POST   /process-instance/delete                                     {}
            O POST   /process-instance/no-such-instance/modification              {}
            O GET    /execution?maxResults=10
            O GET    /execution?processInstanceId={case}
            O POST   /execution/no-such-execution/signal                          {}
            O GET    /task?maxResults=10
            O GET    /task?processInstanceId={case}
            O GET    /task/{caseTask}
            O GET    /task/{caseTask}/variables
            O GET    /task/{caseTask}/form-variables
            O POST   /task/{caseTask}/variables                                   {}
            O GET    /task/{caseTask}/identity-links
            C GET    /task/no-such-task/deployed-form
            C GET    /task/{caseTask}/deployed-form
            O POST   /task?maxResults=10                                          {}
            C POST   /task/no-such-task/complete                                  {}
            C POST   /task/no-such-task/submit-form                               {}
            C POST   /task/no-such-task/claim                                     {"userId":"{me}"}
            C POST   /task/no-such-task/unclaim                                   {}
            C POST   /task/no-such-task/assignee                                  {"userId":"{me}"}
            O POST   /task/no-such-task/delegate                                  {"userId":"{me}"}
            O POST   /task/no-such-task/resolve                                   {}
            O POST   /task/no-such-task/identity-links                            {"userId":"{me}","type":"candidate"}
            O DELETE /task/no-such-task
            O POST   /task/no-such-task/comment/create                            {"message":"x"}
            O GET    /task/no-such-task/variables
            O POST   /task/no-such-task/variables                                 {}
            O PUT    /task/no-such-task/variables/x                               {"value":1,"type":"Integer"}
            O GET    /variable-instance?maxResults=10
            O GET    /variable-instance?processInstanceIdIn={case}
            O GET    /history/process-instance?maxResults=10
            O GET    /history/process-instance/{case}
            O GET    /history/task?processInstanceId={case}
            O GET    /history/activity-instance?processInstanceId={case}
            O POST   /history/process-instance?maxResults=10                      {}
            O GET    /history/variable-instance?maxResults=10
            O GET    /history/variable-instance?processInstanceId={case}
            O GET    /history/user-operation?maxResults=10
            O GET    /history/user-operation?processInstanceId={case}
            O DELETE /history/process-instance/no-such-instance
            C GET    /deployment?maxResults=10
            A POST   /deployment/create                                           {}
            A DELETE /deployment/no-such-deployment
            O GET    /job?maxResults=10
            O GET    /job?processInstanceId={case}
            O POST   /job/no-such-job/execute                                     {}
            O PUT    /job/no-such-job/retries                                     {"retries":1}
            O GET    /job-definition?maxResults=10
            O GET    /incident?maxResults=10
            O GET    /incident?processInstanceId={case}
            C GET    /user?maxResults=10
            A POST   /user/create                                                 {"profile":{"id":"matrix-{unique}","firstName":"M","lastName":"R","email":"m@example.org"},"credentials":{"password":"matrix-password-1"}}
            A PUT    /user/no-such-user/credentials                               {"password":"matrix-password-2","authenticatedUserPassword":"test-password"}
            A DELETE /user/no-such-user
            C GET    /group?maxResults=10
            A POST   /group/create                                                {"id":"matrix-{unique}","name":"Matrix","type":"WORKFLOW"}
            A PUT    /group/manager/members/{member}
            A DELETE /group/no-such-group
            O GET    /authorization?maxResults=10
            A POST   /authorization/create                                        {}
            O GET    /tenant?maxResults=10
            A POST   /tenant/create                                               {"id":"matrix-{unique}","name":"Matrix"}
            C GET    /identity/groups?userId={me}
            O POST   /identity/verify                                             {"username":"no-such-user","password":"x"}
            O GET    /identity/password-policy
            O GET    /filter?maxResults=10
            O DELETE /filter/no-such-filter
            C GET    /decision-definition?maxResults=10
            O POST   /decision-definition/key/no-such-decision/evaluate           {}
            O GET    /decision-requirements-definition?maxResults=10
            O POST   /message                                                     {"messageName":"no-such-message"}
            O POST   /signal                                                      {"name":"no-such-signal"}
            O POST   /condition                                                   {}
            O GET    /external-task?maxResults=10
            O GET    /external-task?processInstanceId={case}
            O POST   /external-task/fetchAndLock                                  {"workerId":"matrix","maxTasks":1,"topics":[]}
            O GET    /batch?maxResults=10
            O GET    /metrics/activity-instance/sum
            O POST   /migration/execute                                           {}
            O POST   /modification/execute                                        {}
            O GET    /event-subscription?maxResults=10
            O GET    /event-subscription?processInstanceId={case}
            O GET    /case-definition?maxResults=10
            O GET    /case-instance?maxResults=10
            O GET    /case-execution?maxResults=10
            O GET    /optimize/activity-instance/completed?maxResults=10
            O GET    /schema/log?maxResults=10
            O GET    /telemetry/data
            C GET    /version
            C GET    /engine
            """;

    public static List<Call> calls() {
        return TABLE.lines().filter(l -> !l.isBlank()).map(l -> {
            String[] cells = l.trim().split("\\s+", 4);
            return new Call(cells[1], cells[2], cells.length > 3 ? cells[3] : null, Who.valueOf(cells[0]));
        }).toList();
    }

    private final TestPeople people;
    private final TestReferrals referrals;
    private final TaskService tasks;
    private final JdbcTemplate jdbc;
    private final IdentityService identityService;

    public EngineApiMatrix(TestPeople people, TestReferrals referrals, TaskService tasks, JdbcTemplate jdbc, IdentityService identityService) {
        this.people = people;
        this.referrals = referrals;
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.identityService = identityService;
    }

    /** The case the {@code {case}} rows name: a Glasgow City child's concern and its open task. */
    public record GlasgowCase(String processInstance, String task) {
    }

    /** Raises the case: a concern about a child at Eastfield Primary, a Glasgow City school. */
    private GlasgowCase glasgowCase() {
        ProcessInstance referral = referrals.raise(people.ensure(Role.PRACTITIONER), "Ailsa", "Matrix" + System.nanoTime(),
                "Eastfield Primary", null, "no");
        Task open = tasks.createTaskQuery().processInstanceId(referral.getId()).singleResult();
        return new GlasgowCase(referral.getId(), open.getId());
    }

    /**
     * The columns: one person per role (each of Glasgow City), then the authorities' columns on the
     * Glasgow City case: a manager of its own council, of another council, of the region, and an
     * administrator who belongs to the region.
     */
    public List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        for (Role role : Role.values()) {
            columns.add(new Column(role.groupId(), people.ensure(role), role));
        }
        columns.add(new Column("manager of glasgow-city (the case's council)",
                people.ensureIn("test-manager-glasgow-city", List.of("glasgow-city"), Role.MANAGER), Role.MANAGER));
        columns.add(new Column("manager of renfrewshire (another council)",
                people.ensureIn("test-manager-renfrewshire", List.of("renfrewshire"), Role.MANAGER), Role.MANAGER));
        columns.add(new Column("manager of west-partnership (the region)",
                people.ensureIn("test-manager-regional", List.of("west-partnership"), Role.MANAGER), Role.MANAGER));
        columns.add(new Column("administrator of west-partnership (the region)",
                people.ensureIn("test-admin-regional", List.of("west-partnership"), Role.ADMIN), Role.ADMIN));
        return columns;
    }

    /** Every resource family Camunda's REST root serves on this form (plain or by engine name) has at least one row. */
    public static void assertEveryCamundaFamilyHasARow(List<Call> calls, boolean named) {
        Set<String> families = new TreeSet<>();
        Class<?> root = named ? NamedProcessEngineRestServiceImpl.class : DefaultProcessEngineRestServiceImpl.class;
        Arrays.stream(root.getMethods()).map(m -> m.getAnnotation(Path.class))
                .filter(p -> p != null).forEach(p -> families.add(p.value().replace("/{name}", "")));
        families.add("/engine");
        assertThat(families).as("Camunda's REST resource families").hasSizeGreaterThan(25);
        Set<String> covered = calls.stream().map(Call::family).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        assertThat(covered).as("families with a row in the matrix").containsAll(families);
    }

    /**
     * Runs every call as anonymous and as every column ({@link #columns}). {@code allowed} says who the
     * door lets through, by the column's role; {@code anonymousAnswer} what anonymous callers must get;
     * the counts go to {@code report}.properties.
     */
    public void run(List<Call> calls, Sender sender, BiPredicate<Who, Role> allowed, IntPredicate anonymousAnswer, String report)
            throws Exception {
        String someoneElse = people.ensure(Role.PRACTITIONER);
        GlasgowCase glasgow = glasgowCase();
        String caseData = tasks.getVariables(glasgow.task()).toString();
        List<Column> columns = columns();
        List<String> wrong = new ArrayList<>();
        int checks = 0;
        int logged = 0;
        int engineErrors = 0;
        for (Call call : calls) {
            checks++;
            int anonymous = sender.send(null, call.withMe("anonymous", someoneElse, "anonymous", "anonymous-" + System.nanoTime(), glasgow))
                    .statusCode();
            if (!anonymousAnswer.test(anonymous)) {
                wrong.add("anonymous " + call.method() + " " + call.path() + ": " + anonymous);
            }
            for (Column column : columns) {
                checks++;
                String me = column.person();
                boolean mayCall = allowed.test(call.who(), column.role());
                long refusalsBefore = refusals(me);
                String unique = me + "-" + System.nanoTime();
                String member = column.role() == Role.ADMIN ? people.ensure("matrix-member-" + System.nanoTime(), Role.PRACTITIONER) : me;
                HttpResponse<String> response = sender.send(me, call.withMe(me, someoneElse, member, unique, glasgow));
                int status = response.statusCode();
                String cell = column.name() + " " + call.method() + " " + call.path();
                if (mayCall && status >= 500) {
                    engineErrors++;
                    if (!ENGINE_500S_LEFT.contains(call.method() + " " + call.path())) {
                        wrong.add(cell + ": a caller's mistake answered " + status + " " + response.body());
                    }
                }
                if (mayCall && (status == 401 || status == 403)) {
                    wrong.add(cell + ": expected allowed, got " + status + " " + response.body());
                } else if (!mayCall) {
                    logged++;
                    if (status != 403) {
                        wrong.add(cell + ": expected 403, got " + status);
                    } else if (refusals(me) <= refusalsBefore) {
                        wrong.add(cell + ": refused but not in the access log");
                    }
                    if (call.body() != null && call.body().contains("{unique}") && identityService.createUserQuery().userId("matrix-" + unique).count()
                            + identityService.createGroupQuery().groupId("matrix-" + unique).count()
                            + identityService.createTenantQuery().tenantId("matrix-" + unique).count() > 0) {
                        wrong.add(cell + ": refused, yet the record was created");
                    }
                }
            }
        }
        assertThat(identityService.createUserQuery().memberOfGroup(Role.MANAGER.groupId()).list()).extracting(u -> u.getId())
                .as("nobody made themselves a manager").doesNotContain(TestPeople.idOf(Role.PRACTITIONER), TestPeople.idOf(Role.PARTNER_AGENCY));
        assertThat(identityService.createUserQuery().memberOfGroup(Role.ADMIN.groupId()).list()).extracting(u -> u.getId())
                .as("nobody made themselves an administrator").doesNotContain(TestPeople.idOf(Role.MANAGER), TestPeople.idOf(Role.PRACTITIONER),
                        "test-manager-glasgow-city", "test-manager-renfrewshire", "test-manager-regional");
        Task open = tasks.createTaskQuery().taskId(glasgow.task()).singleResult();
        assertThat(open).as("the Glasgow City case's task is still open").isNotNull();
        assertThat(open.getAssignee()).as("and nobody holds it").isNull();
        // As text: a JSON value (the indicators) is equal to itself only.
        assertThat(tasks.getVariables(glasgow.task()).toString()).as("and its case data is as it was").isEqualTo(caseData);
        assertThat(wrong).as("cells of the " + report + " access matrix that do not hold").isEmpty();
        java.nio.file.Path out = java.nio.file.Path.of("target", "access-matrix", report + ".properties");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "endpoints=" + calls.size() + "\nfamilies=" + calls.stream().map(Call::family).distinct().count()
                + "\ncolumns=" + (columns.size() + 1) + "\nchecks=" + checks + "\naccessLogChecks=" + logged
                + "\nallowedButEngineAnswered5xx=" + engineErrors + "\n");
    }

    private long refusals(String userId) {
        return jdbc.queryForObject("select count(*) from record_access_log where user_id = ? and record_type = 'engine-rest' and granted = false",
                Long.class, userId);
    }
}
