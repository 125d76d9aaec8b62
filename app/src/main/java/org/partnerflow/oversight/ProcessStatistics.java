package org.partnerflow.oversight;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Figures from the engine's own tables, each one grouped query: where instances wait now, how long
 * steps took, and overdue tasks by person and by team. The engine's query API has no grouping, and
 * loading every instance to count them would grow with the history; these stay one row per step,
 * person or group. The {@code ACT_*} tables are the engine's documented schema.
 */
@Component
public class ProcessStatistics {

    /** How many instances are at a step now. */
    public record Waiting(String activityId, String activityName, long instances) {
    }

    /** Steps finished since a date: how many, and the median time they took. */
    public record StepDuration(String activityId, String activityName, long finished, long medianMillis) {
    }

    /** Overdue open tasks of one person, or offered to one group and not yet claimed. */
    public record Overdue(String who, long tasks) {
    }

    // Routing and scopes are not places where work waits.
    private static final String STEPS = "ACT_TYPE_ not in ('subProcess', 'multiInstanceBody', 'exclusiveGateway', 'parallelGateway',"
            + " 'inclusiveGateway', 'eventBasedGateway', 'processDefinition')";

    private final JdbcTemplate jdbc;

    ProcessStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Where the running instances of a process wait, by step. */
    public List<Waiting> waiting(String processKey) {
        return jdbc.query("select ACT_ID_, max(ACT_NAME_), count(*) from ACT_HI_ACTINST"
                        + " where PROC_DEF_KEY_ = ? and END_TIME_ is null and " + STEPS
                        + " group by ACT_ID_ order by count(*) desc, ACT_ID_",
                (rs, i) -> new Waiting(rs.getString(1), rs.getString(2), rs.getLong(3)), processKey);
    }

    /** Per step of a process, the steps finished since {@code since} and their median duration. */
    public List<StepDuration> durations(String processKey, Instant since, boolean userTasksOnly) {
        return jdbc.query("select ACT_ID_, max(ACT_NAME_), count(*), percentile_cont(0.5) within group (order by DURATION_)"
                        + " from ACT_HI_ACTINST where PROC_DEF_KEY_ = ? and END_TIME_ is not null and START_TIME_ >= ? and " + STEPS
                        + (userTasksOnly ? " and ACT_TYPE_ = 'userTask'" : "")
                        + " group by ACT_ID_ order by ACT_ID_",
                (rs, i) -> new StepDuration(rs.getString(1), rs.getString(2), rs.getLong(3), Math.round(rs.getDouble(4))),
                processKey, Timestamp.from(since));
    }

    /** Overdue open tasks by the person they are assigned to. */
    public List<Overdue> overdueByPerson(Instant now) {
        return jdbc.query("select ASSIGNEE_, count(*) from ACT_RU_TASK where DUE_DATE_ < ? and ASSIGNEE_ is not null"
                        + " group by ASSIGNEE_ order by count(*) desc, ASSIGNEE_",
                (rs, i) -> new Overdue(rs.getString(1), rs.getLong(2)), Timestamp.from(now));
    }

    /** Overdue tasks no one has claimed, by the group (team) they are offered to. */
    public List<Overdue> overdueByTeam(Instant now) {
        return jdbc.query("select l.GROUP_ID_, count(distinct t.ID_) from ACT_RU_TASK t join ACT_RU_IDENTITYLINK l on l.TASK_ID_ = t.ID_"
                        + " where t.DUE_DATE_ < ? and t.ASSIGNEE_ is null and l.TYPE_ = 'candidate' and l.GROUP_ID_ is not null"
                        + " group by l.GROUP_ID_ order by count(distinct t.ID_) desc, l.GROUP_ID_",
                (rs, i) -> new Overdue(rs.getString(1), rs.getLong(2)), Timestamp.from(now));
    }
}
