package org.partnerflow.improvement;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Measures are defined once per project and never changed. */
interface Measures extends Repository<Measure, Long> {

    Measure save(Measure measure);

    List<Measure> findByProjectIdOrderByIdAsc(Long projectId);
}
