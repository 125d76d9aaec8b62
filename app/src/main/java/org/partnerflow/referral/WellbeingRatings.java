package org.partnerflow.referral;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WellbeingRatings extends JpaRepository<WellbeingRating, Long> {

    List<WellbeingRating> findByConcernIdOrderByRatedAtAscIndicatorAsc(Long concernId);
}
