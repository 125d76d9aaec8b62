package org.partnerflow.partnership;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnerflow.notification.Notification;
import org.partnerflow.workflow.OversightFigure;
import org.partnerflow.workflow.ProcessFamily;
import org.partnerflow.workflow.SubjectSummaryProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A partnership: proposed, set up with its partners and protocol, then evaluated in cycles. */
@Component
@Order(2)
public class PartnershipFamily implements ProcessFamily {

    /** The BPMN process id; only this package names it, everything else asks the family. */
    static final String KEY = "partnership";

    /** Its tasks whose notifications say what the work is; the others are said as assigned or offered. */
    private static final Map<String, Notification.Kind> NOTICES = Map.of(
            "Activity_PrepareAgenda", Notification.Kind.PARTNERSHIP_MEETING_DUE,
            "Activity_RecordMeeting", Notification.Kind.PARTNERSHIP_MEETING_DUE,
            "Activity_RatePartnership", Notification.Kind.EVALUATION_DUE,
            "Activity_ConsolidateEvaluation", Notification.Kind.EVALUATION_DUE);

    private final PartnershipSummary summary;
    private final Partnerships partnerships;
    private final PartnershipOversight oversight;

    PartnershipFamily(PartnershipSummary summary, PartnershipOversight oversight, Partnerships partnerships) {
        this.partnerships = partnerships;
        this.summary = summary;
        this.oversight = oversight;
    }

    @Override
    public String processKey() {
        return KEY;
    }

    @Override
    public String displayName() {
        return "Partnerships";
    }

    @Override
    public SubjectSummaryProvider summary() {
        return summary;
    }

    @Override
    public List<String> auditedRecordTypes() {
        return List.of(PartnershipAudit.RECORD_TYPE);
    }

    @Override
    public String historyKind() {
        return "partnership";
    }

    @Override
    public String startPage() {
        return "partnerships/new";
    }

    @Override
    public String recordsPage() {
        return "partnerships";
    }

    /** Refused unless the person may oversee (the figures' own service asks the policy). */
    @Override
    public List<OversightFigure> oversightFigures() {
        return oversight.figures();
    }

    @Override
    public Optional<Notification.Kind> noticeOf(String taskDefinitionKey) {
        return Optional.ofNullable(NOTICES.get(taskDefinitionKey));
    }

    /** P- and the record's number, six digits at least (P-000123). */
    @Override
    public Optional<String> reference(String processInstanceId) {
        return partnerships.findByProcessInstanceId(processInstanceId).map(Partnership::getId).map(Partnership::referenceOf);
    }
}
