package org.partnerflow.referral;

import java.util.Optional;
import org.partnerflow.workflow.StaleRecordException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one writer of {@link ChildsPlanVersion}s. A plan is never edited: each agreement adds the next
 * version, built from the version the person had in front of them. If another version was agreed from
 * the same base meanwhile, this one is refused ({@link StaleRecordException}) and theirs stands, so two
 * people agreeing at once never both become "version 2" and neither is silently lost.
 */
@Service
class ChildsPlans {

    private final ChildsPlanVersions versions;
    private final WellbeingConcerns concerns;

    ChildsPlans(ChildsPlanVersions versions, WellbeingConcerns concerns) {
        this.versions = versions;
        this.concerns = concerns;
    }

    Optional<ChildsPlanVersion> latest(Long concernId) {
        return versions.findByConcernIdOrderByVersionNumberDesc(concernId).stream().findFirst();
    }

    /** Agrees {@code next}, which must follow the latest agreed version (none: version 1). */
    @Transactional
    ChildsPlanVersion agree(ChildsPlanVersion next) {
        int basedOn = next.getVersionNumber() - 1;
        // Row lock on the case: a second agreement waits here until the first commits, then sees it.
        concerns.lockById(next.getConcernId());
        int latest = latest(next.getConcernId()).map(ChildsPlanVersion::getVersionNumber).orElse(0);
        if (latest != basedOn) {
            throw new StaleRecordException("Child's Plan", basedOn, latest);
        }
        return versions.save(next);
    }
}
