package org.partnerflow.improvement;

import java.util.Optional;
import org.partnerflow.audit.AuditSubject;
import org.partnerflow.audit.AuditedRecords;
import org.springframework.stereotype.Component;

/** An improvement project as the audit sees it: its process's history is its whole account. */
@Component
class ProjectAudit implements AuditedRecords {

    static final String RECORD_TYPE = "improvement-project";

    private final ImprovementProjects projects;

    ProjectAudit(ImprovementProjects projects) {
        this.projects = projects;
    }

    @Override
    public String type() {
        return "project";
    }

    @Override
    public String accessRecordType() {
        return RECORD_TYPE;
    }

    @Override
    public Optional<AuditSubject> find(long id) {
        return projects.findById(id).map(p -> new AuditSubject(type(), id, "Improvement project: " + p.getName(), p.getProcessInstanceId(), accessRecordType()));
    }
}
