package org.partnerflow.referral;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Append and read only: a new assessment is a new record. */
interface WellbeingAssessments extends Repository<WellbeingAssessment, Long> {

    WellbeingAssessment save(WellbeingAssessment assessment);

    List<WellbeingAssessment> findByConcernIdOrderByAssessedAtAsc(Long concernId);

    boolean existsByConcernId(Long concernId);
}
