package org.partnerflow.testsupport.enquiry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.partnerflow.workflow.SubjectSummary;
import org.partnerflow.workflow.SubjectSummary.Fact;
import org.partnerflow.workflow.SubjectSummaryProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The enquiry record beside its review task. */
@Component
class PartnershipEnquirySummary implements SubjectSummaryProvider {

    private final PartnershipEnquiries enquiries;

    PartnershipEnquirySummary(PartnershipEnquiries enquiries) {
        this.enquiries = enquiries;
    }

    @Override
    public boolean summarises(String processDefinitionKey) {
        return "partnership-enquiry".equals(processDefinitionKey);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SubjectSummary> summarise(String processInstanceId) {
        return enquiries.findByProcessInstanceId(processInstanceId).map(e -> {
            List<Fact> facts = new ArrayList<>();
            facts.add(new Fact("Purpose and aims", e.getPurpose()));
            facts.add(new Fact("Partners", e.getPartnerTypes()));
            facts.add(new Fact("Formal meetings a year", e.getMeetingsPerYear() == null ? "" : e.getMeetingsPerYear().toString()));
            facts.add(new Fact("Contact", e.getContactEmail()));
            facts.add(new Fact("Raised by", e.getRaisedBy()));
            facts.add(new Fact("Status", e.getStatus().name().toLowerCase()));
            return new SubjectSummary("Partnership enquiry: " + e.getName(), facts);
        });
    }
}
