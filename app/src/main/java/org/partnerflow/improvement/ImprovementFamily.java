package org.partnerflow.improvement;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnerflow.notification.Notification;
import org.partnerflow.workflow.OversightFigure;
import org.partnerflow.workflow.ProcessFamily;
import org.partnerflow.workflow.SubjectSummaryProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** An improvement project: a partnership's action-research cycles on one enquiry question. */
@Component
@Order(3)
public class ImprovementFamily implements ProcessFamily {

    /** The BPMN process id; only this package names it, everything else asks the family. */
    static final String KEY = "action-research";

    /** Its tasks whose notifications say what the work is; the others are said as assigned or offered. */
    private static final Map<String, Notification.Kind> NOTICES = Map.of(
            "Activity_RecordMeasureValues", Notification.Kind.MEASURES_DUE);

    private final ImprovementSummary summary;
    private final ImprovementProjects projects;
    private final ImprovementOversight oversight;

    ImprovementFamily(ImprovementSummary summary, ImprovementOversight oversight, ImprovementProjects projects) {
        this.projects = projects;
        this.summary = summary;
        this.oversight = oversight;
    }

    @Override
    public String processKey() {
        return KEY;
    }

    @Override
    public String displayName() {
        return "Improvement projects";
    }

    @Override
    public SubjectSummaryProvider summary() {
        return summary;
    }

    @Override
    public List<String> auditedRecordTypes() {
        return List.of(ProjectAudit.RECORD_TYPE);
    }

    @Override
    public String historyKind() {
        return "project";
    }

    @Override
    public String startPage() {
        return "improvement/new";
    }

    @Override
    public String recordsPage() {
        return "improvement";
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

    /** I- and the record's number, six digits at least (I-000123). */
    @Override
    public Optional<String> reference(String processInstanceId) {
        return projects.findByProcessInstanceId(processInstanceId).map(ImprovementProject::getId).map(id -> String.format("I-%06d", id));
    }
}
