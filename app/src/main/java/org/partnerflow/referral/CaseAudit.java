package org.partnerflow.referral;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.partnerflow.audit.AuditSubject;
import org.partnerflow.audit.AuditedRecords;
import org.partnerflow.audit.TimelineEvent;
import org.partnerflow.words.Words;
import org.springframework.stereotype.Component;

/** A child's case as the audit sees it: the referral's process and the case chronology, for the child's council's managers. */
@Component
class CaseAudit implements AuditedRecords {

    private final WellbeingConcerns concerns;
    private final ChronologyEntries chronology;
    private final CaseAnonymisations anonymisations;
    private final OverseenCouncils councils;

    CaseAudit(WellbeingConcerns concerns, ChronologyEntries chronology, CaseAnonymisations anonymisations, OverseenCouncils councils) {
        this.concerns = concerns;
        this.chronology = chronology;
        this.anonymisations = anonymisations;
        this.councils = councils;
    }

    /** A child's case's history is for the managers of the child's council (a case not yet placed: any manager's). */
    @Override
    public boolean mayAudit(AuditSubject subject) {
        return concerns.findById(subject.id()).map(this::oversees).orElse(false);
    }

    @Override
    public boolean mayAuditProcess(String processInstanceId) {
        return concerns.findByProcessInstanceId(processInstanceId).map(this::oversees).orElse(true);
    }

    private boolean oversees(WellbeingConcern concern) {
        return councils.oversee(concern.getChild().getAuthorityCode());
    }

    @Override
    public String type() {
        return "case";
    }

    @Override
    public String accessRecordType() {
        return CaseAccess.RECORD_TYPE;
    }

    @Override
    public Optional<AuditSubject> find(long id) {
        return concerns.findById(id).map(c -> new AuditSubject(type(), id, "Case " + id + ": " + c.getChild().fullName(),
                c.getProcessInstanceId(), accessRecordType()));
    }

    @Override
    public List<TimelineEvent> recordEvents(AuditSubject subject) {
        List<TimelineEvent> events = new ArrayList<>(chronology.findByConcernIdOrderByOccurredAtAscIdAsc(subject.id()).stream().map(e -> {
            // Entries are placed when they were written; an entry about an earlier moment says so.
            boolean backdated = Duration.between(e.getOccurredAt(), e.getRecordedAt()).abs().toMinutes() > 1;
            return new TimelineEvent(e.getRecordedAt(), TimelineEvent.Kind.CHRONOLOGY, e.getRecordedBy(),
                    Words.of(e.getKind()) + (e.getCorrectsEntryId() == null ? "" : " (corrects entry " + e.getCorrectsEntryId() + ")"),
                    (backdated ? "About " + e.getOccurredAt() + ": " : "") + e.getSummary());
        }).toList());
        anonymisations.findByConcernId(subject.id()).ifPresent(a -> events.add(new TimelineEvent(a.getAnonymisedAt(),
                TimelineEvent.Kind.CHRONOLOGY, a.getAnonymisedBy(), "Anonymised", a.getReason())));
        return events;
    }
}
