package org.partnerflow.referral;

import java.util.List;
import java.util.Optional;

/**
 * Everything the child page shows of one child's record, read in one go after the access check
 * ({@link ChildRecord#open}): the child, every concern about them, the Child's Plan in force, one
 * chronology across all concerns, the people with parental responsibility and carers, and the
 * history of both.
 */
public record ChildRecordFile(
        Child child,
        /* newest first */
        List<Concern> concerns,
        Optional<CurrentPlan> currentPlan,
        /* every concern's entries, in the order they happened */
        List<ChronologyLine> chronology,
        /* the chronology reached its bound: older entries than shown... are not, so the page says so */
        boolean chronologyTruncated,
        List<ChildDetailsChange> detailsHistory,
        List<ParentOrCarer> parentsAndCarers,
        List<ParentOrCarerChange> parentsAndCarersHistory) {

    /** A concern about the child, and whether it is single-agency work (its chronology differs from a multi-agency one). */
    public record Concern(WellbeingConcern concern, boolean singleAgency) {
    }

    /** The latest agreed version of the open case's plan. */
    public record CurrentPlan(WellbeingConcern concern, ChildsPlanVersion version) {

        /**
         * The case is stepped down to universal support under its Named Person: its last plan is then
         * the plan before step-down, no longer in force.
         */
        public boolean steppedDown() {
            return concern.getStage() == CaseStage.STEPPED_DOWN;
        }
    }

    /** A chronology entry and whether it belongs to a single-agency case. */
    public record ChronologyLine(ChronologyEntry entry, boolean singleAgency) {
    }

    /** The people with a part now (not ended). */
    public List<ParentOrCarer> currentParentsAndCarers() {
        return parentsAndCarers.stream().filter(ParentOrCarer::isCurrent).toList();
    }

    /**
     * Single-agency work: the Named Person's own agency supports the child (a universal or targeted
     * single-agency pathway, or the single-agency stage), with no Lead Professional and no multi-agency plan.
     */
    static boolean singleAgency(WellbeingConcern concern) {
        if (concern.getPathway() == Pathway.MULTI_AGENCY || concern.getStage() == CaseStage.MULTI_AGENCY || concern.getLeadProfessional() != null) {
            return false;
        }
        return concern.getStage() == CaseStage.SINGLE_AGENCY || concern.getPathway() == Pathway.UNIVERSAL
                || concern.getPathway() == Pathway.TARGETED_SINGLE_AGENCY;
    }
}
