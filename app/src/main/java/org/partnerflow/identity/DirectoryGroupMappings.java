package org.partnerflow.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DirectoryGroupMappings extends JpaRepository<DirectoryGroupMapping, Long> {

    List<DirectoryGroupMapping> findAllByOrderByClaimValueAsc();

    Optional<DirectoryGroupMapping> findByClaimValue(String claimValue);
}
