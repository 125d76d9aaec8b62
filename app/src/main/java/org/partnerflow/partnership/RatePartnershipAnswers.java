package org.partnerflow.partnership;

import org.partnerflow.workflow.form.AnswersOf;

/** One partner's rating, 1 to 6, of each of the nine principles, with the evidence for them. */
@AnswersOf("rate-partnership")
record RatePartnershipAnswers(String principle1, String principle2, String principle3, String principle4, String principle5,
                              String principle6, String principle7, String principle8, String principle9,
                              String ratingEvidence) {

    /** The rating given to a principle (the form's options are the numbers 1 to 6). */
    int rating(PartnershipPrinciple principle) {
        String[] given = {principle1, principle2, principle3, principle4, principle5, principle6, principle7, principle8, principle9};
        return Integer.parseInt(given[principle.ordinal()]);
    }
}
