package org.partnerflow.establishment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Establishments extends JpaRepository<Establishment, Long> {

    Optional<Establishment> findByCode(String code);

    List<Establishment> findAllByOrderByAuthorityCodeAscNameAsc();

    List<Establishment> findByAuthorityCodeOrderByNameAsc(String authorityCode);

    boolean existsByCode(String code);

    boolean existsByAuthorityCodeAndNameIgnoreCase(String authorityCode, String name);
}
