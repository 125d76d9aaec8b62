package org.partnerflow.partnership;

import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.Repository;

interface IndicatorValues extends Repository<IndicatorValue, Long> {

    IndicatorValue save(IndicatorValue value);

    List<IndicatorValue> findByEvaluationIdIn(Collection<Long> evaluationIds);
}
