package org.partnerflow.partnership;

import org.partnerflow.workflow.form.AnswersOf;

/** One partner's rating, 1 to 6, of each of the nine principles, with the evidence for them. */
@AnswersOf("rate-partnership")
record RatePartnershipAnswers(Integer principle1, Integer principle2, Integer principle3, Integer principle4, Integer principle5,
                              Integer principle6, Integer principle7, Integer principle8, Integer principle9,
                              String ratingEvidence) {

    /** The rating given to a principle (the form's options are the numbers 1 to 6). */
    int rating(PartnershipPrinciple principle) {
        Integer[] given = {principle1, principle2, principle3, principle4, principle5, principle6, principle7, principle8, principle9};
        return given[principle.ordinal()];
    }
}
