package org.partnerflow.referral;

import java.util.Date;
import java.util.List;

/** Everything the case page shows about one child's case, read in one go after the access check. */
public record CaseFile(
        WellbeingConcern concern,
        /* the child as the reader may see them: see CaseAccess#childAsSeen */
        ChildDetails child,
        List<WellbeingAssessment> assessments,
        List<WellbeingRating> ratings,
        List<ChronologyEntry> chronology,
        List<NextStep> nextSteps,
        List<ConsentRecord> consents,
        List<InformationSharingDecision> sharing,
        List<TeamMember> team,
        List<ChildsPlanVersion> planVersions,
        List<PlanReview> reviews,
        /* new concerns about the child that joined this case, oldest first */
        List<WellbeingConcern> joinedConcerns) {

    /** The plan in force: the latest agreed version, if any. */
    public java.util.Optional<ChildsPlanVersion> currentPlan() {
        return planVersions.stream().findFirst();
    }

    /** An open task of the case: what happens next, who has it, and by when. */
    public record NextStep(String task, String heldBy, Date due) {
    }
}
