package org.partnerflow.improvement;

import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.Repository;

/** Values are appended as they are measured; a correction is a new value. */
interface MeasureValues extends Repository<MeasureValue, Long> {

    MeasureValue save(MeasureValue value);

    List<MeasureValue> findByMeasureIdInOrderByMeasuredOnAscIdAsc(Collection<Long> measureIds);
}
