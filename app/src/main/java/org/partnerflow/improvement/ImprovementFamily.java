package org.partnerflow.improvement;

import java.util.List;
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

    private final ImprovementSummary summary;
    private final ImprovementOversight oversight;

    ImprovementFamily(ImprovementSummary summary, ImprovementOversight oversight) {
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
}
