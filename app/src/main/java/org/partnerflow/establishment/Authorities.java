package org.partnerflow.establishment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Authorities extends JpaRepository<Authority, String> {

    List<Authority> findAllByOrderByRegionalAscNameAsc();
}
