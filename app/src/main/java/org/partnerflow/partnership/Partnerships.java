package org.partnerflow.partnership;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Partnerships; the register's filters are a {@link org.springframework.data.jpa.domain.Specification}, see PartnershipRegistry. */
public interface Partnerships extends Repository<Partnership, Long>, JpaSpecificationExecutor<Partnership> {

    Partnership save(Partnership partnership);

    Optional<Partnership> findById(Long id);

    Optional<Partnership> findByProcessInstanceId(String processInstanceId);

    List<Partnership> findByName(String name);

    @Query("select distinct p.localAuthority from Partnership p order by p.localAuthority")
    List<String> findLocalAuthorities();
}
