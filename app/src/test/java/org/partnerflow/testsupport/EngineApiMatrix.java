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
import org.camunda.bpm.engine.rest.impl.DefaultProcessEngineRestServiceImpl;
import org.camunda.bpm.engine.rest.impl.NamedProcessEngineRestServiceImpl;
import org.partnerflow.identity.Role;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine REST access matrix, for every door and path form that serves it: every resource family of
 * Camunda's REST API (read from Camunda's own root resources, so a family the engine adds cannot
 * escape), its list and its main writes, × every role and anonymous. C casework (everyone signed in),
 * M managers and administrators, A administrators only; a door may grant less (the webapps' API gives
 * caseworkers nothing). A refused role gets 403 with the refusal in the access log; an allowed one gets
 * past security (neither 401 nor 403) and no 500 but for those named in {@link #ENGINE_500S_LEFT}. The
 * ids are ones that do not exist, so nothing shared changes: an unknown id is a 404, an incomplete body
 * a 400. The counts of a run are written to {@code target/access-matrix/<form>.properties}.
 */
public final class EngineApiMatrix {

    public enum Who { C, M, A }

    /**
     * The only calls whose mistakes the engine still answers with a 500 (a generic ProcessEngineException
     * that cannot be told apart from a real failure): a condition no start event waits for, and a tenant
     * id the engine's pattern refuses. Unknown ids and incomplete bodies are 404 and 400
     * (EngineRestRequests, IncompleteRequests); any other 500 fails the matrix.
     */
    public static final Set<String> ENGINE_500S_LEFT = Set.of("POST /condition", "POST /tenant/create");

    public record Call(String method, String path, String body, Who who) {

        /** The call for a person: {me} and {member} them (an administrator's {member} a throwaway person), {unique} a fresh name. */
        public Call withMe(String me, String someoneElse, String member, String unique) {
            return new Call(method, fill(path, me, someoneElse, member, unique), body == null ? null : fill(body, me, someoneElse, member, unique), who);
        }

        private static String fill(String text, String me, String someoneElse, String member, String unique) {
            return text.replace("{me}", me).replace("{someoneElse}", someoneElse).replace("{member}", member).replace("{unique}", unique);
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
            M GET    /process-definition/statistics
            M GET    /process-definition/key/girfec-referral/statistics
            M GET    /process-definition/key/partnership/statistics
            M GET    /process-definition/key/action-research/statistics
            C POST   /process-definition/key/no-such-process/start                {}
            C POST   /process-definition/key/no-such-process/submit-form          {}
            C POST   /process-definition/no-such-definition/start                 {}
            C POST   /process-definition/no-such-definition/submit-form           {}
            M PUT    /process-definition/no-such-definition/suspended             {"suspended":true}
            A DELETE /process-definition/no-such-definition
            M GET    /process-instance?maxResults=10
            M POST   /process-instance?maxResults=10                              {}
            M GET    /process-instance/no-such-instance/variables
            M POST   /process-instance/no-such-instance/variables                 {}
            M DELETE /process-instance/no-such-instance
            M POST   /process-instance/delete                                     {}
            M POST   /process-instance/no-such-instance/modification              {}
            M GET    /execution?maxResults=10
            M POST   /execution/no-such-execution/signal                          {}
            M GET    /task?maxResults=10
            M POST   /task?maxResults=10                                          {}
            C POST   /task/no-such-task/complete                                  {}
            C POST   /task/no-such-task/submit-form                               {}
            C POST   /task/no-such-task/claim                                     {"userId":"{me}"}
            C POST   /task/no-such-task/unclaim                                   {}
            C POST   /task/no-such-task/assignee                                  {"userId":"{me}"}
            M POST   /task/no-such-task/delegate                                  {"userId":"{me}"}
            M POST   /task/no-such-task/resolve                                   {}
            M POST   /task/no-such-task/identity-links                            {"userId":"{me}","type":"candidate"}
            M DELETE /task/no-such-task
            M POST   /task/no-such-task/comment/create                            {"message":"x"}
            M GET    /task/no-such-task/variables
            M POST   /task/no-such-task/variables                                 {}
            M PUT    /task/no-such-task/variables/x                               {"value":1,"type":"Integer"}
            M GET    /variable-instance?maxResults=10
            M GET    /history/process-instance?maxResults=10
            M POST   /history/process-instance?maxResults=10                      {}
            M GET    /history/variable-instance?maxResults=10
            M GET    /history/user-operation?maxResults=10
            M DELETE /history/process-instance/no-such-instance
            C GET    /deployment?maxResults=10
            A POST   /deployment/create                                           {}
            A DELETE /deployment/no-such-deployment
            M GET    /job?maxResults=10
            M POST   /job/no-such-job/execute                                     {}
            M PUT    /job/no-such-job/retries                                     {"retries":1}
            M GET    /job-definition?maxResults=10
            M GET    /incident?maxResults=10
            C GET    /user?maxResults=10
            A POST   /user/create                                                 {"profile":{"id":"matrix-{unique}","firstName":"M","lastName":"R","email":"m@example.org"},"credentials":{"password":"matrix-password-1"}}
            A PUT    /user/no-such-user/credentials                               {"password":"matrix-password-2","authenticatedUserPassword":"test-password"}
            A DELETE /user/no-such-user
            C GET    /group?maxResults=10
            A POST   /group/create                                                {"id":"matrix-{unique}","name":"Matrix","type":"WORKFLOW"}
            A PUT    /group/manager/members/{member}
            A DELETE /group/no-such-group
            M GET    /authorization?maxResults=10
            A POST   /authorization/create                                        {}
            M GET    /tenant?maxResults=10
            A POST   /tenant/create                                               {"id":"matrix-{unique}","name":"Matrix"}
            C GET    /identity/groups?userId={me}
            M POST   /identity/verify                                             {"username":"no-such-user","password":"x"}
            M GET    /identity/password-policy
            M GET    /filter?maxResults=10
            M DELETE /filter/no-such-filter
            C GET    /decision-definition?maxResults=10
            M POST   /decision-definition/key/no-such-decision/evaluate           {}
            M GET    /decision-requirements-definition?maxResults=10
            M POST   /message                                                     {"messageName":"no-such-message"}
            M POST   /signal                                                      {"name":"no-such-signal"}
            M POST   /condition                                                   {}
            M GET    /external-task?maxResults=10
            M POST   /external-task/fetchAndLock                                  {"workerId":"matrix","maxTasks":1,"topics":[]}
            M GET    /batch?maxResults=10
            M GET    /metrics/activity-instance/sum
            M POST   /migration/execute                                           {}
            M POST   /modification/execute                                        {}
            M GET    /event-subscription?maxResults=10
            M GET    /case-definition?maxResults=10
            M GET    /case-instance?maxResults=10
            M GET    /case-execution?maxResults=10
            M GET    /optimize/activity-instance/completed?maxResults=10
            M GET    /schema/log?maxResults=10
            M GET    /telemetry/data
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
    private final JdbcTemplate jdbc;
    private final IdentityService identityService;

    public EngineApiMatrix(TestPeople people, JdbcTemplate jdbc, IdentityService identityService) {
        this.people = people;
        this.jdbc = jdbc;
        this.identityService = identityService;
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
     * Runs every call as anonymous and as every role. {@code allowed} says who the door lets through,
     * {@code anonymousAnswer} what anonymous callers must get; the counts go to {@code report}.properties.
     */
    public void run(List<Call> calls, Sender sender, BiPredicate<Who, Role> allowed, IntPredicate anonymousAnswer, String report)
            throws Exception {
        String someoneElse = people.ensure(Role.PRACTITIONER);
        List<String> wrong = new ArrayList<>();
        int checks = 0;
        int logged = 0;
        int engineErrors = 0;
        for (Call call : calls) {
            checks++;
            int anonymous = sender.send(null, call.withMe("anonymous", someoneElse, "anonymous", "anonymous-" + System.nanoTime())).statusCode();
            if (!anonymousAnswer.test(anonymous)) {
                wrong.add("anonymous " + call.method() + " " + call.path() + ": " + anonymous);
            }
            for (Role role : Role.values()) {
                checks++;
                String me = people.ensure(role);
                boolean mayCall = allowed.test(call.who(), role);
                long refusalsBefore = refusals(me);
                String unique = role.groupId() + "-" + System.nanoTime();
                String member = role == Role.ADMIN ? people.ensure("matrix-member-" + System.nanoTime(), Role.PRACTITIONER) : me;
                HttpResponse<String> response = sender.send(me, call.withMe(me, someoneElse, member, unique));
                int status = response.statusCode();
                if (mayCall && status >= 500) {
                    engineErrors++;
                    if (!ENGINE_500S_LEFT.contains(call.method() + " " + call.path())) {
                        wrong.add(role.groupId() + " " + call.method() + " " + call.path() + ": a caller's mistake answered " + status + " "
                                + response.body());
                    }
                }
                if (mayCall && (status == 401 || status == 403)) {
                    wrong.add(role.groupId() + " " + call.method() + " " + call.path() + ": expected allowed, got " + status + " " + response.body());
                } else if (!mayCall) {
                    logged++;
                    if (status != 403) {
                        wrong.add(role.groupId() + " " + call.method() + " " + call.path() + ": expected 403, got " + status);
                    } else if (refusals(me) <= refusalsBefore) {
                        wrong.add(role.groupId() + " " + call.method() + " " + call.path() + ": refused but not in the access log");
                    }
                    if (call.body() != null && call.body().contains("{unique}") && identityService.createUserQuery().userId("matrix-" + unique).count()
                            + identityService.createGroupQuery().groupId("matrix-" + unique).count()
                            + identityService.createTenantQuery().tenantId("matrix-" + unique).count() > 0) {
                        wrong.add(role.groupId() + " " + call.method() + " " + call.path() + ": refused, yet the record was created");
                    }
                }
            }
        }
        assertThat(identityService.createUserQuery().memberOfGroup(Role.MANAGER.groupId()).list()).extracting(u -> u.getId())
                .as("nobody made themselves a manager").doesNotContain(TestPeople.idOf(Role.PRACTITIONER), TestPeople.idOf(Role.PARTNER_AGENCY));
        assertThat(identityService.createUserQuery().memberOfGroup(Role.ADMIN.groupId()).list()).extracting(u -> u.getId())
                .as("nobody made themselves an administrator").doesNotContain(TestPeople.idOf(Role.MANAGER), TestPeople.idOf(Role.PRACTITIONER));
        assertThat(wrong).as("cells of the " + report + " access matrix that do not hold").isEmpty();
        java.nio.file.Path out = java.nio.file.Path.of("target", "access-matrix", report + ".properties");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "endpoints=" + calls.size() + "\nfamilies=" + calls.stream().map(Call::family).distinct().count()
                + "\ncolumns=" + (Role.values().length + 1) + "\nchecks=" + checks + "\naccessLogChecks=" + logged
                + "\nallowedButEngineAnswered5xx=" + engineErrors + "\n");
    }

    private long refusals(String userId) {
        return jdbc.queryForObject("select count(*) from record_access_log where user_id = ? and record_type = 'engine-rest' and granted = false",
                Long.class, userId);
    }
}
