package org.partnerflow.partnership;

import java.util.List;
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

    private final PartnershipSummary summary;
    private final PartnershipOversight oversight;

    PartnershipFamily(PartnershipSummary summary, PartnershipOversight oversight) {
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
}
