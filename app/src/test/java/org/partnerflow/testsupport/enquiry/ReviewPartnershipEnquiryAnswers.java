package org.partnerflow.testsupport.enquiry;

import java.time.LocalDate;
import org.partnerflow.workflow.form.AnswersOf;

/** The fixture's review form: a partnership lead accepts or declines the enquiry. */
@AnswersOf("review-partnership-enquiry")
record ReviewPartnershipEnquiryAnswers(Decision decision, String decisionReason, LocalDate firstMeeting,
                                       Boolean dataSharingDiscussed, Priority priority) {

    enum Decision { ACCEPT, DECLINE }

    enum Priority { NORMAL, HIGH }
}
