package org.partnerflow.referral;

import org.partnerflow.workflow.form.AnswersOf;

/**
 * The Named Person's pathway (confirm-pathway.form).
 *
 * @param recommendedPathway what the pathway rules (girfec-pathway.dmn) recommended, shown on the form
 */
@AnswersOf("confirm-pathway")
record ConfirmPathwayAnswers(Pathway recommendedPathway, PathwayChoice pathwayChoice, Pathway overridePathway, String overrideReason) {

    enum PathwayChoice { ACCEPT, OVERRIDE }

    boolean overridden() {
        return pathwayChoice == PathwayChoice.OVERRIDE;
    }

    Pathway chosen() {
        return overridden() ? overridePathway : recommendedPathway;
    }
}
