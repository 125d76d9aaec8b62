package org.partnerflow.partnership;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface Partnerships extends Repository<Partnership, Long> {

    Partnership save(Partnership partnership);

    Optional<Partnership> findById(Long id);

    Optional<Partnership> findByProcessInstanceId(String processInstanceId);

    /** The register: any filter left null matches everything. */
    @Query("""
            select p from Partnership p
            where (:type is null or p.type = :type)
              and (:status is null or p.status = :status)
              and (:localAuthority is null or lower(p.localAuthority) = lower(:localAuthority))
            order by p.name""")
    List<Partnership> findForRegister(@Param("type") PartnershipType type, @Param("status") Partnership.Status status,
                                      @Param("localAuthority") String localAuthority);

    @Query("select distinct p.localAuthority from Partnership p order by p.localAuthority")
    List<String> findLocalAuthorities();
}
