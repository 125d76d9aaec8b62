package org.partnerflow.partnership;

import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.Repository;

interface PrincipleRatings extends Repository<PrincipleRating, Long> {

    PrincipleRating save(PrincipleRating rating);

    List<PrincipleRating> findByEvaluationIdIn(Collection<Long> evaluationIds);
}
