package org.partnerflow.referral;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnerflow.notification.Notification;
import org.partnerflow.notification.Notifications;
import org.partnerflow.words.Words;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells each open action's owner when it falls due: no engine event marks a plan action's date, so
 * once a day (and on any node: each owner is told once per due date, {@code plan_action_notice})
 * the live plans of cases in force are read for open actions due within
 * {@code partnerflow.referral.plan-action-notice} (P2D: today, tomorrow or the day after) or already
 * past and never told. The owner is the Partnerflow person the action names, or the practitioner of
 * the team membership that owns it; an action owned by a contact outside Partnerflow, or by no one,
 * is told to the Lead Professional. The notification names the case's reference only.
 */
@Component
@EnableScheduling
class PlanActionsDue {

    private static final Logger log = LoggerFactory.getLogger(PlanActionsDue.class);
    private static final String DUE = """
            select d.concern_id, a.action_ref, a.owner_id, a.due_date, c.lead_professional, m.practitioner
            from plan_draft_action a
            join childs_plan_draft d on d.id = a.draft_id
            join wellbeing_concern c on c.id = d.concern_id
            left join team_member m on a.owner_id = concat('member:', cast(m.id as varchar(20)))
            where a.status in ('NOT_STARTED', 'IN_PROGRESS') and a.due_date is not null and a.due_date <= ?
              and c.closed_at is null and c.stage in ('SINGLE_AGENCY', 'MULTI_AGENCY', 'REVIEW')
              and not exists (select 1 from plan_action_notice n
                              where n.concern_id = d.concern_id and n.action_ref = a.action_ref and n.due_date = a.due_date)
            order by a.due_date, d.concern_id""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Notifications notifications;
    private final org.partnerflow.identity.People people;
    private final Clock clock;
    private final Period ahead;

    PlanActionsDue(JdbcTemplate jdbc, TransactionTemplate transactions, Notifications notifications, org.partnerflow.identity.People people,
                   Clock clock, @Value("${partnerflow.referral.plan-action-notice:P2D}") Period ahead) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.notifications = notifications;
        this.people = people;
        this.clock = clock;
        this.ahead = ahead;
    }

    /** Each morning at 07:00 Scottish time ({@code partnerflow.referral.plan-action-notice-cron}). */
    @Scheduled(cron = "${partnerflow.referral.plan-action-notice-cron:0 0 7 * * *}", zone = "Europe/London")
    void daily() {
        try {
            int told = tellOfActionsDue(LocalDate.now(clock.withZone(Words.ZONE)));
            log.info("Plan actions due: {} owner(s) told", told);
        } catch (RuntimeException e) {
            log.warn("Plan actions due: pass failed: {}", e.getClass().getSimpleName());
        }
    }

    /** One pass for the day {@code today}; @return how many actions were told of */
    int tellOfActionsDue(LocalDate today) {
        int told = 0;
        for (Map<String, Object> row : jdbc.queryForList(DUE, Date.valueOf(today.plus(ahead)))) {
            long concernId = ((Number) row.get("concern_id")).longValue();
            String ref = (String) row.get("action_ref");
            LocalDate due = ((Date) row.get("due_date")).toLocalDate();
            Optional<String> owner = ownerOf((String) row.get("owner_id"), (String) row.get("practitioner"))
                    .or(() -> Optional.ofNullable((String) row.get("lead_professional")));
            if (owner.isEmpty()) {
                continue;
            }
            try {
                Boolean done = transactions.execute(status -> {
                    jdbc.update("insert into plan_action_notice (concern_id, action_ref, due_date, told_at) values (?, ?, ?, ?)",
                            concernId, ref, Date.valueOf(due), Timestamp.from(clock.instant()));
                    return notifications.tell(List.of(owner.get()), Notification.Kind.PLAN_ACTION_DUE,
                            WellbeingConcern.referenceOf(concernId), "cases/" + concernId, null) > 0;
                });
                told += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (DuplicateKeyException toldElsewhere) {
                // Another node (or pass) told of this action for this date first.
            }
        }
        return told;
    }

    /** A Partnerflow person who owns the action: {@code person:<id>}, or a membership whose practitioner signs in. */
    private Optional<String> ownerOf(String ownerId, String practitioner) {
        if (ownerId == null) {
            return Optional.empty();
        }
        if (ownerId.startsWith(PlanOwners.PERSON)) {
            return Optional.of(ownerId.substring(PlanOwners.PERSON.length()));
        }
        return Optional.ofNullable(practitioner).filter(people::exists);
    }
}
