package org.partnerflow.indicators;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface YearlyValues extends Repository<YearlyValue, Long> {

    YearlyValue save(YearlyValue value);

    Optional<YearlyValue> findByIndicatorIdAndSchoolYear(Long indicatorId, String schoolYear);

    List<YearlyValue> findAllByOrderBySchoolYearAsc();

    List<YearlyValue> findByIndicatorIdOrderBySchoolYearAsc(Long indicatorId);
}
