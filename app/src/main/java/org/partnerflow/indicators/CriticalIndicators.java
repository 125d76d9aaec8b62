package org.partnerflow.indicators;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface CriticalIndicators extends Repository<CriticalIndicator, Long> {

    CriticalIndicator save(CriticalIndicator indicator);

    Optional<CriticalIndicator> findById(Long id);

    Optional<CriticalIndicator> findByCode(String code);

    List<CriticalIndicator> findByCodeIn(Collection<String> codes);

    List<CriticalIndicator> findAllByOrderByPositionAsc();

    boolean existsByCode(String code);

    boolean existsByNameIgnoreCase(String name);
}
