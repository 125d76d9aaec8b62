package org.partnerflow.referral;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * One child, one record: which of the child's cases a new concern joins. An open case is another
 * concern of the same child that is not closed, not itself joined elsewhere, not handed to child
 * protection procedures, and past its own assessment (its Named Person assessment is recorded, so its
 * process has a coordinator and is working the case: confirming the pathway, supporting, planning or
 * reviewing).
 * A concern still waiting for its assessment is not one: two new concerns assessed side by side both
 * go on, and the next concern joins the older.
 */
@Service
class OpenCases {

    /** Stages in which a case's process has ended, or goes on only as part of another case. */
    private static final Set<CaseStage> ENDED = EnumSet.of(CaseStage.CLOSED, CaseStage.JOINED, CaseStage.CHILD_PROTECTION_PROCEDURES);

    private final WellbeingConcerns concerns;
    private final WellbeingAssessments assessments;

    OpenCases(WellbeingConcerns concerns, WellbeingAssessments assessments) {
        this.concerns = concerns;
        this.assessments = assessments;
    }

    /** The child's open case this concern should join: the oldest, if there are several from before joining existed. */
    Optional<WellbeingConcern> openCaseFor(WellbeingConcern concern) {
        return others(concern).stream().filter(this::isOpen).findFirst();
    }

    /** The child has had cases before and every one of them is over: this concern starts a new episode of the record. */
    boolean startsNewEpisode(WellbeingConcern concern) {
        List<WellbeingConcern> others = others(concern);
        return !others.isEmpty() && others.stream().allMatch(c -> ENDED.contains(c.getStage()));
    }

    /** The concerns that joined the case. */
    List<WellbeingConcern> joinedTo(WellbeingConcern openCase) {
        return concerns.findByJoinedCaseIdOrderByRaisedAtAscIdAsc(openCase.getId());
    }

    private boolean isOpen(WellbeingConcern c) {
        return !ENDED.contains(c.getStage()) && c.getProcessInstanceId() != null && assessments.existsByConcernId(c.getId());
    }

    private List<WellbeingConcern> others(WellbeingConcern concern) {
        return concerns.findAllOfChild(concern.getChild().getId()).stream().filter(c -> !c.getId().equals(concern.getId())).toList();
    }
}
