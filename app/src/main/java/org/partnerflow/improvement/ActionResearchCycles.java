package org.partnerflow.improvement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface ActionResearchCycles extends Repository<ActionResearchCycle, Long> {

    ActionResearchCycle save(ActionResearchCycle cycle);

    List<ActionResearchCycle> findByProjectIdOrderByNumberAsc(Long projectId);

    Optional<ActionResearchCycle> findByProjectIdAndNumber(Long projectId, int number);
}
