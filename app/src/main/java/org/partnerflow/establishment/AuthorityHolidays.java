package org.partnerflow.establishment;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuthorityHolidays extends JpaRepository<AuthorityHoliday, Long> {

    List<AuthorityHoliday> findByAuthorityCodeOrderByFirstDayAscNameAsc(String authorityCode);

    /** The council's periods that end on or after {@code day}: all a count forward from that day can meet. */
    List<AuthorityHoliday> findByAuthorityCodeAndLastDayGreaterThanEqualOrderByFirstDayAsc(String authorityCode, LocalDate day);

    /** Periods of one kind in the council that share a day with first..last. */
    List<AuthorityHoliday> findByAuthorityCodeAndKindAndFirstDayLessThanEqualAndLastDayGreaterThanEqual(
            String authorityCode, HolidayKind kind, LocalDate last, LocalDate first);
}
