package org.partnerflow.improvement;

import org.partnerflow.audit.AuditedRecords;
import org.partnerflow.audit.ProcessRecordAudit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** An improvement project as the audit sees it: its process's history is its whole account. */
@Configuration(proxyBeanMethods = false)
class ProjectAudit {

    static final String RECORD_TYPE = "improvement-project";

    @Bean
    AuditedRecords projectRecords(ImprovementProjects projects) {
        return new ProcessRecordAudit("project", RECORD_TYPE, "Improvement project", id -> projects.findById(id)
                .map(p -> new ProcessRecordAudit.Found(p.getName(), p.getProcessInstanceId())));
    }
}
