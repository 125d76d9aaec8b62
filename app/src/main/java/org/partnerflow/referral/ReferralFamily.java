package org.partnerflow.referral;

import java.util.List;
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

    private final ReferralSummary summary;
    private final ReferralOversight oversight;

    ReferralFamily(ReferralSummary summary, ReferralOversight oversight) {
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
}
