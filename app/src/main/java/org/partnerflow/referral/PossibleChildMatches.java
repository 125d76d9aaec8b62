package org.partnerflow.referral;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PossibleChildMatches extends JpaRepository<PossibleChildMatch, Long> {

    List<PossibleChildMatch> findByConcernIdOrderByIdAsc(Long concernId);

    List<PossibleChildMatch> findByConcernIdAndStatusOrderByIdAsc(Long concernId, PossibleChildMatch.Status status);
}
