package org.partnerflow.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.partnerflow.audit.TimelineEvent.Kind;
import org.partnerflow.identity.CurrentUser;
import org.partnerflow.identity.People;
import org.partnerflow.identity.Permissions;
import org.partnerflow.identity.Refusals;
import org.partnerflow.words.Words;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.HandleAuthorizationDenied;
import org.springframework.stereotype.Service;

/**
 * "Who did what, when?" for one case, partnership or project: the engine's history (the process
 * started, steps reached and left, tasks created and completed, claims and hand-overs from the user
 * operation log, values recorded with their old and new value, incidents) merged in time order with
 * the feature's own record (a case's chronology) and the record access log. Managers and
 * administrators only; reading a timeline is itself written to the access log.
 *
 * <p>Every source is read with a bound ({@link #LIMIT_PER_SOURCE}); a timeline that reaches it says so.
 */
@Service
@HandleAuthorizationDenied(handlerClass = Refusals.class)
public class HistoryTimeline {

    public static final int LIMIT_PER_SOURCE = 2_000;
    static final int VALUE_TEXT_MAX = 160;
    static final String VIEW = "history-timeline";

    /** A record's timeline: its events oldest first, and whether a source had more than the bound. */
    public record Timeline(AuditSubject subject, List<TimelineEvent> events, boolean truncated) {

        public List<TimelineEvent> filtered(Filter filter) {
            return events.stream().filter(filter::accepts).toList();
        }
    }

    /** Date range (inclusive days, either open), one person, and the kinds of event to keep (empty: all). */
    public record Filter(LocalDate from, LocalDate to, String who, Set<Kind> kinds, ZoneId zone) {

        public static Filter none(ZoneId zone) {
            return new Filter(null, null, null, Set.of(), zone);
        }

