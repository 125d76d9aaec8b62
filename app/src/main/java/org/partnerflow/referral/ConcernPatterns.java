package org.partnerflow.referral;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConcernPatterns extends JpaRepository<ConcernPattern, Long> {

    Optional<ConcernPattern> findByConcernId(Long concernId);

    List<ConcernPattern> findByChildIdOrderByNoticedAtDesc(Long childId);

    List<ConcernPattern> findTop200ByNoticedAtAfterOrderByNoticedAtDesc(Instant since);
}
