package org.partnerflow.partnership;

import org.partnerflow.audit.AuditedRecords;
import org.partnerflow.audit.ProcessRecordAudit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A partnership as the audit sees it: its process's history is its whole account. */
@Configuration(proxyBeanMethods = false)
class PartnershipAudit {

    static final String RECORD_TYPE = "partnership";

    @Bean
    AuditedRecords partnershipRecords(Partnerships partnerships) {
        return new ProcessRecordAudit("partnership", RECORD_TYPE, "Partnership", id -> partnerships.findById(id)
                .map(p -> new ProcessRecordAudit.Found(p.getName(), p.getProcessInstanceId())));
    }
}