        boolean accepts(TimelineEvent e) {
            LocalDate day = e.at().atZone(zone).toLocalDate();
            return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to))
                    && (who == null || who.isBlank() || e.who().equalsIgnoreCase(who.strip()))
                    && (kinds == null || kinds.isEmpty() || kinds.contains(e.kind()));
        }
    }

    private final HistoryService history;
    private final Map<String, AuditedRecords> records;
    private final AccessLog accessLog;
    private final CurrentUser currentUser;
    private final Permissions permissions;
    private final People people;

    HistoryTimeline(HistoryService history, List<AuditedRecords> records, AccessLog accessLog, CurrentUser currentUser, Permissions permissions,
                    People people) {
        this.history = history;
        this.records = records.stream().collect(Collectors.toMap(AuditedRecords::type, Function.identity()));
        this.accessLog = accessLog;
        this.currentUser = currentUser;
        this.permissions = permissions;
        this.people = people;
    }

    public boolean mayAudit() {
        return permissions.mayOversee();
    }

    /**
     * The timeline of one record, or empty if there is no such record or it is not the reader's to
     * audit (a child's case is its council's managers' only, {@link AuditedRecords#mayAudit}): the two
     * look the same, and both are logged as refused.
     *
     * @throws AuthorizationException for anyone but managers and administrators (the refusal is logged too)
     */
    public Optional<Timeline> of(String type, long id) {
        AuditedRecords feature = records.get(type);
        Optional<AuditSubject> subject = feature == null ? Optional.empty() : feature.find(id);
        String me = currentUser.id().orElse(null);
        if (!mayAudit()) {
            refused(type, id);
            throw new AuthorizationException("Only managers and administrators read a record's history.");
        }
        if (subject.isEmpty() || !feature.mayAudit(subject.get())) {
            refused(type, id);
            return Optional.empty();
        }
        accessLog.record(me, subject.get().accessRecordType(), id, VIEW, true);
        return Optional.of(build(subject.get(), feature));
    }

    /** Whether the signed-in overseer may see this process instance's path: no feature keeps it from them. */
    boolean mayAuditProcess(String processInstanceId) {
        return mayAudit() && records.values().stream().allMatch(r -> r.mayAuditProcess(processInstanceId));
    }

    /** Logs a refusal to read a record's history, under the record's own type (a case's is {@code child-case}). */
    public void refused(String type, long id) {
        AuditedRecords feature = records.get(type);
        String recordType = feature == null ? AccessLog.fitted(type) : feature.accessRecordType();
        accessLog.record(currentUser.id().orElse(null), recordType, id, VIEW, false);
    }

    /** Records that the timeline left the system as a file: logged like an opening of the record. */
    @PreAuthorize("@permissions.mayOversee()")
    public void exported(AuditSubject subject) {
        AuditedRecords feature = records.get(subject.type());
        if (feature != null && !feature.mayAudit(subject)) {
            refused(subject.type(), subject.id());
            throw new AuthorizationException("This record's history is not yours to export.");
        }
        accessLog.record(currentUser.id().orElse(null), subject.accessRecordType(), subject.id(), VIEW + "-csv", true);
    }

    private Timeline build(AuditSubject subject, AuditedRecords feature) {
        String pid = subject.processInstanceId();
        List<TimelineEvent> events = new ArrayList<>();
        boolean truncated = false;

        HistoricProcessInstance process = history.createHistoricProcessInstanceQuery().processInstanceId(pid).singleResult();
        List<HistoricDetail> details = history.createHistoricDetailQuery().processInstanceId(pid).variableUpdates()
                .orderByTime().asc().listPage(0, LIMIT_PER_SOURCE);
        truncated |= details.size() == LIMIT_PER_SOURCE;
        if (process != null) {
            // The start form's values are written a moment before the engine stamps the start time; the
            // start is placed first, at the earlier of the two, as it is one command.
            Instant started = process.getStartTime().toInstant();
            if (!details.isEmpty() && details.get(0).getTime().toInstant().isBefore(started)) {
                started = details.get(0).getTime().toInstant();
            }
            events.add(new TimelineEvent(started, Kind.PROCESS, process.getStartUserId(),
                    "Started " + orKey(process.getProcessDefinitionName(), process.getProcessDefinitionKey()), ""));
            if (process.getEndTime() != null) {
                events.add(new TimelineEvent(process.getEndTime().toInstant(), Kind.PROCESS, "",
                        "Ended " + orKey(process.getProcessDefinitionName(), process.getProcessDefinitionKey()),
                        process.getDeleteReason() == null ? "" : "Reason: " + process.getDeleteReason()));
            }
        }

        List<UserOperationLogEntry> operations = history.createUserOperationLogQuery().processInstanceId(pid)
                .orderByTimestamp().asc().listPage(0, LIMIT_PER_SOURCE);
        truncated |= operations.size() == LIMIT_PER_SOURCE;
        Map<String, String> userOfOperation = new HashMap<>();
        Map<String, String> completedBy = new HashMap<>();
        for (UserOperationLogEntry op : operations) {
            userOfOperation.put(op.getOperationId(), op.getUserId());
            if (UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(op.getOperationType()) && op.getTaskId() != null) {
                completedBy.put(op.getTaskId(), op.getUserId());
            }
        }

        List<HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery().processInstanceId(pid)
                .orderByHistoricActivityInstanceStartTime().asc().listPage(0, LIMIT_PER_SOURCE);
        truncated |= tasks.size() == LIMIT_PER_SOURCE;
        Map<String, String> taskNames = new HashMap<>();
        for (HistoricTaskInstance t : tasks) {
            taskNames.put(t.getId(), t.getName());
            events.add(new TimelineEvent(t.getStartTime().toInstant(), Kind.TASK, "", "Task created: " + t.getName(),
                    t.getDueDate() == null ? "" : "Due " + t.getDueDate().toInstant()));
            if (t.getEndTime() != null) {
                boolean completed = "completed".equals(t.getDeleteReason());
                events.add(new TimelineEvent(t.getEndTime().toInstant(), Kind.TASK,
                        completed ? completedBy.getOrDefault(t.getId(), orEmpty(t.getAssignee())) : "",
                        (completed ? "Task completed: " : "Task ended: ") + t.getName(),
                        completed ? "" : "Ended without completion (" + orEmpty(t.getDeleteReason()) + ")"));
            }
        }

        for (UserOperationLogEntry op : operations) {
            if (UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(op.getOperationType())) {
                continue;
            }
            String about = op.getTaskId() != null && taskNames.containsKey(op.getTaskId()) ? " of " + taskNames.get(op.getTaskId()) : "";
            // Who a task went to is a person: shown by name, as everywhere.
            boolean aPerson = op.getProperty() != null && PERSON_PROPERTIES.contains(op.getProperty());
            java.util.function.UnaryOperator<String> shown = v -> v == null ? "–" : aPerson ? people.displayName(v) : v;
            String change = op.getProperty() == null ? "" : op.getProperty() + ": " + shown.apply(op.getOrgValue()) + " → " + shown.apply(op.getNewValue());
            events.add(new TimelineEvent(op.getTimestamp().toInstant(), Kind.OPERATION, op.getUserId(),
                    operationWords(op) + about, change));
        }

        List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery().processInstanceId(pid)
                .orderByHistoricActivityInstanceStartTime().asc().listPage(0, LIMIT_PER_SOURCE);
        truncated |= activities.size() == LIMIT_PER_SOURCE;
        for (HistoricActivityInstance a : activities) {
            if (!shownAsStep(a.getActivityType())) {
                continue;
            }
            String name = orKey(a.getActivityName(), a.getActivityId());
            events.add(new TimelineEvent(a.getStartTime().toInstant(), Kind.PROCESS, "", "Reached " + name, a.getActivityType()));
            if (a.getEndTime() != null && !a.getActivityType().endsWith("EndEvent")) {
                events.add(new TimelineEvent(a.getEndTime().toInstant(), Kind.PROCESS, "", (a.isCanceled() ? "Cancelled " : "Left ") + name, ""));
            }
        }

        Map<String, String> lastValue = new HashMap<>();
        for (HistoricDetail d : details) {
            HistoricVariableUpdate update = (HistoricVariableUpdate) d;
            String value = valueText(update.getValue());
            String old = lastValue.put(update.getVariableInstanceId(), value);
            if (value.equals(old)) {
                continue;
            }
            events.add(new TimelineEvent(update.getTime().toInstant(), Kind.VARIABLE,
                    update.getUserOperationId() == null ? "" : userOfOperation.getOrDefault(update.getUserOperationId(), ""),
                    "Value " + update.getVariableName(), (old == null ? "(new)" : old) + " → " + value));
        }

        List<HistoricIncident> incidents = history.createHistoricIncidentQuery().processInstanceId(pid)
                .orderByCreateTime().asc().listPage(0, LIMIT_PER_SOURCE);
        truncated |= incidents.size() == LIMIT_PER_SOURCE;
        for (HistoricIncident i : incidents) {
            events.add(new TimelineEvent(i.getCreateTime().toInstant(), Kind.INCIDENT, "", "Incident at " + i.getActivityId(),
                    orEmpty(i.getIncidentMessage())));
            if (i.getEndTime() != null) {
                events.add(new TimelineEvent(i.getEndTime().toInstant(), Kind.INCIDENT, "", "Incident " + (i.isResolved() ? "resolved" : "deleted")
                        + " at " + i.getActivityId(), ""));
            }
        }

        events.addAll(feature.recordEvents(subject));
        List<RecordAccess> accesses = accessLog.latestFor(subject.accessRecordType(), subject.id(), LIMIT_PER_SOURCE);
        truncated |= accesses.size() == LIMIT_PER_SOURCE;
        accesses.forEach(a -> events.add(new TimelineEvent(a.getAccessedAt(), Kind.ACCESS, a.getUserId(),
                (a.isGranted() ? "Opened" : "Refused") + " in " + a.getViewName(), "")));

        // The sort is stable: events of the same instant keep the order gathered above.
        List<TimelineEvent> ordered = events.stream().sorted(Comparator.comparing(TimelineEvent::at)).toList();
        return new Timeline(subject, ordered, truncated);
    }

    private static boolean shownAsStep(String activityType) {
        // User tasks are shown as tasks; gateways and multi-instance bodies are routing, not steps.
        return !(activityType.equals("userTask") || activityType.endsWith("Gateway") || activityType.equals("multiInstanceBody"));
    }

    private static String operationWords(UserOperationLogEntry op) {
        return switch (op.getOperationType()) {
            case UserOperationLogEntry.OPERATION_TYPE_CLAIM -> "Claimed";
            case UserOperationLogEntry.OPERATION_TYPE_ASSIGN -> "Assigned (hand-over)";
            case UserOperationLogEntry.OPERATION_TYPE_DELEGATE -> "Delegated";
            case UserOperationLogEntry.OPERATION_TYPE_SET_OWNER -> "Owner set";
            case UserOperationLogEntry.OPERATION_TYPE_CREATE -> "Created " + orEmpty(op.getEntityType()).toLowerCase();
            default -> op.getOperationType() + " " + orEmpty(op.getEntityType());
        };
    }

    /** The operation log's properties that hold a user id. */
    private static final java.util.Set<String> PERSON_PROPERTIES = java.util.Set.of("assignee", "owner");

    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    static String valueText(Object value) {
        // Dates as people read them: a form's ISO date, a timer's instant.
        String text = value == null ? "(empty)"
                : value instanceof java.util.Date date ? Words.dateTime(date)
                : value instanceof String iso && ISO_DATE.matcher(iso).matches() ? Words.date(iso)
                : String.valueOf(value);
        return text.length() > VALUE_TEXT_MAX ? text.substring(0, VALUE_TEXT_MAX - 1) + "…" : text;
    }

    private static String orKey(String name, String key) {
        return name == null || name.isBlank() ? key : name;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String orDash(String s) {
        return s == null ? "–" : s;
    }

    /** The events' distinct people, for the filter's choice. */
    public static List<String> people(List<TimelineEvent> events) {
        return events.stream().map(TimelineEvent::who).filter(w -> !w.isBlank()).distinct().sorted().toList();
    }
}
