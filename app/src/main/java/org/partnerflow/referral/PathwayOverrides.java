package org.partnerflow.referral;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Pathway decisions as records: the rules' recommendation, the pathway chosen and the reason when
 * they differ (written by "Record the pathway"); read by the case page and counted by the oversight
 * page's override rate ({@link ReferralOversight}).
 */
@Service
public class PathwayOverrides {

    private final PathwayDecisions decisions;
    private final Clock clock;

    PathwayOverrides(PathwayDecisions decisions, Clock clock) {
        this.decisions = decisions;
        this.clock = clock;
    }

    PathwayDecision record(WellbeingConcern concern, Pathway recommended, Pathway chosen, String reason, String user) {
        return decisions.save(new PathwayDecision(concern.getId(), recommended, chosen, reason, user, clock.instant()));
    }

    /** The case's pathway decisions, oldest first; for the case page, after it has opened the case. */
    public List<PathwayDecision> decisionsFor(Long concernId) {
        return decisions.findByConcernIdOrderByDecidedAtAscIdAsc(concernId);
    }
}
