package org.partnerflow.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.partnerflow.audit.AccessLog;
import org.partnerflow.identity.CurrentUser;
import org.partnerflow.identity.People;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The signed-in person's work: tasks assigned to them and unclaimed tasks offered to their groups,
 * overdue first. A page is a bounded count of the offers, one ordered read of the engine's task table
 * that stops after the page, one read of those tasks and one user lookup for the page's assignees, so
 * the inbox costs about the same with a thousand open tasks or a hundred thousand. Claiming and handing
 * over are {@link TaskAssignments}.
 */
@Service
public class TaskInbox {

    /** What the inbox is narrowed to; null fields do not narrow. */
    public record Filter(String processDefinitionKey, String text) {
        public static final Filter NONE = new Filter(null, null);
    }

    /** A process the inbox can be narrowed to. */
    public record ProcessChoice(String key, String name) {
    }

    private final TaskService taskService;
    private final ProcessNames processNames;
    private final People people;
    private final CurrentUser currentUser;
    private final NamedParameterJdbcTemplate jdbc;
    private final AccessLog accessLog;
    /** How far the task list counts before it says "more than" ({@code partnerflow.inbox.counted-up-to}). */
    @Value("${partnerflow.inbox.counted-up-to:1000}")
    private long countedUpTo = 1_000;

    TaskInbox(TaskService taskService, ProcessNames processNames, People people,
              CurrentUser currentUser, NamedParameterJdbcTemplate jdbc, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.accessLog = accessLog;
        this.taskService = taskService;
        this.processNames = processNames;
        this.people = people;
        this.currentUser = currentUser;
    }

    public List<InboxTask> page(Filter filter, int offset, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        String sql = "select t.ID_ " + matching(filter, parameters)
                // Unique tie-breaker: without it, tasks with equal due and create times move between pages.
                + " order by t.DUE_DATE_ asc nulls last, t.CREATE_TIME_ asc, t.ID_ asc limit :limit offset :offset";
        parameters.put("limit", limit);
        parameters.put("offset", offset);
        List<String> ids = jdbc.queryForList(sql, parameters, String.class);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Task> byId = taskService.createTaskQuery().taskIdIn(ids.toArray(String[]::new)).listPage(0, ids.size()).stream()
                .collect(Collectors.toMap(Task::getId, t -> t));
        // A task completed between the two reads is simply left out of this page.
        List<Task> tasks = ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        Map<String, String> names = people.names(tasks.stream().map(Task::getAssignee).collect(Collectors.toSet()));
        return tasks.stream().map(t -> row(t, names)).toList();
    }

    /** The deployed processes (latest versions), to narrow the inbox by. */
    public List<ProcessChoice> processes() {
        return processNames.latest().stream().map(d -> new ProcessChoice(d.key(), d.name())).toList();
    }

    public long count(Filter filter) {
        Map<String, Object> parameters = new HashMap<>();
        Long count = jdbc.queryForObject("select count(*) " + matching(filter, parameters), parameters, Long.class);
        return count == null ? 0 : count;
    }

    /**
     * The number of tasks, counting no further than {@code upTo + 1}: enough to say "more than 1,000" at
     * the cost of reading 1,001 rows, however many tasks are open.
     */
    public long countedUpTo() {
        return countedUpTo;
    }

