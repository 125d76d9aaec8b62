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
        /* whether the reader works on the case, so may correct its chronology (not only raised it) */
        boolean mayCorrect,
        /* new concerns about the child that joined this case, oldest first */
        List<WellbeingConcern> joinedConcerns) {

    /** The plan in force: the latest agreed version, if any. */
    public java.util.Optional<ChildsPlanVersion> currentPlan() {
        return planVersions.stream().findFirst();
    }

    /** The correction that supersedes an entry, if the chronology holds one. */
    public java.util.Optional<ChronologyEntry> correctionOf(ChronologyEntry entry) {
        return chronology.stream().filter(e -> entry.getId().equals(e.getCorrectsEntryId())).findFirst();
    }

    /** The entry a correction corrects. */
    public java.util.Optional<ChronologyEntry> corrected(ChronologyEntry correction) {
        return correction.getCorrectsEntryId() == null ? java.util.Optional.empty()
                : chronology.stream().filter(e -> e.getId().equals(correction.getCorrectsEntryId())).findFirst();
    }

    /** An open task of the case: what happens next, who has it, and by when. */
    public record NextStep(String task, String heldBy, Date due) {
    }
}
