package org.partnerflow.agency;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Agencies extends JpaRepository<Agency, Long> {

    Optional<Agency> findByCode(String code);

    List<Agency> findAllByOrderByAuthorityCodeAscNameAsc();

    List<Agency> findByAuthorityCodeOrderByNameAsc(String authorityCode);

    boolean existsByCode(String code);

    boolean existsByAuthorityCodeAndNameIgnoreCase(String authorityCode, String name);
}
