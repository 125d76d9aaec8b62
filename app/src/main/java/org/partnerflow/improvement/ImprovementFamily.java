package org.partnerflow.improvement;

import java.util.List;
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

    ImprovementFamily(ImprovementSummary summary) {
        this.summary = summary;
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
}
