package org.partnerflow.partnership;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.workflow.Actors;
import org.partnerflow.workflow.StaleRecordException;
import org.partnerflow.workflow.TaskSubjects;
import org.partnerflow.workflow.form.FormValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the partnership-enquiry case record from the process. The service tasks run inside the
 * engine command, in the caller's transaction: if the process cannot move on, the record is not
 * written either.
 */
@Service
public class PartnershipEnquiryRecords {

    private final PartnershipEnquiries enquiries;
    private final Clock clock;

    public PartnershipEnquiryRecords(PartnershipEnquiries enquiries, Clock clock) {
        this.enquiries = enquiries;
        this.clock = clock;
    }

    /** Service task "Record the enquiry" ({@code ${recordPartnershipEnquiry}}). */
    public void record(DelegateExecution execution) {
        Map<String, Object> v = FormValues.plain(execution.getVariables());
        PartnershipEnquiry enquiry = enquiries.save(new PartnershipEnquiry(
                (String) v.get("name"),
                (String) v.get("purpose"),
                v.get("partnerTypes") instanceof Collection<?> types ? String.join(", ", types.stream().map(String::valueOf).toList()) : null,
                (String) v.get("contactEmail"),
                v.get("meetingsPerYear") instanceof Number n ? n.intValue() : null,
                Actors.of(execution),
                clock.instant(),
                execution.getProcessInstanceId()));
        execution.setVariable("enquiryId", enquiry.getId());
        execution.setVariable(TaskSubjects.SUBJECT, "Partnership enquiry: " + enquiry.getName());
    }

    /** Service task "Record the decision" ({@code ${recordEnquiryDecision}}). */
    public void recordDecision(DelegateExecution execution) {
        PartnershipEnquiry enquiry = enquiries.findByProcessInstanceId(execution.getProcessInstanceId())
                .orElseThrow(() -> new IllegalStateException("No enquiry record for process " + execution.getProcessInstanceId()));
        enquiry.decide("accept".equals(execution.getVariable("decision")),
                (String) execution.getVariable("decisionReason"),
                Actors.of(execution), clock.instant());
    }

    /**
     * Edits an enquiry's name and purpose, refusing if it changed since the editor read {@code expectedVersion}.
     */
    @Transactional
    public PartnershipEnquiry edit(long id, long expectedVersion, String name, String purpose) {
        PartnershipEnquiry enquiry = enquiries.findById(id).orElseThrow();
        if (enquiry.getVersion() != expectedVersion) {
            throw new StaleRecordException("partnership enquiry", expectedVersion, enquiry.getVersion());
        }
        enquiry.rename(name, purpose);
        return enquiries.saveAndFlush(enquiry);
    }

    @Configuration(proxyBeanMethods = false)
    static class Delegates {

        @Bean
        JavaDelegate recordPartnershipEnquiry(PartnershipEnquiryRecords records) {
            return records::record;
        }

        @Bean
        JavaDelegate recordEnquiryDecision(PartnershipEnquiryRecords records) {
            return records::recordDecision;
        }
    }
}
