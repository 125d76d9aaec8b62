package org.partnerflow.workflow;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.partnerflow.identity.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * The signed-in person's work: tasks assigned to them and unclaimed tasks offered to their groups,
 * overdue first. Pages come straight from the engine's task table (one list query and one count,
 * plus one user lookup for the page's assignees), so the inbox costs the same with ten tasks or
 * a hundred thousand.
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

    /** A colleague a task can be handed to. */
    public record Colleague(String id, String name) {
    }

    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final IdentityService identityService;
    private final CurrentUser currentUser;

    public TaskInbox(TaskService taskService, RepositoryService repositoryService, IdentityService identityService,
                     CurrentUser currentUser) {
        this.taskService = taskService;
        this.repositoryService = repositoryService;
        this.identityService = identityService;
        this.currentUser = currentUser;
    }

    public List<InboxTask> page(Filter filter, int offset, int limit) {
        List<Task> tasks = query(filter)
                .orderByDueDate().asc()
                .orderByTaskCreateTime().asc()
                // Unique tie-breaker: without it, tasks with equal due and create times move between pages.
                .orderByTaskId().asc()
                .listPage(offset, limit);
        Map<String, String> names = userNames(tasks.stream().map(Task::getAssignee).collect(Collectors.toSet()));
        return tasks.stream().map(t -> row(t, names)).toList();
    }

    /** The deployed processes (latest versions), to narrow the inbox by. */
    public List<ProcessChoice> processes() {
        return repositoryService.createProcessDefinitionQuery().latestVersion()
                .orderByProcessDefinitionName().asc().listPage(0, PartnerflowEnginePlugin.QUERY_MAX_RESULTS).stream()
                .map(d -> new ProcessChoice(d.getKey(), d.getName() != null ? d.getName() : d.getKey()))
                .toList();
    }

    public long count(Filter filter) {
        return query(filter).count();
    }

    /** A single task of this inbox, or empty if it is no longer open or no longer offered to this person. */
    private InboxTask row(Task t, Map<String, String> names) {
        return new InboxTask(t.getId(), t.getName(), t.getDescription(),
                processName(t.getProcessDefinitionId()), processKey(t.getProcessDefinitionId()),
                t.getDueDate(), t.getFollowUpDate(), t.getCreateTime(), t.getAssignee(),
                t.getAssignee() == null ? null : names.getOrDefault(t.getAssignee(), t.getAssignee()));
    }

    public java.util.Optional<InboxTask> find(String taskId) {
        Task task = query(Filter.NONE).taskId(taskId).singleResult();
        if (task == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(row(task, task.getAssignee() == null ? Map.of() : userNames(Set.of(task.getAssignee()))));
    }

    /**
     * Claims the task for the signed-in person. When two people claim it at the same moment the
     * engine lets the first commit win; the other is told who has it, as after any later claim.
     */
    public void claim(String taskId) {
        String me = currentUser.requireId();
        try {
            taskService.claim(taskId, me);
        } catch (OptimisticLockingException race) {
            Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
            if (task == null) {
                throw new NotFoundException(WorkflowProblems.TASK_GONE);
            }
            TaskAlreadyClaimedException claimed = new TaskAlreadyClaimedException(taskId, task.getAssignee());
            claimed.addSuppressed(race);
            throw claimed;
        }
    }

    /** Gives a claimed task back to its groups. Only its assignee may. */
    public void unclaim(String taskId) {
        requireAssignedToMe(taskId);
        taskService.setAssignee(taskId, null);
    }

    /** Hands a task the signed-in person holds (or could claim) to a colleague it is offered to. */
    public void handOver(String taskId, String colleagueId) {
        Task task = requireTask(taskId);
        String me = currentUser.requireId();
        if (task.getAssignee() != null && !task.getAssignee().equals(me)) {
            throw new AuthorizationException("Task '" + task.getName() + "' is claimed by " + task.getAssignee()
                    + "; only they can hand it over.");
        }
        if (colleagues(taskId).stream().noneMatch(c -> c.id().equals(colleagueId))) {
            throw new AuthorizationException("Task '" + task.getName() + "' is not offered to " + colleagueId
                    + ": choose a colleague from its groups.");
        }
        taskService.setAssignee(taskId, colleagueId);
    }

    /** People in the task's candidate groups, other than the signed-in person. */
    public List<Colleague> colleagues(String taskId) {
        List<String> groups = taskService.getIdentityLinksForTask(taskId).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(l -> l.getGroupId())
                .toList();
        String me = currentUser.id().orElse("");
        Map<String, Colleague> byId = new java.util.TreeMap<>();
        for (String group : groups) {
            identityService.createUserQuery().memberOfGroup(group).listPage(0, 500).stream()
                    .filter(u -> !u.getId().equals(me))
                    .forEach(u -> byId.put(u.getId(), new Colleague(u.getId(), fullName(u))));
        }
        return List.copyOf(byId.values());
    }

    private TaskQuery query(Filter filter) {
        String me = currentUser.requireId();
        List<String> groups = currentUser.groups();
        TaskQuery query = taskService.createTaskQuery().active();
        query = query.or().taskAssignee(me).taskCandidateUser(me);
        if (!groups.isEmpty()) {
            query = query.taskCandidateGroupIn(groups);
        }
        query = query.endOr();
        if (filter.processDefinitionKey() != null && !filter.processDefinitionKey().isBlank()) {
            query = query.processDefinitionKey(filter.processDefinitionKey());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String like = "%" + escapeLike(filter.text().trim()) + "%";
            query = query.or().taskNameLike(like).taskDescriptionLike(like).endOr();
        }
        return query;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private Task requireTask(String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new NotFoundException(WorkflowProblems.TASK_GONE);
        }
        return task;
    }

    private void requireAssignedToMe(String taskId) {
        Task task = requireTask(taskId);
        if (!currentUser.requireId().equals(task.getAssignee())) {
            throw new AuthorizationException("Task '" + task.getName() + "' is not claimed by you.");
        }
    }

    private Map<String, String> userNames(Collection<String> ids) {
        List<String> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        identityService.createUserQuery().userIdIn(wanted.toArray(String[]::new)).listPage(0, PartnerflowEnginePlugin.QUERY_MAX_RESULTS)
                .forEach(u -> names.put(u.getId(), fullName(u)));
        return names;
    }

    private static String fullName(User u) {
        String name = ((u.getFirstName() == null ? "" : u.getFirstName()) + " "
                + (u.getLastName() == null ? "" : u.getLastName())).trim();
        return name.isEmpty() ? u.getId() : name;
    }

    private String processName(String processDefinitionId) {
        return definition(processDefinitionId).name();
    }

    private String processKey(String processDefinitionId) {
        return definition(processDefinitionId).key();
    }

    private record Definition(String key, String name) {
    }

    private final Map<String, Definition> definitions = new ConcurrentHashMap<>();

    // Process definitions never change once deployed, so each is read once.
    private Definition definition(String processDefinitionId) {
        if (processDefinitionId == null) {
            return new Definition("", "");
        }
        return definitions.computeIfAbsent(processDefinitionId, id -> {
            ProcessDefinition d = repositoryService.getProcessDefinition(id);
            return new Definition(d.getKey(), d.getName() != null ? d.getName() : d.getKey());
        });
    }
}
