package org.partnerflow.testsupport.enquiry;

import java.util.List;
import org.partnerflow.workflow.form.AnswersOf;

/** The fixture's start form. */
@AnswersOf("partnership-enquiry")
record PartnershipEnquiryAnswers(String name, String purpose, List<String> partnerTypes, Integer meetingsPerYear,
                                 String contactEmail, String contactPhone) {
}
