package org.partnerflow.referral;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.partnerflow.audit.AuditSubject;
import org.partnerflow.audit.AuditedRecords;
import org.partnerflow.audit.TimelineEvent;
import org.partnerflow.words.Words;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * A child's record as the audit sees it: openings of the child page are logged as
 * {@value ChildRecord#RECORD_TYPE}; its history is the latest concern's process with the record's
 * own changes (corrections of the child's details, changes to parents and carers).
 */
@Component
class ChildRecordAudit implements AuditedRecords {

    private final Children children;
    private final WellbeingConcerns concerns;
    private final ChildDetailsChanges detailsChanges;
    private final ParentOrCarerChanges parentChanges;

    ChildRecordAudit(Children children, WellbeingConcerns concerns, ChildDetailsChanges detailsChanges, ParentOrCarerChanges parentChanges) {
        this.children = children;
        this.concerns = concerns;
        this.detailsChanges = detailsChanges;
        this.parentChanges = parentChanges;
    }

    @Override
    public String type() {
        return "child";
    }

    @Override
    public String accessRecordType() {
        return ChildRecord.RECORD_TYPE;
    }

    @Override
    public Optional<AuditSubject> find(long id) {
        return children.findById(id).flatMap(child -> concerns.findByChildId(id, PageRequest.of(0, 1)).stream().findFirst()
                .filter(c -> c.getProcessInstanceId() != null)
                .map(latest -> new AuditSubject(type(), id, "Child " + id + ": " + child.fullName(), latest.getProcessInstanceId(),
                        accessRecordType())));
    }

    @Override
    public List<TimelineEvent> recordEvents(AuditSubject subject) {
        List<TimelineEvent> events = new ArrayList<>();
        for (ChildDetailsChange c : detailsChanges.findByChildIdOrderByChangedAtAscIdAsc(subject.id())) {
            events.add(new TimelineEvent(c.getChangedAt(), TimelineEvent.Kind.CHRONOLOGY, c.getChangedBy(), "Child's details corrected",
                    "Were " + shown(c.was()) + "; now " + shown(c.now()) + ". Why: " + c.getReason()));
        }
        for (ParentOrCarerChange c : parentChanges.findByChildId(subject.id())) {
            events.add(new TimelineEvent(c.getChangedAt(), TimelineEvent.Kind.CHRONOLOGY, c.getChangedBy(),
                    "Parent or carer " + Words.of(c.getKind()).toLowerCase(Words.LOCALE),
                    c.details().name() + " (" + Words.of(c.details().relationship()) + ")" + (c.getReason() == null ? "" : ". Why: " + c.getReason())));
        }
        return events;
    }

    static String shown(ChildDetails d) {
        return d.fullName() + ", born " + Words.date(d.dateOfBirth()) + ", " + d.school()
                + (d.candidateNumber() == null ? "" : ", SCN " + d.candidateNumber());
    }
}
