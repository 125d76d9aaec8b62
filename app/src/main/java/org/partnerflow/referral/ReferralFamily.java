package org.partnerflow.referral;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnerflow.identity.Permissions;
import org.partnerflow.notification.Notification;
import org.partnerflow.workflow.OversightFigure;
import org.partnerflow.workflow.ProcessFamily;
import org.partnerflow.workflow.SubjectSummaryProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The GIRFEC referral: a wellbeing concern about a child, through to the team around the child. */
@Component
@Order(1)
public class ReferralFamily implements ProcessFamily {

    /** The BPMN process id; only this package names it, everything else asks the family. */
    static final String KEY = "girfec-referral";

    /** Its tasks whose notifications say what the work is; the others are said as assigned or offered. */
    private static final Map<String, Notification.Kind> NOTICES = Map.ofEntries(
            Map.entry("Activity_NamedPersonAssessment", Notification.Kind.CONCERN_TO_ASSESS),
            Map.entry("Activity_CheckPossibleMatch", Notification.Kind.POSSIBLE_MATCH_TO_CHECK),
            Map.entry("Activity_ChildProtectionScreening", Notification.Kind.CHILD_PROTECTION_ESCALATION),
            Map.entry(Permissions.INVITATION_TASK, Notification.Kind.TEAM_INVITATION),
            Map.entry("Activity_AcceptTransfer", Notification.Kind.TRANSFER_TO_ACCEPT),
            Map.entry("Activity_TakeOnAsNamedPerson", Notification.Kind.NAMED_PERSON_TO_TAKE_ON),
            Map.entry("Activity_AppointLeadProfessional", Notification.Kind.LEAD_PROFESSIONAL_TO_TAKE_ON),
            Map.entry("Activity_TakeOnAsLeadProfessional", Notification.Kind.LEAD_PROFESSIONAL_TO_TAKE_ON),
            Map.entry("Activity_Review", Notification.Kind.REVIEW_DUE),
            Map.entry("Activity_StepDownReview", Notification.Kind.REVIEW_DUE),
            Map.entry("Activity_LookAtRecentConcerns", Notification.Kind.RECENT_CONCERNS_TO_LOOK_AT));

    private final ReferralSummary summary;
    private final WellbeingConcerns concerns;
    private final ReferralOversight oversight;

    ReferralFamily(ReferralSummary summary, ReferralOversight oversight, WellbeingConcerns concerns) {
        this.concerns = concerns;
        this.summary = summary;
        this.oversight = oversight;
    }

    @Override
    public String processKey() {
        return KEY;
    }

    @Override
    public String displayName() {
        return "GIRFEC referral";
    }

    @Override
    public SubjectSummaryProvider summary() {
        return summary;
    }

    @Override
    public List<String> auditedRecordTypes() {
        return List.of(CaseAccess.RECORD_TYPE, ChildRecord.RECORD_TYPE);
    }

    @Override
    public String historyKind() {
        return "case";
    }

    @Override
    public String startPage() {
        return "concerns/new";
    }

    @Override
    public String recordsPage() {
        return "caseload";
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

    /** C- and the record's number, six digits at least (C-000123). */
    @Override
    public Optional<String> reference(String processInstanceId) {
        return concerns.findByProcessInstanceId(processInstanceId).map(WellbeingConcern::getId).map(WellbeingConcern::referenceOf);
    }
}
