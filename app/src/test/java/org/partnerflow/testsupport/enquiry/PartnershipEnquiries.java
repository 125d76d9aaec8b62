package org.partnerflow.testsupport.enquiry;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnershipEnquiries extends JpaRepository<PartnershipEnquiry, Long> {

    Optional<PartnershipEnquiry> findByProcessInstanceId(String processInstanceId);
}
