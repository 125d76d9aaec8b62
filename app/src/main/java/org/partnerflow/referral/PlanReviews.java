package org.partnerflow.referral;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Append and read only. */
interface PlanReviews extends Repository<PlanReview, Long> {

    PlanReview save(PlanReview review);

    List<PlanReview> findByConcernIdOrderByHeldAtAsc(Long concernId);
}
