package org.partnerflow.testsupport.enquiry;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.workflow.StaleRecordException;
import org.partnerflow.workflow.form.Answers;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the fixture's enquiry record from its process. The steps run inside the engine command, in
 * the caller's transaction: if the process cannot move on, the record is not written either (the
 * rollback tests rely on that).
 */
@Service
public class PartnershipEnquiryRecords {

    private final PartnershipEnquiries enquiries;

    public PartnershipEnquiryRecords(PartnershipEnquiries enquiries) {
        this.enquiries = enquiries;
    }

    /** Edits an enquiry's name and purpose, refusing if it changed since the editor read {@code expectedVersion}. */
    @Transactional
    public PartnershipEnquiry edit(long id, long expectedVersion, String name, String purpose) {
        PartnershipEnquiry enquiry = enquiries.findById(id).orElseThrow();
        if (enquiry.getVersion() != expectedVersion) {
            throw new StaleRecordException("partnership enquiry", expectedVersion, enquiry.getVersion());
        }
        enquiry.rename(name, purpose);
        return enquiries.saveAndFlush(enquiry);
    }

    private static String userOf(DelegateExecution execution) {
        var auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return auth == null ? null : auth.getUserId();
    }

    /** "Record the enquiry" ({@code ${recordPartnershipEnquiry}}). */
    @Component("recordPartnershipEnquiry")
    static class RecordEnquiry implements JavaDelegate {

        /** The enquiry's id, and every task's subject. */
        record Recorded(Long enquiryId, String subject) {
        }

        private final PartnershipEnquiries enquiries;
        private final Clock clock;

        RecordEnquiry(PartnershipEnquiries enquiries, Clock clock) {
            this.enquiries = enquiries;
            this.clock = clock;
        }

        @Override
        public void execute(DelegateExecution execution) {
            PartnershipEnquiryAnswers a = Answers.of(execution, PartnershipEnquiryAnswers.class);
            PartnershipEnquiry enquiry = enquiries.save(new PartnershipEnquiry(a.name(), a.purpose(),
                    a.partnerTypes().isEmpty() ? null : String.join(", ", a.partnerTypes()), a.contactEmail(),
                    a.meetingsPerYear(), userOf(execution), clock.instant(), execution.getProcessInstanceId()));
            Answers.write(execution, new Recorded(enquiry.getId(), "Partnership enquiry: " + enquiry.getName()));
        }
    }

    /** "Record the decision" ({@code ${recordEnquiryDecision}}). */
    @Component("recordEnquiryDecision")
    static class RecordDecision implements JavaDelegate {

        private final PartnershipEnquiries enquiries;
        private final Clock clock;

        RecordDecision(PartnershipEnquiries enquiries, Clock clock) {
            this.enquiries = enquiries;
            this.clock = clock;
        }

        @Override
        public void execute(DelegateExecution execution) {
            PartnershipEnquiry enquiry = enquiries.findByProcessInstanceId(execution.getProcessInstanceId())
                    .orElseThrow(() -> new IllegalStateException("No enquiry record for process " + execution.getProcessInstanceId()));
            ReviewPartnershipEnquiryAnswers a = Answers.of(execution, ReviewPartnershipEnquiryAnswers.class);
            enquiry.decide(a.decision() == ReviewPartnershipEnquiryAnswers.Decision.ACCEPT, a.decisionReason(), userOf(execution),
                    clock.instant());
        }
    }
}
