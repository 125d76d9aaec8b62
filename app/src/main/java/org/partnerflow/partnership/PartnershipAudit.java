package org.partnerflow.partnership;

import java.util.Optional;
import org.partnerflow.audit.AuditSubject;
import org.partnerflow.audit.AuditedRecords;
import org.springframework.stereotype.Component;

/** A partnership as the audit sees it: its process's history is its whole account. */
@Component
class PartnershipAudit implements AuditedRecords {

    static final String RECORD_TYPE = "partnership";

    private final Partnerships partnerships;

    PartnershipAudit(Partnerships partnerships) {
        this.partnerships = partnerships;
    }

    @Override
    public String type() {
        return "partnership";
    }

    @Override
    public String accessRecordType() {
        return RECORD_TYPE;
    }

    @Override
    public Optional<AuditSubject> find(long id) {
        return partnerships.findById(id).map(p -> new AuditSubject(type(), id, "Partnership: " + p.getName(), p.getProcessInstanceId(), accessRecordType()));
    }
}