    public long countUpTo(Filter filter, long upTo) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("cap", upTo + 1);
        Long count = jdbc.queryForObject("select count(*) from (select t.ID_ " + matching(filter, parameters) + " limit :cap) capped",
                parameters, Long.class);
        return count == null ? 0 : count;
    }

    /** A single task of this inbox, or empty if it is no longer open or no longer offered to this person. */
    private InboxTask row(Task t, Map<String, String> names) {
        ProcessNames.Definition process = processNames.of(t.getProcessDefinitionId());
        return new InboxTask(t.getId(), t.getName(), t.getDescription(), process.name(), process.key(),
                t.getDueDate(), t.getFollowUpDate(), t.getCreateTime(), t.getAssignee(),
                t.getAssignee() == null ? null : names.getOrDefault(t.getAssignee(), t.getAssignee()));
    }

    /** The record type of a refused task page in the access log. */
    public static final String RECORD_TYPE = "task";

    /**
     * A task for its page: only one assigned or offered to the signed-in person. A refusal is written to
     * the access log (a task shows its case's summary), whether the task exists or not: the two look the same.
     */
    public java.util.Optional<InboxTask> open(String taskId, String view) {
        java.util.Optional<InboxTask> task = find(taskId);
        if (task.isEmpty()) {
            accessLog.record(currentUser.id().orElse(null), RECORD_TYPE, AccessLog.fitted(taskId), view, false);
        }
        return task;
    }

    public java.util.Optional<InboxTask> find(String taskId) {
        Task task = mine().taskId(taskId).singleResult();
        if (task == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(row(task, task.getAssignee() == null ? Map.of() : people.names(Set.of(task.getAssignee()))));
    }

    /**
     * The inbox as SQL on the engine's task table, in the same terms as the engine's task query (active,
     * assigned to me, or unclaimed with me or one of my groups as candidate), in the shape that suits
     * its size. The engine's own query joins the candidate links and removes duplicates with DISTINCT,
     * so every page sorted every matching task (docs/performance.md, workload c). Here:
     * <ul>
     * <li>few offers (no more than {@link #countedUpTo()} candidate links for me and my groups): read
     * those links by the group index and sort the few tasks they name;</li>
     * <li>many: walk the {@link InboxIndex} in the inbox's order, look up each task's links by task
     * id, and stop after the page. A scalar subquery, not EXISTS, so PostgreSQL cannot turn the lookup
     * into a hash of every link.</li>
     * </ul>
     */
    private String matching(Filter filter, Map<String, Object> parameters) {
        String me = currentUser.requireId();
        List<String> groups = currentUser.groups();
        parameters.put("me", me);
        String offeredTo = "i.TYPE_ = 'candidate' and (i.USER_ID_ = :me" + (groups.isEmpty() ? "" : " or i.GROUP_ID_ in (:groups)") + ")";
        if (!groups.isEmpty()) {
            parameters.put("groups", groups);
        }
        parameters.put("linksCap", countedUpTo + 1);
        Long links = jdbc.queryForObject("select count(*) from (select 1 from ACT_RU_IDENTITYLINK i where " + offeredTo
                + " limit :linksCap) offers", parameters, Long.class);
        String columns = "t.ID_, t.DUE_DATE_, t.CREATE_TIME_, t.PROC_DEF_ID_, t.NAME_, t.DESCRIPTION_";
        String tasks = links != null && links <= countedUpTo
                ? "(select " + columns + " from ACT_RU_TASK t where t.SUSPENSION_STATE_ = 1 and t.ASSIGNEE_ = :me union all select "
                        + columns + " from ACT_RU_TASK t where t.SUSPENSION_STATE_ = 1 and t.ASSIGNEE_ is null and t.ID_ in"
                        + " (select i.TASK_ID_ from ACT_RU_IDENTITYLINK i where " + offeredTo + "))"
                : "(select " + columns + " from ACT_RU_TASK t where t.SUSPENSION_STATE_ = 1 and (t.ASSIGNEE_ = :me or (t.ASSIGNEE_ is null"
                        + " and (select count(*) from ACT_RU_IDENTITYLINK i where i.TASK_ID_ = t.ID_ and " + offeredTo + ") > 0)))";
        StringBuilder sql = new StringBuilder("from " + tasks + " t where 1 = 1");
        if (filter.processDefinitionKey() != null && !filter.processDefinitionKey().isBlank()) {
            sql.append(" and t.PROC_DEF_ID_ in (select d.ID_ from ACT_RE_PROCDEF d where d.KEY_ = :processKey)");
            parameters.put("processKey", filter.processDefinitionKey());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            // Case-insensitive, and the person's % and _ are taken literally.
            sql.append(" and (lower(t.NAME_) like :text escape '\\' or lower(t.DESCRIPTION_) like :text escape '\\')");
            parameters.put("text", "%" + escapeLike(filter.text().trim().toLowerCase(Locale.ROOT)) + "%");
        }
        return sql.toString();
    }

    /** The engine's query for the same tasks, to read one task of the inbox. */
    private TaskQuery mine() {
        String me = currentUser.requireId();
        List<String> groups = currentUser.groups();
        TaskQuery query = taskService.createTaskQuery().active();
        query = query.or().taskAssignee(me).taskCandidateUser(me);
        if (!groups.isEmpty()) {
            query = query.taskCandidateGroupIn(groups);
        }
        query = query.endOr();
        return query;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
