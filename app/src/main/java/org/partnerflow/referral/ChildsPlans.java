package org.partnerflow.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.partnerflow.workflow.form.FieldErrors;
import org.partnerflow.workflow.form.FormValidationException;
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
    private final ChildsPlanDrafts drafts;
    private final PlanOwners owners;

    ChildsPlans(ChildsPlanVersions versions, WellbeingConcerns concerns, ChildsPlanDrafts drafts, PlanOwners owners) {
        this.versions = versions;
        this.concerns = concerns;
        this.drafts = drafts;
        this.owners = owners;
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
        ChildsPlanVersion agreed = versions.save(next);
        // The plan editor starts again from what was just agreed.
        drafts.findByConcernId(agreed.getConcernId()).ifPresentOrElse(d -> d.startFrom(agreed),
                () -> drafts.save(new ChildsPlanDraft(agreed)));
        return agreed;
    }

    /**
     * At a review that continues the plan: the next version is agreed from the plan as the Lead
     * Professional changed it since {@code current} (its draft; none: unchanged). Refused in words, and
     * nothing written, while an open action is owned by someone no longer on the team.
     */
    @Transactional
    ChildsPlanVersion agreeAtReview(ChildsPlanVersion current, Instant now, String agreedBy, LocalDate nextReviewDate) {
        WellbeingConcern concern = concerns.lockById(current.getConcernId()).orElseThrow();
        Optional<ChildsPlanDraft> draft = drafts.findByConcernId(current.getConcernId())
                .filter(d -> d.getBasedOnVersion() == current.getVersionNumber());
        if (draft.isEmpty()) {
            return agree(current.nextAtReview(now, agreedBy, nextReviewDate));
        }
        List<String> team = owners.teamOf(concern).stream().map(PlanOwner::id).toList();
        draft.get().getActions().stream()
                .filter(a -> a.getStatus().isOpen() && a.getOwnerId() != null && !team.contains(a.getOwnerId()))
                .findFirst().ifPresent(a -> {
                    throw new FormValidationException("review-childs-plan", FieldErrors.of("reviewDecision", "The action \""
                            + a.getWhat() + "\" is owned by " + a.getWho() + ", who is no longer on the team around the child: give it"
                            + " a new owner in the plan editor on the case page, then agree the plan."));
                });
        return agree(current.nextAtReview(draft.get(), now, agreedBy, concern.getLeadProfessional(), nextReviewDate));
    }
}
